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
 * of completed activities and the quiz's result in `cmi.suspend_data`, and with `{ interactions: true }`
 * each checked quiz answer in `cmi.interactions`. What it never records: anything a learner writes in
 * a reflection. On a later launch, once the course has its progress back, a status or score the LMS
 * refused before is set again from that progress.
 */
import { completedIds, courseReady, listen, type LmsCourse } from '../internal/lms-course.js';
import type { MhmActivityChangeDetail } from '../events/activity-change.js';
import type { MhmAnswerDetail } from '../events/answer.js';
import type { MhmCompleteDetail } from '../events/complete.js';
import type { MhmCourseCompleteDetail, MhmCourseQuizResult } from '../events/course-complete.js';
import type { MhmProgressDetail } from '../events/progress.js';
import { identifier, studentResponse, timeOfDay, timespan } from './cmi.js';
import { findScorm12Api, type Scorm12Api } from './find-api.js';
import { Scorm12Session } from './session.js';
import { decodeSuspendData, encodeSuspendData, type SavedQuizResult } from './suspend-data.js';

// The package entry point: it re-exports the public names its helper files hold.
export type { LmsCourse } from '../internal/lms-course.js';
export { findScorm12Api, maxSearchDepth, type Scorm12Api } from './find-api.js';

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

/** SCORM 1.2 caps `cmi.core.lesson_location` at 255 characters. */
const locationLimit = 255;

/** The statuses that say the course is done; the bridge never sets one of them back to `incomplete`. */
const doneStatuses = ['completed', 'passed', 'failed'];

let toldNoApi = false;

class Scorm12Bridge implements Scorm12Connection {
  connected = true;
  private readonly startedAt = Date.now();
  private readonly review: boolean;
  private courseDone: boolean;
  private completed: string[] = [];
  private current: string | null = null;
  /** What the LMS kept, until the course has been given it: progress made before then adds to it. */
  private unrestored: string[] = [];
  /** The course quiz's best result this bridge has seen, kept in suspend_data for the next launch. */
  private quiz: SavedQuizResult | null = null;
  /** Completed activities the last save left out of suspend_data, of how many. */
  private dropped = { count: 0, of: 0 };
  /** How many left-out activities the console has been told about. */
  private toldDropped = 0;
  private readonly stopListening: () => void;

  constructor(
    private readonly course: LmsCourse,
    private readonly lms: Scorm12Session,
    interactions: boolean,
  ) {
    this.review = lms.get('cmi.core.lesson_mode') === 'review';
    const status = lms.get('cmi.core.lesson_status');
    this.courseDone = doneStatuses.includes(status);
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
    this.quiz = saved?.quiz ?? null;
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
      this.settleRestoredStatus();
    }
  }

  /**
   * Once the course has its progress back: when every activity is complete, the LMS gets the status
   * and score that progress earns, should it hold other values (an earlier session's
   * `LMSSetValue` was refused, or the page closed before a commit). The course never fires
   * `mhm-course-complete` for restored progress, so this is the only moment to tell.
   */
  private settleRestoredStatus(): void {
    if (this.review || this.course.progress?.percent !== 100) {
      return;
    }
    this.courseDone = true;
    const wrote = this.quiz ? this.recordQuiz(this.quiz) : this.recordCompleted();
    if (wrote) {
      this.lms.commit();
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
    this.saveProgress();
    this.lms.commit();
  }

  private handleCourseComplete(detail: MhmCourseCompleteDetail): void {
    this.courseDone = true;
    if (detail?.quiz) {
      this.recordQuiz(detail.quiz);
      this.saveProgress();
    } else {
      this.recordCompleted();
    }
    this.lms.commit();
    this.tellDropped();
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

  /**
   * The quiz's percentage as the score; its pass mark decides passed or failed once the course is
   * done. Writes only what differs from what the LMS holds.
   * @returns Whether anything was written.
   */
  private recordQuiz(quiz: Pick<MhmCourseQuizResult, 'percent' | 'passed'>): boolean {
    if (this.review || typeof quiz.percent !== 'number') {
      return false;
    }
    // The gradebook keeps the best attempt: a retake that goes worse never lowers the score or
    // turns "passed" into "failed".
    const percent = Math.min(100, Math.max(0, Math.round(quiz.percent)));
    const passed = typeof quiz.passed === 'boolean' ? quiz.passed : null;
    this.quiz = { percent: Math.max(percent, this.quiz?.percent ?? 0), passed: this.quiz?.passed === true || passed };
    const recorded = Number.parseFloat(this.lms.get('cmi.core.score.raw'));
    let wrote = false;
    if (!(Number.isFinite(recorded) && recorded >= percent)) {
      this.lms.set('cmi.core.score.min', '0');
      this.lms.set('cmi.core.score.max', '100');
      this.lms.set('cmi.core.score.raw', String(percent));
      wrote = true;
    }
    const status = this.lms.get('cmi.core.lesson_status');
    if (this.courseDone && status !== 'passed') {
      const earned = passed === true ? 'passed' : passed === false ? 'failed' : 'completed';
      wrote = this.setStatus(status, earned) || wrote;
    }
    return wrote;
  }

  /** `completed`, for a course done without a quiz result, unless the LMS already holds a done status. */
  private recordCompleted(): boolean {
    const status = this.lms.get('cmi.core.lesson_status');
    return !this.review && !doneStatuses.includes(status) && this.setStatus(status, 'completed');
  }

  private setStatus(recorded: string, status: string): boolean {
    if (recorded === status) {
      return false;
    }
    this.lms.set('cmi.core.lesson_status', status);
    return true;
  }

  private saveProgress(): void {
    if (this.review) {
      return;
    }
    const { value, dropped } = encodeSuspendData({ completed: this.completed, current: this.current, quiz: this.quiz });
    this.dropped = { count: dropped, of: new Set(this.completed).size };
    this.lms.set('cmi.suspend_data', value);
  }

  /**
   * Warns, once the number is final (the course is complete, or the learner leaves), how many
   * completed activities suspend_data left out. Said when it first happened, the number would grow
   * with every activity after it and the warning would understate it.
   */
  private tellDropped(): void {
    const { count, of } = this.dropped;
    if (count <= this.toldDropped) {
      return;
    }
    this.toldDropped = count;
    console.warn(
      `mhm-elements: the course's progress does not fit SCORM 1.2's 4,096 characters of cmi.suspend_data; ` +
        `${count} of the ${of} completed activities will not be restored on the next visit. Shorter activity ids fit more.`,
    );
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
    this.tellDropped();
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
