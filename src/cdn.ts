// The CDN's eager file, `dist/cdn/mhm-elements.all.js`: every element registered, and the classes
// and `registerTranslation` for a page's own script. `loadCourse` (the course-file checker) stays
// out of it, so a course page does not download the checker it only needs for a course file: a
// page gives a course file with `<mhm-course src>` or an inline JSON child, which load the checker
// when they are used; npm users import `loadCourse` from `mhm-elements`.
import './components/course/course.js';
import './components/five-reasons/five-reasons.js';
import './components/lesson-card/lesson-card.js';
import './components/quiz/quiz.js';
import './components/reflection-prompt/reflection-prompt.js';

export { MhmCourse } from './components/course/course.component.js';
export { MhmFiveReasons } from './components/five-reasons/five-reasons.component.js';
export { MhmSlide } from './components/five-reasons/slide.component.js';
export { MhmLessonCard } from './components/lesson-card/lesson-card.component.js';
export { MhmChoice } from './components/quiz/choice.component.js';
export { MhmQuestion } from './components/quiz/question.component.js';
export { MhmQuiz } from './components/quiz/quiz.component.js';
export { MhmReflectionPrompt } from './components/reflection-prompt/reflection-prompt.component.js';
export { registerTranslation } from './internal/register-translation-lazy.js';
