/** The LMS call wrapper: every SCORM 1.2 API call guarded, every refusal reported once. */
import type { methods, Scorm12Api } from './find-api.js';

/** Talks to the API: every call guarded, every refusal logged once with its SCORM error code and text. */
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
      this.report(`LMSGetValue("${element}")`, code);
      return '';
    }
    return typeof value === 'string' ? value : '';
  }

  set(element: string, value: string): boolean {
    return this.ok('LMSSetValue', `"${element}", "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`, this.call('LMSSetValue', element, value));
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
      this.log(`${method}(${args.map((arg) => `"${arg}"`).join(', ')}) threw ${String(error)}`);
      return undefined;
    }
  }

  private ok(method: string, args: string, result: unknown): boolean {
    if (result === true || result === 'true') {
      return true;
    }
    if (result !== undefined) {
      this.report(`${method}(${args})`, this.lastError());
    }
    return false;
  }

  private lastError(): string {
    const code = this.call('LMSGetLastError');
    return code === undefined || code === null ? '' : String(code);
  }

  private report(what: string, code: string): void {
    const text = code ? String(this.call('LMSGetErrorString', code) ?? '') : '';
    const diagnostic = code ? String(this.call('LMSGetDiagnostic', code) ?? '') : '';
    const detail = diagnostic && diagnostic !== text ? ` (${diagnostic})` : '';
    this.log(`${what} failed: SCORM error ${code || 'unknown'} "${text}"${detail}`, what.replace(/,.*$/, '') + code);
  }

  private log(message: string, key = message): void {
    if (this.logged.has(key)) {
      return;
    }
    this.logged.add(key);
    console.error(`mhm-elements: the LMS ${message}. The course carries on; this may not be recorded.`);
  }
}
