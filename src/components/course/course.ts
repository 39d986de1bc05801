import { define } from '../../internal/define.js';
import { MhmCourse } from './course.component.js';

export { MhmCourse };
export type { MhmCourseActivity, MhmCourseActivityKind, MhmCourseProgress, MhmCourseProgressInput } from './course-model.js';
export type { MhmActivityChangeDetail } from '../../events/activity-change.js';
export type { MhmCourseCompleteDetail, MhmCourseQuizResult } from '../../events/course-complete.js';
export type { MhmProgressDetail } from '../../events/progress.js';
export default MhmCourse;

// Defining the course defines the four activities too (the class imports their registrations).
define('mhm-course', MhmCourse);

declare global {
  interface HTMLElementTagNameMap {
    'mhm-course': MhmCourse;
  }
}
