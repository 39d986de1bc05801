/** The LMS call wrapper: every SCORM 1.2 API call guarded, every kind of failure reported once. */
import type { methods, Scorm12Api } from './find-api.js';

/** A call's arguments as a log line shows them: quoted, each cut at 40 characters (suspend_data is long). */
function quoted(args: readonly string[]): string {
  return args.map((arg) => `"${arg.length > 40 ? `${arg.slice(0, 40)}…` : arg}"`).join(', ');
}

/**
 * Talks to the API: every call guarded, every failure logged with its SCORM error code and text.
 * Logged once per kind of failure per session (a call and its error code, or a call and what it
 * threw): an LMS that refuses or throws on every call would otherwise fill the console, and the
 * first line, which names the element and value, says all the others would.
 */
export class Scorm12Session {
  private readonly logged = new Set<string>();

  constructor(private readonly api: Scorm12Api) {}

  initialize(): boolean {
    return this.ok('LMSInitialize', '', this.call('LMSInitialize', ''));
  }

  get(element: string): string {
    const value = this.call('LMSGetValue', element);
    const code = this.lastError();
    if (code !== '0' && code !== '') {
      this.report('LMSGetValue', quoted([element]), code);
      return '';
    }
    return typeof value === 'string' ? value : '';
  }

  set(element: string, value: string): boolean {
    return this.ok('LMSSetValue', quoted([element, value]), this.call('LMSSetValue', element, value));
  }

  commit(): boolean {
    return this.ok('LMSCommit', '', this.call('LMSCommit', ''));
  }

  finish(): boolean {
    return this.ok('LMSFinish', '', this.call('LMSFinish', ''));
  }

  private call(method: (typeof methods)[number], ...args: string[]): unknown {
    try {
      return (this.api[method] as (...values: string[]) => unknown)(...args);
    } catch (error) {
      this.log(`${method} threw ${String(error)}`, `${method}(${quoted(args)}) threw ${String(error)}`);
      return undefined;
    }
  }

  private ok(method: string, args: string, result: unknown): boolean {
    if (result === true || result === 'true') {
      return true;
    }
    if (result !== undefined) {
      this.report(method, args, this.lastError());
    }
    return false;
  }

  private lastError(): string {
    const code = this.call('LMSGetLastError');
    return code === undefined || code === null ? '' : String(code);
  }

  private report(method: string, args: string, code: string): void {
    const kind = `${method} error ${code}`;
    if (this.logged.has(kind)) {
      return;
    }
    const text = code ? String(this.call('LMSGetErrorString', code) ?? '') : '';
    const diagnostic = code ? String(this.call('LMSGetDiagnostic', code) ?? '') : '';
    const detail = diagnostic && diagnostic !== text ? ` (${diagnostic})` : '';
    this.log(kind, `${method}(${args}) failed: SCORM error ${code || 'unknown'} "${text}"${detail}`);
  }

  /** Logs `message` unless a failure of the same `kind` was logged in this session. */
  private log(kind: string, message: string): void {
    if (this.logged.has(kind)) {
      return;
    }
    this.logged.add(kind);
    console.error(
      `mhm-elements: the LMS ${message}. The course carries on; this may not be recorded. ` +
        `Later ${kind.split(' ')[0]} calls that fail the same way are not logged.`,
    );
  }
}
