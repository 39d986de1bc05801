export type { MhmAnswerDetail } from './answer.js';
export type { MhmActivity, MhmCarouselCompleteDetail, MhmCompleteDetail, MhmLessonCompleteDetail, MhmQuizCompleteDetail } from './complete.js';
export type { MhmSlideChangeDetail, MhmSlideChangeReason } from './slide-change.js';
export type { MhmToggleDetail } from './toggle.js';
