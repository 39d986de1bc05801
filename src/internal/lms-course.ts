/**
 * What the LMS bridges (SCORM 1.2, xAPI) share: how they see `<mhm-course>` (its public properties,
 * methods and events only, never its internals) and how they listen to it.
 */

import type { MhmCourseActivity, MhmCourseProgress, MhmCourseProgressInput } from '../components/course/course-model.js';
import type { MhmProgressDetail } from '../events/progress.js';
import { resolveLang } from './lang.js';

/** What a bridge gives back to the course: the activities done and the one to show. */
export interface LmsSavedProgress {
  completed: string[];
  current: string | null;
}

/**
 * The course element as the bridges see it: `<mhm-course>`'s public members, every one optional, so
 * a wrong element given by a host cannot make a bridge throw.
 */
export interface LmsCourse extends HTMLElement {
  readonly progress?: MhmCourseProgress;
  readonly activities?: ReadonlyArray<MhmCourseActivity>;
  readonly updateComplete?: Promise<unknown>;
  restoreProgress?(progress: MhmCourseProgressInput): void;
  activityIdOf?(element: EventTarget | null | undefined): string | null;
}

/**
 * Event handlers by event name; each gets the event's detail and, for an activity's event, the id
 * the course gives that activity (empty for the course's own events).
 */
export type LmsHandlers = Record<string, (detail: never, activityId: string) => void>;

/** The events `<mhm-course>` fires itself; every other event is an activity's. */
const courseEvents = ['mhm-progress', 'mhm-activity-change', 'mhm-course-complete'];

/**
 * Listens to `handlers` on `course` and returns the function that stops them all. Only what belongs
 * to the course is handed on: its own events, and its own activities' (`activityIdOf`); never a
 * quiz elsewhere in it (in a plain `<div>`, nested in a lesson card) whose events bubble through it.
 * A handler that throws is reported without breaking the course or the other handlers.
 */
export function listen(course: LmsCourse, handlers: LmsHandlers): () => void {
  const wrapped = Object.entries(handlers).map(([name, handler]) => {
    const listener = (event: Event) => {
      try {
        const source = event.composedPath()[0];
        const detail = (event as CustomEvent).detail as never;
        const ofCourse = courseEvents.includes(name);
        const activityId = ofCourse ? '' : course.activityIdOf?.(source);
        if (ofCourse ? source === course : activityId) {
          handler(detail, activityId!);
        }
      } catch (error) {
        console.error(`mhm-elements: recording "${name}" failed; the course carries on.`, error);
      }
    };
    course.addEventListener(name, listener);
    return () => course.removeEventListener(name, listener);
  });
  return () => wrapped.forEach((remove) => remove());
}

/** Resolves once the course element is defined and has rendered (its built-in content loaded). */
export async function courseReady(course: LmsCourse): Promise<void> {
  if (course.localName.includes('-')) {
    await customElements.whenDefined(course.localName);
  }
  await course.updateComplete;
}

/**
 * The language the course is shown in, as a canonical BCP 47 tag for language maps: its own `lang`,
 * else the nearest ancestor's, else the document's; English when none is set or the tag is invalid
 * (an LRS refuses a statement keyed `en_US`).
 */
export function courseLanguage(course: Element): string {
  try {
    return Intl.getCanonicalLocales(resolveLang(course).trim() || 'en')[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** The activity ids a progress detail reports, keeping only strings. */
export function completedIds(detail: Partial<MhmProgressDetail> | null | undefined): string[] {
  return Array.isArray(detail?.completedIds) ? detail.completedIds.filter((id) => typeof id === 'string') : [];
}
