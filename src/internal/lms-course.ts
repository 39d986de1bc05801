/**
 * What the LMS bridges (SCORM 1.2, xAPI) read from `<mhm-course>`: its public properties, methods and
 * events, typed structurally so a bridge works with any element that keeps the course's contract and
 * never reaches into its internals.
 */

/** One activity of the course, as `course.activities` lists it. */
export interface LmsCourseActivity {
  readonly id: string;
  readonly kind: string;
  readonly title: string;
  readonly completed: boolean;
}

/** `course.progress`. */
export interface LmsCourseProgress {
  readonly completed: readonly string[];
  readonly total: number;
  readonly percent: number;
  readonly current: string | null;
}

/** What a bridge may give back to the course: the activities done and the one to show. */
export interface LmsSavedProgress {
  completed: string[];
  current: string | null;
}

/** The course element as the bridges see it: every member optional, so a wrong element cannot throw. */
export interface LmsCourse extends HTMLElement {
  readonly progress?: LmsCourseProgress;
  readonly activities?: ReadonlyArray<LmsCourseActivity>;
  readonly updateComplete?: Promise<unknown>;
  restoreProgress?(state: { completed: string[]; current?: string | null }): void;
}

/** Detail of `mhm-progress` from the course. */
export interface LmsProgressDetail {
  id: string;
  completed: number;
  total: number;
  percent: number;
  completedIds: string[];
}

/** The course quiz's result in `mhm-course-complete`. */
export interface LmsQuizResult {
  score: number;
  maxScore: number;
  percent: number;
  passed: boolean | null;
}

/** Detail of `mhm-course-complete`. */
export interface LmsCourseCompleteDetail {
  id: string;
  total: number;
  quiz: LmsQuizResult | null;
}

/** Detail of `mhm-activity-change`. */
export interface LmsActivityChangeDetail {
  id: string;
  activityId: string;
  index: number;
}

/** Event handlers by event name; each gets the event's detail. */
export type LmsHandlers = Record<string, (detail: never) => void>;

/**
 * Listens to `handlers` on `target` and returns the function that stops them all. A handler that
 * throws is reported without breaking the course or the other handlers.
 */
export function listen(target: EventTarget, handlers: LmsHandlers): () => void {
  const wrapped = Object.entries(handlers).map(([name, handler]) => {
    const listener = (event: Event) => {
      try {
        handler((event as CustomEvent).detail as never);
      } catch (error) {
        console.error(`mhm-elements: recording "${name}" failed; the course carries on.`, error);
      }
    };
    target.addEventListener(name, listener);
    return () => target.removeEventListener(name, listener);
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

/** The language the course is shown in: its own `lang`, else the nearest ancestor's, else English. */
export function courseLanguage(course: Element): string {
  const lang = course.closest('[lang]')?.getAttribute('lang')?.trim();
  return lang || document.documentElement.lang.trim() || 'en';
}

/** The activity ids a progress detail reports, keeping only strings. */
export function completedIds(detail: Partial<LmsProgressDetail> | null | undefined): string[] {
  return Array.isArray(detail?.completedIds) ? detail.completedIds.filter((id) => typeof id === 'string') : [];
}
