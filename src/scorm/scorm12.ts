/**
 * SCORM 1.2 bridge: records `<mhm-course>` in a learning management system.
 *
 * ```js
 * import { connectScorm12 } from 'mhm-elements/scorm';
 * connectScorm12(document.querySelector('mhm-course'));
 * ```
 *
 * What it records: `cmi.core.lesson_status` (`incomplete` once started; `completed` when the course
 * completes, or `passed`/`failed` when its quiz has a pass mark), the quiz's percentage in
 * `cmi.core.score.raw` (min 0, max 100), the current activity in `cmi.core.lesson_location`, the ids
 * of completed activities in `cmi.suspend_data`, and with `{ interactions: true }` each checked quiz
 * answer in `cmi.interactions`. What it never records: anything a learner writes in a reflection.
 */
import { completedIds, courseReady, listen, type LmsCourse } from '../internal/lms-course.js';
import type { MhmActivityChangeDetail } from '../events/activity-change.js';
import type { MhmAnswerDetail } from '../events/answer.js';
import type { MhmCompleteDetail } from '../events/complete.js';
import type { MhmCourseCompleteDetail, MhmCourseQuizResult } from '../events/course-complete.js';
import type { MhmProgressDetail } from '../events/progress.js';
import { decodeSuspendData, encodeSuspendData } from './suspend-data.js';

export type { LmsCourse } from '../internal/lms-course.js';

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

export interface Scorm12Options {
  /** Record each checked quiz answer as a `cmi.interactions` entry. Off unless the author asks. */
  interactions?: boolean;
  /** The API to use instead of searching the window, its parents and its opener. */
  api?: Scorm12Api | null;
}

/** What `connectScorm12` returns. */
export interface Scorm12Connection {
  /** True while an LMS session is open; false on a plain page and once disconnected. */
  readonly connected: boolean;
  /** Ends the session as leaving the page does: commits, calls `LMSFinish`, stops listening. Safe to call twice. */
  disconnect(): void;
}

/** How many parent windows the search climbs: the limit ADL's own discovery script uses. */
export const maxSearchDepth = 7;

/** SCORM 1.2 caps `cmi.core.lesson_location` at 255 characters. */
const locationLimit = 255;

const methods = [
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

let toldNoApi = false;

/** A SCORM time span, HHHH:MM:SS (SCORM 1.2 CMITimespan). */
function timespan(milliseconds: number): string {
  const seconds = Math.max(0, Math.round(milliseconds / 1000));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.min(9999, Math.floor(seconds / 3600)))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}

/** A SCORM time of day, HH:MM:SS (SCORM 1.2 CMITime). */
function timeOfDay(date: Date): string {
  return date.toTimeString().slice(0, 8);
}

/** An interaction id SCORM 1.2 accepts (CMIIdentifier: letters, digits, `-` and `_`, 255 at most). */
function identifier(text: string): string {
  return text.replace(/[^\w-]/g, '_').slice(0, 255);
}

/** SCORM 1.2's choice identifiers, single characters: the first choice is `a`, the 27th `0`. */
const choiceIds = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A checked answer as SCORM 1.2 writes `student_response`: `t` or `f` for true-false; for a choice
 * question, each chosen choice's authored position as a letter, comma separated (`a,c`). Null when
 * it cannot be written so (a 37th choice, an answer without positions).
 */
function studentResponse(detail: MhmAnswerDetail): string | null {
  if (detail.questionType === 'true-false') {
    return detail.selected[0] === 'true' ? 't' : 'f';
  }
  const ids = Array.isArray(detail.selectedIndexes) ? detail.selectedIndexes.map((position) => choiceIds[position]) : [];
  return ids.length > 0 && ids.every(Boolean) ? ids.join(',') : null;
}

/** Talks to the API: every call guarded, every refusal logged once with its SCORM error code and text. */
class Scorm12Session {
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

class Scorm12Bridge implements Scorm12Connection {
  connected = true;
  private readonly startedAt = Date.now();
  private readonly review: boolean;
  private courseDone: boolean;
  private completed: string[] = [];
  private current: string | null = null;
  /** What the LMS kept, until the course has been given it: progress made before then adds to it. */
  private unrestored: string[] = [];
  private toldTruncated = false;
  private readonly stopListening: () => void;

  constructor(
    private readonly course: LmsCourse,
    private readonly lms: Scorm12Session,
    interactions: boolean,
  ) {
    this.review = lms.get('cmi.core.lesson_mode') === 'review';
    const status = lms.get('cmi.core.lesson_status');
    this.courseDone = ['completed', 'passed', 'failed'].includes(status);
    if (!this.review && (status === '' || status === 'not attempted')) {
      lms.set('cmi.core.lesson_status', 'incomplete');
    }
    const stored = lms.get('cmi.suspend_data');
    const saved = stored ? decodeSuspendData(stored) : null;
    if (stored && !saved) {
      console.info(
        'mhm-elements: the progress the LMS kept (cmi.suspend_data) is from another version or unreadable; ' +
          'the course starts from the beginning.',
      );
    }
    const location = lms.get('cmi.core.lesson_location');
    this.completed = saved?.completed ?? [];
    this.current = saved?.current ?? (location || null);
    lms.commit();

    this.stopListening = listen(course, {
      'mhm-progress': (detail: MhmProgressDetail) => this.handleProgress(detail),
      'mhm-activity-change': (detail: MhmActivityChangeDetail) => this.handleActivityChange(detail),
      'mhm-complete': (detail: MhmCompleteDetail) => this.handleComplete(detail),
      'mhm-course-complete': (detail: MhmCourseCompleteDetail) => this.handleCourseComplete(detail),
      ...(interactions ? { 'mhm-answer': (detail: MhmAnswerDetail, quizId: string) => this.handleAnswer(detail, quizId) } : {}),
    });
    window.addEventListener('pagehide', this.disconnect);
    if (this.completed.length > 0 || this.current) {
      this.unrestored = this.completed;
      void this.restore();
    }
  }

  private async restore(): Promise<void> {
    await courseReady(this.course);
    if (this.connected) {
      this.unrestored = [];
      this.course.restoreProgress?.({ completed: [...this.completed], current: this.current });
    }
  }

  private handleProgress(detail: MhmProgressDetail): void {
    // An activity completed while the course was still loading adds to the kept progress, not replaces it.
    this.completed = [...new Set([...this.unrestored, ...completedIds(detail)])];
    this.saveProgress();
    this.lms.commit();
  }

  private handleActivityChange(detail: MhmActivityChangeDetail): void {
    if (typeof detail?.activityId !== 'string') {
      return;
    }
    this.current = detail.activityId;
    if (!this.review && this.current.length <= locationLimit) {
      this.lms.set('cmi.core.lesson_location', this.current);
    }
    this.saveProgress();
  }

  private handleComplete(detail: MhmCompleteDetail): void {
    if (detail?.activity !== 'quiz') {
      return;
    }
    this.recordQuiz(detail);
    this.lms.commit();
  }

  private handleCourseComplete(detail: MhmCourseCompleteDetail): void {
    this.courseDone = true;
    if (detail?.quiz) {
      this.recordQuiz(detail.quiz);
    } else if (!this.review) {
      this.lms.set('cmi.core.lesson_status', 'completed');
    }
    this.lms.commit();
  }

  private handleAnswer(detail: MhmAnswerDetail, quizId: string): void {
    if (this.review || !Array.isArray(detail?.selected)) {
      return;
    }
    const count = Number.parseInt(this.lms.get('cmi.interactions._count'), 10);
    const prefix = `cmi.interactions.${Number.isFinite(count) ? count : 0}.`;
    this.lms.set(`${prefix}id`, identifier(`${quizId}-q${detail.questionIndex + 1}`));
    this.lms.set(`${prefix}type`, detail.questionType === 'true-false' ? 'true-false' : 'choice');
    const response = studentResponse(detail);
    if (response !== null) {
      this.lms.set(`${prefix}student_response`, response);
    }
    this.lms.set(`${prefix}result`, detail.correct ? 'correct' : 'wrong');
    this.lms.set(`${prefix}time`, timeOfDay(new Date()));
  }

  /** The quiz's percentage as the score; its pass mark decides passed or failed once the course is done. */
  private recordQuiz(quiz: MhmCourseQuizResult): void {
    if (this.review || typeof quiz.percent !== 'number') {
      return;
    }
    // The gradebook keeps the best attempt: a retake that goes worse never lowers the score or
    // turns "passed" into "failed".
    const percent = Math.min(100, Math.max(0, Math.round(quiz.percent)));
    const recorded = Number.parseFloat(this.lms.get('cmi.core.score.raw'));
    const passedBefore = this.lms.get('cmi.core.lesson_status') === 'passed';
    if (!(Number.isFinite(recorded) && recorded > percent)) {
      this.lms.set('cmi.core.score.min', '0');
      this.lms.set('cmi.core.score.max', '100');
      this.lms.set('cmi.core.score.raw', String(percent));
    }
    if (this.courseDone && !passedBefore) {
      const status = quiz.passed === true ? 'passed' : quiz.passed === false ? 'failed' : 'completed';
      this.lms.set('cmi.core.lesson_status', status);
    }
  }

  private saveProgress(): void {
    if (this.review) {
      return;
    }
    const { value, dropped } = encodeSuspendData({ completed: this.completed, current: this.current });
    if (dropped > 0 && !this.toldTruncated) {
      this.toldTruncated = true;
      console.warn(
        `mhm-elements: the course's progress does not fit SCORM 1.2's 4,096 characters of cmi.suspend_data; ` +
          `${dropped} completed activities will not be restored on the next visit. Shorter activity ids fit more.`,
      );
    }
    this.lms.set('cmi.suspend_data', value);
  }

  readonly disconnect = (): void => {
    if (!this.connected) {
      return;
    }
    this.connected = false;
    this.stopListening();
    window.removeEventListener('pagehide', this.disconnect);
    if (!this.review) {
      this.lms.set('cmi.core.exit', this.courseDone ? '' : 'suspend');
      this.lms.set('cmi.core.session_time', timespan(Date.now() - this.startedAt));
    }
    this.lms.commit();
    this.lms.finish();
  };
}

/**
 * Connects a course to the SCORM 1.2 LMS that launched the page. With no LMS API found (a plain web
 * page) it does nothing, says so once in the console, and the course works as usual. Nothing it does
 * throws: an LMS error is logged with its SCORM code and text, and the course carries on.
 * @param course the `<mhm-course>` element
 * @param options `interactions: true` records each checked quiz answer; `api` skips the search
 */
export function connectScorm12(course: LmsCourse, options: Scorm12Options = {}): Scorm12Connection {
  const api = options.api === undefined ? findScorm12Api(window) : options.api;
  const notConnected: Scorm12Connection = { connected: false, disconnect: () => undefined };
  if (!api) {
    if (!toldNoApi) {
      toldNoApi = true;
      console.info('mhm-elements: no SCORM 1.2 LMS found (no window.API here, in a parent or an opener); the course runs as a plain page.');
    }
    return notConnected;
  }
  const lms = new Scorm12Session(api);
  if (!lms.initialize()) {
    return notConnected;
  }
  return new Scorm12Bridge(course, lms, options.interactions === true);
}
