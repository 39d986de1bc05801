// Classes and types only: importing this file registers no element. Import `mhm-elements/all.js`
// or one component's registration file (`mhm-elements/lesson-card.js`) to define the tags.
// The course's class comes from `mhm-elements/course.js` alone: it brings the four activities with it.
export { MhmFiveReasons } from './components/five-reasons/five-reasons.component.js';
export { MhmSlide } from './components/five-reasons/slide.component.js';
export { MhmLessonCard } from './components/lesson-card/lesson-card.component.js';
export { MhmChoice } from './components/quiz/choice.component.js';
export { MhmQuestion } from './components/quiz/question.component.js';
export { MhmQuiz } from './components/quiz/quiz.component.js';
export { MhmReflectionPrompt } from './components/reflection-prompt/reflection-prompt.component.js';
// Types only, so nothing is registered: the course's class (its module registers the activities),
// and every tag in HTMLElementTagNameMap for `import type {} from 'mhm-elements'`.
export type { MhmCourse } from './components/course/course.component.js';
export type {} from './components/course/course.js';
export type {} from './components/five-reasons/five-reasons.js';
export type {} from './components/lesson-card/lesson-card.js';
export type {} from './components/quiz/quiz.js';
export type {} from './components/reflection-prompt/reflection-prompt.js';
export type {
  MhmCourseActivity,
  MhmCourseActivityKind,
  MhmCourseProgress,
  MhmCourseProgressInput,
} from './components/course/course-model.js';
export type * from './events/index.js';
export type { Translation } from './internal/localize.js';
// Translations and course files (docs/translating.md).
export { registerTranslation } from './internal/register-translation-lazy.js';
export { CourseFileError, loadCourse } from './internal/course-file.js';
export type { CourseContent, CourseFile, UiStrings, UiText } from './content/course/index.js';
