export type { MhmAnswerDetail } from './answer.js';
export type { MhmActivity, MhmCompleteDetail, MhmLessonCompleteDetail, MhmQuizCompleteDetail } from './complete.js';
export type { MhmToggleDetail } from './toggle.js';
