// Registers every element: `mhm-elements/all.js` for npm users (the CDN's eager file is src/cdn.ts).
import './components/course/course.js';
import './components/five-reasons/five-reasons.js';
import './components/lesson-card/lesson-card.js';
import './components/quiz/quiz.js';
import './components/reflection-prompt/reflection-prompt.js';

export * from './index.js';
export { MhmCourse } from './components/course/course.component.js';
