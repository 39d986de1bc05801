import { define } from '../../internal/define.js';
import '../five-reasons/five-reasons.js';
import '../lesson-card/lesson-card.js';
import '../quiz/quiz.js';
import '../reflection-prompt/reflection-prompt.js';
import { MhmCourse } from './course.component.js';

export { MhmCourse };
export type { MhmCourseActivity, MhmCourseActivityKind, MhmCourseProgress, MhmCourseProgressInput } from './course-model.js';
export type { MhmActivityChangeDetail } from '../../events/activity-change.js';
export type { MhmCourseCompleteDetail, MhmCourseQuizResult } from '../../events/course-complete.js';
export type { MhmProgressDetail } from '../../events/progress.js';
export default MhmCourse;

// The built-in course is made of the four activities, so defining the course defines them too.
define('mhm-course', MhmCourse);

declare global {
  interface HTMLElementTagNameMap {
    'mhm-course': MhmCourse;
  }
}
