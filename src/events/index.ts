export type { MhmActivity, MhmCompleteDetail } from './complete.js';
export type { MhmToggleDetail } from './toggle.js';
