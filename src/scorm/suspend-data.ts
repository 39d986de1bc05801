import type { LmsSavedProgress } from '../internal/lms-course.js';

/**
 * The course's progress in `cmi.suspend_data`: `{"v":1,"c":["activity-id",…],"a":"current-id"}`.
 * Activity ids only, never anything a learner wrote. `v` changes whenever the shape does, so data
 * written by another version is recognised and ignored instead of misread.
 */
export const suspendDataVersion = 1;

/** SCORM 1.2 gives `cmi.suspend_data` 4,096 characters (CMIString4096). */
export const suspendDataLimit = 4096;

export interface EncodedSuspendData {
  value: string;
  /** Completed activities left out because they did not fit (0 almost always). */
  dropped: number;
}

function serialise(completed: readonly string[], current: string | null): string {
  return JSON.stringify(current === null ? { v: suspendDataVersion, c: completed } : { v: suspendDataVersion, c: completed, a: current });
}

/**
 * Encodes progress within `limit` characters: when it would not fit, the current activity goes
 * first, then completed activities from the end, so what is kept is always valid.
 */
export function encodeSuspendData(progress: LmsSavedProgress, limit = suspendDataLimit): EncodedSuspendData {
  const completed = [...new Set(progress.completed)];
  let value = serialise(completed, progress.current);
  if (value.length <= limit) {
    return { value, dropped: 0 };
  }
  const kept = [...completed];
  value = serialise(kept, null);
  while (value.length > limit && kept.length > 0) {
    kept.pop();
    value = serialise(kept, null);
  }
  return { value, dropped: completed.length - kept.length };
}

/** Reads stored progress; null when it is empty, corrupt or from another version. Never throws. */
export function decodeSuspendData(value: string): LmsSavedProgress | null {
  let data: unknown;
  try {
    data = JSON.parse(value);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) {
    return null;
  }
  const { v, c, a } = data as { v?: unknown; c?: unknown; a?: unknown };
  if (v !== suspendDataVersion || !Array.isArray(c) || !c.every((id) => typeof id === 'string')) {
    return null;
  }
  if (a !== undefined && typeof a !== 'string') {
    return null;
  }
  return { completed: c as string[], current: a ?? null };
}
