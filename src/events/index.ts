export type { MhmActivityChangeDetail } from './activity-change.js';
export type { MhmAnswerDetail } from './answer.js';
export type {
  MhmActivity,
  MhmCarouselCompleteDetail,
  MhmCompleteDetail,
  MhmLessonCompleteDetail,
  MhmQuizCompleteDetail,
  MhmReflectionCompleteDetail,
} from './complete.js';
export type { MhmCourseCompleteDetail, MhmCourseQuizResult } from './course-complete.js';
export type { MhmProgressDetail } from './progress.js';
export type { MhmReflectionChangeDetail } from './reflection-change.js';
export type { MhmSlideChangeDetail, MhmSlideChangeReason } from './slide-change.js';
export type { MhmToggleDetail } from './toggle.js';
