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

/** Whether an `mhm-complete` detail completes an activity (true), takes it back (false) or says nothing (undefined). */
export function completionOf(kind: MhmCourseActivityKind, detail: Partial<MhmCompleteDetail> | null | undefined): boolean | undefined {
  if (typeof detail !== 'object' || detail === null) {
    return undefined;
  }
  if (kind === 'quiz') {
    // A quiz counts once finished, or once passed when it has a pass mark; a later attempt that
    // goes worse ("Try again" stays on offer) never takes that back.
    return detail.completed === true && 'passed' in detail && detail.passed !== false ? true : undefined;
  }
  if (kind === 'lesson') {
    return typeof detail.completed === 'boolean' ? detail.completed : undefined;
  }
  return detail.completed === true ? true : undefined;
}

/** Whether a new quiz result should replace the one kept: a pass beats a miss, then the higher percentage. */
export function isBetterQuizResult(next: MhmCourseQuizResult, kept: MhmCourseQuizResult | undefined): boolean {
  if (!kept) {
    return true;
  }
  if ((next.passed === true) !== (kept.passed === true)) {
    return next.passed === true;
  }
  return next.percent >= kept.percent;
}

/** The result in a quiz's `mhm-complete` detail, or undefined when the detail is not a quiz's. */
export function quizResultOf(detail: Partial<MhmCompleteDetail> | null | undefined): MhmCourseQuizResult | undefined {
  if (typeof detail !== 'object' || detail === null || detail.activity !== 'quiz') {
    return undefined;
  }
  return isQuizResult(detail) ? { score: detail.score, maxScore: detail.maxScore, percent: detail.percent, passed: detail.passed } : undefined;
}

function isQuizResult(value: unknown): value is MhmCourseQuizResult {
  const result = value as Partial<MhmCourseQuizResult> | null;
  return (
    typeof result === 'object' &&
    result !== null &&
    [result.score, result.maxScore, result.percent].every((n) => typeof n === 'number' && Number.isFinite(n)) &&
    (result.passed === null || typeof result.passed === 'boolean')
  );
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
  const at = current !== null && ids.includes(current) ? current : (ids.find((id) => !completed.has(id)) ?? null);
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
  const taken = new Set(given.filter((id): id is string => id !== null));
  const used = new Set<string>();
  const result: AssignedIds = { ids: [], missing: [], duplicate: [] };
  given.forEach((id, position) => {
    if (id !== null && !used.has(id)) {
      used.add(id);
      result.ids.push(id);
      return;
    }
    (id === null ? result.missing : result.duplicate).push(position);
    let candidate = `activity-${position + 1}`;
    for (let n = 2; taken.has(candidate) || used.has(candidate); n += 1) {
      candidate = `activity-${position + 1}-${n}`;
    }
    used.add(candidate);
    result.ids.push(candidate);
  });
  return result;
}

/** Checks what a script passed to `restoreProgress()`; undefined when it is not usable at all. */
export function readProgressInput(input: unknown): { completed: string[]; current?: string | null } | undefined {
  const value = input as Partial<MhmCourseProgressInput> | null;
  if (typeof value !== 'object' || value === null || !Array.isArray(value.completed)) {
    return undefined;
  }
  const completed = value.completed.filter((id): id is string => typeof id === 'string');
  const current = typeof value.current === 'string' || value.current === null ? value.current : undefined;
  return { completed, current };
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

/** Serialises what is written to the device. */
export function serializeProgress(progress: Omit<StoredProgress, 'v'>): string {
  const stored: StoredProgress = { v: storedVersion, ...progress };
  return JSON.stringify(stored);
}

export type ParsedProgress = { kind: 'none' } | { kind: 'progress'; progress: StoredProgress } | { kind: 'unreadable'; reason: string };

/** Reads a stored value: nothing, progress of the current format, or something to ignore (and why). */
export function parseProgress(raw: string | null): ParsedProgress {
  if (raw === null) {
    return { kind: 'none' };
  }
  const json = readJson<Partial<StoredProgress>>(raw);
  if (!json.ok) {
    return { kind: 'unreadable', reason: json.message };
  }
  const value = json.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { kind: 'unreadable', reason: 'it is not a progress record' };
  }
  if (value.v !== storedVersion) {
    return { kind: 'unreadable', reason: `it is in format ${JSON.stringify(value.v ?? null)}, not ${storedVersion}` };
  }
  if (!Array.isArray(value.completed) || !value.completed.every((id) => typeof id === 'string')) {
    return { kind: 'unreadable', reason: 'its list of complete activities is damaged' };
  }
  const quizzes: Record<string, MhmCourseQuizResult> = {};
  if (typeof value.quizzes === 'object' && value.quizzes !== null) {
    for (const [id, result] of Object.entries(value.quizzes)) {
      if (isQuizResult(result)) {
        quizzes[id] = { score: result.score, maxScore: result.maxScore, percent: result.percent, passed: result.passed };
      }
    }
  }
  return {
    kind: 'progress',
    progress: {
      v: storedVersion,
      completed: value.completed,
      current: typeof value.current === 'string' ? value.current : null,
      finished: value.finished === true,
      quizzes,
    },
  };
}

/** The result `mhm-course-complete` reports: the last quiz, in course order, that reported one. */
export function courseQuizResult(quizIds: readonly string[], results: Readonly<Record<string, MhmCourseQuizResult>>): MhmCourseQuizResult | null {
  for (const id of [...quizIds].reverse()) {
    if (Object.hasOwn(results, id)) {
      return results[id];
    }
  }
  return null;
}
