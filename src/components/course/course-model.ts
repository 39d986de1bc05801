import { readJson } from '../../internal/json.js';
import type { MhmCompleteDetail } from '../../events/complete.js';
import type { MhmCourseQuizResult } from '../../events/course-complete.js';

/**
 * The course's pure logic: which children are activities, their ids, what counts as complete, the
 * progress figures and the stored format. No DOM, no storage, so it can be tested on its own.
 */

/** What an activity is: one of the four components, or an author's own element marked `data-mhm-activity`. */
export type MhmCourseActivityKind = 'lesson' | 'quiz' | 'reflection' | 'carousel' | 'other';

/** One activity of the course, as the `activities` property lists it. */
export interface MhmCourseActivity {
  /** Stable id: the built-in course's own, or the author's `id` attribute (else `activity-<position>`). */
  readonly id: string;
  readonly kind: MhmCourseActivityKind;
  /** The activity's title as the learner sees it in the list of activities. */
  readonly title: string;
  readonly completed: boolean;
}

/** The course's progress, as the `progress` property gives it. */
export interface MhmCourseProgress {
  /** Ids of the complete activities, in course order. */
  completed: string[];
  /** How many activities the course counts. */
  total: number;
  /** `completed.length` as a whole percentage of `total`, from 0 to 100; 100 only once every activity is complete. */
  percent: number;
  /** Id of the activity the learner is on: the one last chosen or focused, else the first not complete; null when there is none. */
  current: string | null;
}

/** Saved progress for `restoreProgress()`: what an LMS bridge or the page stored earlier. */
export interface MhmCourseProgressInput {
  /** Ids of the activities to mark complete; unknown ids are ignored. */
  completed: string[];
  /** The activity the learner was on; ignored when unknown. */
  current?: string | null;
}

const kinds: Readonly<Record<string, MhmCourseActivityKind>> = {
  'mhm-lesson-card': 'lesson',
  'mhm-quiz': 'quiz',
  'mhm-reflection-prompt': 'reflection',
  'mhm-five-reasons': 'carousel',
};

/**
 * The kind of activity a child element is, or undefined when it is not one (it is shown, not counted).
 * @param tagName The child's local name.
 * @param marked Whether it carries `data-mhm-activity` (an author's own element that fires `mhm-complete`).
 */
export function activityKind(tagName: string, marked: boolean): MhmCourseActivityKind | undefined {
  return kinds[tagName.toLowerCase()] ?? (marked ? 'other' : undefined);
}

/**
 * Whether an `mhm-complete` detail completes an activity (true), takes it back (false) or says nothing (undefined).
 * @param lastAttempt The quiz has no attempt left (its `attemptsLeft` is 0).
 */
export function completionOf(kind: MhmCourseActivityKind, detail: Partial<MhmCompleteDetail> | null | undefined, lastAttempt = false): boolean | undefined {
  const value = typeof detail === 'object' && detail !== null ? detail : {};
  if (kind === 'lesson') {
    return typeof value.completed === 'boolean' ? value.completed : undefined;
  }
  // A quiz counts once finished, or once passed when it has a pass mark, or once its last attempt is
  // finished, passed or not (else the course could never end); a later attempt that goes worse
  // ("Try again" stays on offer) never takes that back.
  return value.completed === true && (kind !== 'quiz' || ('passed' in value && (value.passed !== false || lastAttempt))) ? true : undefined;
}

/** Whether a new quiz result should replace the one kept: a pass beats a miss, then the higher percentage. */
export function isBetterQuizResult(next: MhmCourseQuizResult, kept: MhmCourseQuizResult | undefined): boolean {
  return !kept || ((next.passed === true) === (kept.passed === true) ? next.percent >= kept.percent : next.passed === true);
}

/** A well-formed quiz result copied field by field, or undefined. */
function readQuizResult(value: unknown): MhmCourseQuizResult | undefined {
  const { score, maxScore, percent, passed } = (value ?? {}) as MhmCourseQuizResult;
  return [score, maxScore, percent].every(Number.isFinite) && (passed === null || typeof passed === 'boolean')
    ? { score, maxScore, percent, passed }
    : undefined;
}

/** The result in a quiz's `mhm-complete` detail, or undefined when the detail is not a quiz's. */
export function quizResultOf(detail: Partial<MhmCompleteDetail> | null | undefined): MhmCourseQuizResult | undefined {
  return detail?.activity === 'quiz' ? readQuizResult(detail) : undefined;
}

/** `done` as a whole percentage of `total`, rounded down so that 100 means every activity. */
export function percentOf(done: number, total: number): number {
  return total > 0 ? Math.floor((Math.min(done, total) / total) * 100) : 0;
}

/**
 * The progress figures.
 * @param ids Every activity id, in course order.
 * @param completed The complete ones (unknown ids are left out).
 * @param current The activity chosen last, if any.
 */
export function progressOf(ids: readonly string[], completed: ReadonlySet<string>, current: string | null): MhmCourseProgress {
  const done = ids.filter((id) => completed.has(id));
  const at = ids.includes(current!) ? current : (ids.find((id) => !completed.has(id)) ?? null);
  return { completed: done, total: ids.length, percent: percentOf(done.length, ids.length), current: at };
}

/** The ids of a course's activities, and what the author should fix about them. */
export interface AssignedIds {
  ids: string[];
  /** Positions (from 0) that had no id, so got `activity-<position + 1>`. */
  missing: number[];
  /** Positions whose id an earlier activity already had, so got a positional id too. */
  duplicate: number[];
}

/**
 * Gives every activity a stable id: the author's when it has a unique one, else `activity-<n>`
 * from its position (1-based), made unique if the author used that name elsewhere.
 * @param requested Each activity's `id` attribute in course order, or null.
 */
export function assignIds(requested: ReadonlyArray<string | null>): AssignedIds {
  const given = requested.map((id) => id?.trim() || null);
  const used = new Set<string | null>();
  const result: AssignedIds = { ids: [], missing: [], duplicate: [] };
  given.forEach((id, position) => {
    if (id === null || used.has(id)) {
      (id === null ? result.missing : result.duplicate).push(position);
      id = `activity-${position + 1}`;
      for (let n = 2, base = id; given.includes(id) || used.has(id); n += 1) {
        id = `${base}-${n}`;
      }
    }
    used.add(id);
    result.ids.push(id);
  });
  return result;
}

/** Checks what a script passed to `restoreProgress()`; undefined when it is not usable at all. */
export function readProgressInput(input: unknown): { completed: string[]; current?: string | null } | undefined {
  const { completed, current } = (input ?? {}) as Partial<MhmCourseProgressInput>;
  return Array.isArray(completed)
    ? { completed: completed.filter((id) => typeof id === 'string'), current: typeof current === 'string' || current === null ? current : undefined }
    : undefined;
}

/** The stored format this code writes and reads; anything else is ignored with a note. */
export const storedVersion = 1;

/**
 * Course progress as stored under `course:<course-id>`. Never a reflection's text: a reflection
 * keeps its text under its own key, and only when the learner ticks "Keep on this device".
 */
export interface StoredProgress {
  v: typeof storedVersion;
  /** Ids of the complete activities. */
  completed: string[];
  /** The activity the learner was on. */
  current: string | null;
  /** Whether `mhm-course-complete` was fired, so a reload does not fire it again. */
  finished: boolean;
  /** The last result of each quiz, by activity id. */
  quizzes: Record<string, MhmCourseQuizResult>;
}

/** Storage key (below the library's prefix) of a course's progress. */
export function storageKey(courseId: string): string {
  return `course:${courseId}`;
}

/** A built-in activity's storage name, scoped by `course-id` so two courses on a site never share it. */
export function scopedId(courseId: string, id: string): string {
  return `${courseId}/${id}`;
}

/** Serialises what is written to the device. */
export function serializeProgress(progress: Omit<StoredProgress, 'v'>): string {
  return JSON.stringify({ v: storedVersion, ...progress });
}

export type ParsedProgress = { kind: 'none' } | { kind: 'progress'; progress: StoredProgress } | { kind: 'unreadable'; reason: string };

/** Reads a stored value: nothing, progress of the current format, or something to ignore (and why). */
export function parseProgress(raw: string | null): ParsedProgress {
  if (raw === null) {
    return { kind: 'none' };
  }
  const json = readJson<Partial<StoredProgress> | null>(raw);
  const value = json.ok ? json.value : undefined;
  const reason = !json.ok
    ? json.message
    : value?.v !== storedVersion
      ? `it is in format ${JSON.stringify(value?.v ?? null)}, not ${storedVersion}`
      : Array.isArray(value.completed) && value.completed.every((id) => typeof id === 'string')
        ? undefined
        : 'its list of activities is damaged';
  if (reason !== undefined) {
    return { kind: 'unreadable', reason };
  }
  const { completed, current, finished, quizzes } = value as StoredProgress;
  const kept: Record<string, MhmCourseQuizResult> = {};
  for (const [id, result] of Object.entries(quizzes ?? {})) {
    const read = readQuizResult(result);
    if (read) {
      kept[id] = read;
    }
  }
  return {
    kind: 'progress',
    progress: { v: storedVersion, completed, current: typeof current === 'string' ? current : null, finished: finished === true, quizzes: kept },
  };
}

/** The result `mhm-course-complete` reports: the last quiz, in course order, that reported one. */
export function courseQuizResult(quizIds: readonly string[], results: Readonly<Record<string, MhmCourseQuizResult>>): MhmCourseQuizResult | null {
  const id = [...quizIds].reverse().find((candidate) => Object.hasOwn(results, candidate));
  return id === undefined ? null : results[id];
}
