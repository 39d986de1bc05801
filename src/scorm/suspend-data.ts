import type { LmsSavedProgress } from '../internal/lms-course.js';

/**
 * The course's progress in `cmi.suspend_data`:
 * `{"v":1,"c":["activity-id",…],"a":"current-id","q":{"p":67,"s":true}}`. Activity ids and the
 * course quiz's result only, never anything a learner wrote. `v` changes whenever the shape does,
 * so data written by another version is recognised and ignored instead of misread. `q` is optional
 * and was added without a new `v`: a version that does not know it reads the rest as before.
 */
export const suspendDataVersion = 1;

/** SCORM 1.2 gives `cmi.suspend_data` 4,096 characters (CMIString4096). */
export const suspendDataLimit = 4096;

/** The course quiz's result as the bridge recorded it: enough to give the LMS its score and status again. */
export interface SavedQuizResult {
  /** Whole percentage, 0 to 100. */
  percent: number;
  /** Whether the pass mark was reached; null when the quiz has none. */
  passed: boolean | null;
}

/** What the bridge keeps in `cmi.suspend_data`. */
export interface SuspendData extends LmsSavedProgress {
  quiz?: SavedQuizResult | null;
}

export interface EncodedSuspendData {
  value: string;
  /** Completed activities left out because they did not fit (0 almost always). */
  dropped: number;
}

function serialise(completed: readonly string[], current: string | null, quiz: SavedQuizResult | null | undefined): string {
  return JSON.stringify({
    v: suspendDataVersion,
    c: completed,
    ...(current === null ? {} : { a: current }),
    ...(quiz ? { q: { p: quiz.percent, s: quiz.passed } } : {}),
  });
}

/**
 * Encodes progress within `limit` characters: when it would not fit, the current activity goes
 * first, then completed activities from the end, so what is kept is always valid. The quiz result
 * (under 30 characters) is always kept.
 */
export function encodeSuspendData(progress: SuspendData, limit = suspendDataLimit): EncodedSuspendData {
  const completed = [...new Set(progress.completed)];
  let value = serialise(completed, progress.current, progress.quiz);
  if (value.length <= limit) {
    return { value, dropped: 0 };
  }
  const kept = [...completed];
  value = serialise(kept, null, progress.quiz);
  while (value.length > limit && kept.length > 0) {
    kept.pop();
    value = serialise(kept, null, progress.quiz);
  }
  return { value, dropped: completed.length - kept.length };
}

/** The quiz result in stored data, or null when there is none or it cannot be used. */
function decodeQuiz(q: unknown): SavedQuizResult | null {
  if (typeof q !== 'object' || q === null) {
    return null;
  }
  const { p, s } = q as { p?: unknown; s?: unknown };
  const validPercent = typeof p === 'number' && Number.isFinite(p) && p >= 0 && p <= 100;
  return validPercent && (typeof s === 'boolean' || s === null) ? { percent: p, passed: s } : null;
}

/**
 * Reads stored progress; null when it is empty, corrupt or from another version. Never throws. A
 * quiz result that cannot be used is left out (no `quiz`); the progress beside it is still read.
 */
export function decodeSuspendData(value: string): SuspendData | null {
  let data: unknown;
  try {
    data = JSON.parse(value);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) {
    return null;
  }
  const { v, c, a, q } = data as { v?: unknown; c?: unknown; a?: unknown; q?: unknown };
  if (v !== suspendDataVersion || !Array.isArray(c) || !c.every((id) => typeof id === 'string')) {
    return null;
  }
  if (a !== undefined && typeof a !== 'string') {
    return null;
  }
  const quiz = decodeQuiz(q);
  return { completed: c as string[], current: a ?? null, ...(quiz ? { quiz } : {}) };
}
