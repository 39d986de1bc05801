/** Finding the SCORM 1.2 run-time API an LMS offers: on this window, its parents, or its opener. */

/** The SCORM 1.2 run-time API an LMS puts on a window as `API`. Values travel as strings. */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): string | boolean;
  LMSFinish(parameter: ''): string | boolean;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string | boolean;
  LMSCommit(parameter: ''): string | boolean;
  LMSGetLastError(): string | number;
  LMSGetErrorString(code: string): string;
  LMSGetDiagnostic(code: string): string;
}

/** How many parent windows the search climbs: the limit ADL's own discovery script uses. */
export const maxSearchDepth = 7;

/** The functions a window's `API` must have to count as the SCORM 1.2 API. */
export const methods = [
  'LMSInitialize',
  'LMSFinish',
  'LMSGetValue',
  'LMSSetValue',
  'LMSCommit',
  'LMSGetLastError',
  'LMSGetErrorString',
  'LMSGetDiagnostic',
] as const;

function apiOf(win: Window): Scorm12Api | null {
  try {
    const api = (win as Window & { API?: unknown }).API as Record<string, unknown> | undefined;
    return api && methods.every((name) => typeof api[name] === 'function') ? (api as unknown as Scorm12Api) : null;
  } catch {
    // A window from another origin: its API cannot be ours to use.
    return null;
  }
}

function related(win: Window, relation: 'parent' | 'opener' | 'top'): Window | null {
  try {
    return (win[relation] as Window | null) ?? null;
  } catch {
    return null;
  }
}

function searchUp(start: Window): Scorm12Api | null {
  let win = start;
  for (let depth = 0; depth <= maxSearchDepth; depth++) {
    const api = apiOf(win);
    if (api) {
      return api;
    }
    const parent = related(win, 'parent');
    if (!parent || parent === win) {
      return null;
    }
    win = parent;
  }
  return null;
}

/**
 * The standard SCORM 1.2 API discovery: `window.API` on this window and up to seven parents, then on
 * the window that opened this one (or opened its top window) and its parents. Null when none has it.
 * @param start the window the search starts from
 */
export function findScorm12Api(start: Window = window): Scorm12Api | null {
  const found = searchUp(start);
  if (found) {
    return found;
  }
  const top = related(start, 'top');
  for (const opener of [related(start, 'opener'), top && related(top, 'opener')]) {
    const api = opener ? searchUp(opener) : null;
    if (api) {
      return api;
    }
  }
  return null;
}
