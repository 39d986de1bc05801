/**
 * xAPI bridge, opt-in: turns `<mhm-course>` events into xAPI 1.0.3 statements for a Learning Record
 * Store the host names.
 *
 * ```js
 * import { connectXapi } from 'mhm-elements/xapi';
 * connectXapi(document.querySelector('mhm-course'), {
 *   endpoint: 'https://lrs.example.org/xapi/',
 *   auth: 'Basic ' + btoa('key:secret'),
 *   actor: { account: { homePage: 'https://lms.example.org', name: 'learner-42' } },
 *   activityBase: 'https://partner.example.org/courses',
 * });
 * ```
 *
 * Statements: `experienced` the first time the learner meets an activity (opens it, answers in it or
 * completes it; once each), `answered` for each checked quiz question, `completed` for each activity
 * and for the course, `passed`/`failed` for a quiz with a pass mark (and for the course), in the order
 * the learner acted: a quiz's result before the course completion it brings about. Names and verbs
 * carry language maps in the page's language. A reflection yields `completed` and nothing else: never
 * its text, nor its length.
 *
 * Requests go only to `<endpoint>/statements`, in batches, with `X-Experience-API-Version: 1.0.3`.
 * Statements wait in a queue kept on the device (`mhm:xapi:queue:<endpoint>`, `queue.ts`) until the
 * LRS accepts them; a failed post is retried with growing pauses (2 s up to 5 min) and when the
 * browser comes back online, so nothing is lost offline or across a reload. Every open tab of the site
 * adds to that one queue; one tab at a time sends it (`ownership.ts`), so no statement is sent twice.
 */
import type { MhmActivityChangeDetail } from '../events/activity-change.js';
import type { MhmAnswerDetail } from '../events/answer.js';
import type { MhmCompleteDetail } from '../events/complete.js';
import type { MhmCourseCompleteDetail } from '../events/course-complete.js';
import { courseLanguage, listen, type LmsCourse } from '../internal/lms-course.js';
import { claimQueue, type QueueOwnership } from './ownership.js';
import { StatementQueue } from './queue.js';
import { activityTypes, actorProblem, httpUrl, score, uuid, type XapiActor, type XapiStatement } from './statements.js';
import { xapiVerb, type XapiVerb } from './verbs.js';

// The package entry point: it re-exports the public names its helper files hold.
export type { LmsCourse } from '../internal/lms-course.js';
export type { XapiActor, XapiStatement } from './statements.js';

export interface XapiOptions {
  /** The LRS's xAPI endpoint (statements go to `<endpoint>/statements`). Without it nothing is sent. */
  endpoint: string;
  /** The `Authorization` header value, e.g. `Basic …`; none when absent. */
  auth?: string;
  /** The learner, as the LRS knows them. */
  actor: XapiActor;
  /** IRI under which the course and its activities are named: `<activityBase>/<course-id>/<activity-id>`. */
  activityBase: string;
}

/** What `connectXapi` returns. */
export interface XapiConnection {
  /** True while the bridge listens; false when the options were incomplete and once disconnected. */
  readonly connected: boolean;
  /** Statements waiting for the LRS, queued by this tab or another tab of the site. */
  readonly pending: number;
  /** Sends what is waiting now; resolves when the attempt is over (delivered or queued for retry). */
  flush(): Promise<void>;
  /** Stops listening and retrying; statements not yet delivered stay queued on the device for the next visit. */
  disconnect(): void;
}

/** Statements per request: small enough for a `keepalive` request's 64 KB while the page closes. */
const batchSize = 20;
const firstRetry = 2_000;
const lastRetry = 300_000;
const requestTimeout = 30_000;

class XapiBridge implements XapiConnection {
  connected = true;
  private readonly url: string;
  private readonly courseIri: string;
  private readonly queue: StatementQueue;
  private readonly ownership: QueueOwnership;
  /** Ids this tab delivered: never posted again, even if another tab's late write puts them back. */
  private readonly delivered = new Set<string>();
  private readonly experienced = new Set<string>();
  private sending: Promise<void> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retryDelay = firstRetry;
  private toldFailure = false;
  private readonly stopListening: () => void;
  private readonly stopWatching: () => void;

  constructor(
    private readonly course: LmsCourse,
    private readonly options: XapiOptions,
    endpoint: URL,
  ) {
    this.url = new URL('statements', endpoint.href.endsWith('/') ? endpoint : `${endpoint.href}/`).href;
    const storageKey = `xapi:queue:${endpoint.href}`;
    const courseId = course.getAttribute('course-id') || course.id || 'mhm-course';
    this.courseIri = `${options.activityBase.replace(/\/+$/, '')}/${encodeURIComponent(courseId)}`;
    this.queue = new StatementQueue(storageKey, options.actor);
    this.stopListening = listen(course, {
      'mhm-activity-change': (detail: MhmActivityChangeDetail) => this.handleActivityChange(detail),
      'mhm-answer': (detail: MhmAnswerDetail, activityId: string) => this.handleAnswer(detail, activityId),
      'mhm-complete': (detail: MhmCompleteDetail, activityId: string) => this.handleComplete(detail, activityId),
      'mhm-course-complete': (detail: MhmCourseCompleteDetail) => this.handleCourseComplete(detail),
    });
    window.addEventListener('online', this.handleOnline);
    window.addEventListener('pagehide', this.handlePageHide);
    this.stopWatching = this.queue.watch(this.handleQueueChange);
    this.ownership = claimQueue(storageKey, this.handleOwnership);
  }
  /** The course's language now, read per statement so a language switch is labelled right. */
  private get lang(): string {
    return courseLanguage(this.course);
  }

  get pending(): number {
    return this.waiting().length;
  }

  /** The statements on the device not yet delivered, from every tab. */
  private waiting(): XapiStatement[] {
    return this.queue.read().filter((statement) => !this.delivered.has(statement.id));
  }

  /** This tab now sends the queue: what the other tabs left in it first. */
  private readonly handleOwnership = (): void => {
    this.retryDelay = firstRetry;
    this.schedule(0);
  };

  /** A tab added statements (or took delivered ones out); the owner sends them unless it is waiting to retry. */
  private readonly handleQueueChange = (value: string | null): void => {
    if (value !== null && this.retryDelay === firstRetry) {
      this.schedule(0);
    }
  };

  private readonly handleOnline = (): void => {
    this.retryDelay = firstRetry;
    this.schedule(0);
  };

  private readonly handlePageHide = (): void => {
    void this.flush();
  };

  private handleActivityChange(detail: MhmActivityChangeDetail): void {
    if (typeof detail?.activityId !== 'string') {
      return;
    }
    this.experience(detail.activityId);
  }

  /** Says "experienced" the first time the learner meets an activity: opened, answered in or completed. */
  private experience(activityId: string): void {
    if (!this.experienced.has(activityId)) {
      this.experienced.add(activityId);
      this.record('experienced', this.activity(activityId));
    }
  }

  private handleAnswer(detail: MhmAnswerDetail, activityId: string): void {
    if (!Array.isArray(detail?.selected) || typeof detail.questionIndex !== 'number') {
      return;
    }
    this.experience(activityId);
    const quiz = this.activity(activityId);
    const points = Math.min(1, Math.max(0, Number(detail.score) || 0));
    this.record(
      'answered',
      {
        objectType: 'Activity',
        id: `${quiz.id}/question-${detail.questionIndex + 1}`,
        definition: {
          name: { [this.lang]: `${quiz.definition.name[this.lang]} ${detail.questionIndex + 1}` },
          type: activityTypes.question,
          interactionType: 'choice',
        },
      },
      { success: detail.correct === true, response: detail.selected.join('[,]'), score: { scaled: points, raw: points, min: 0, max: 1 } },
      quiz.id,
    );
  }

  private handleComplete(detail: MhmCompleteDetail, activityId: string): void {
    if (detail?.completed !== true) {
      return;
    }
    this.experience(activityId);
    const activity = this.activity(activityId);
    if (detail.activity === 'quiz') {
      const verb: XapiVerb = detail.passed === true ? 'passed' : detail.passed === false ? 'failed' : 'completed';
      const success = detail.passed === null ? {} : { success: detail.passed };
      this.record(verb, activity, { completion: true, ...success, score: score(detail) });
    } else {
      // A reflection, like a lesson, is only ever "completed": no text, no length.
      this.record('completed', activity, { completion: true });
    }
  }

  /**
   * The course completes while the activity's own `mhm-complete` is still on its way: the course hears
   * it before this bridge does. Its statements wait until that event has been recorded, so the LRS
   * gets them in the order the learner acted (the quiz passed, then the course).
   */
  private handleCourseComplete(detail: MhmCourseCompleteDetail): void {
    queueMicrotask(() => this.recordCourseComplete(detail));
  }

  private recordCourseComplete(detail: MhmCourseCompleteDetail): void {
    const course = this.courseActivity();
    const quiz = detail?.quiz ?? null;
    this.record('completed', course, quiz ? { completion: true, score: score(quiz) } : { completion: true }, null);
    if (quiz && quiz.passed !== null) {
      this.record(quiz.passed ? 'passed' : 'failed', course, { completion: true, success: quiz.passed, score: score(quiz) }, null);
    }
  }

  private courseActivity(): XapiStatement['object'] {
    const title = document.title.trim() || this.course.getAttribute('course-id') || 'Mental Health & Migration';
    return { objectType: 'Activity', id: this.courseIri, definition: { name: { [this.lang]: title }, type: activityTypes.course } };
  }

  private activity(activityId: string): XapiStatement['object'] {
    const activity = this.course.activities?.find((candidate) => candidate.id === activityId);
    return {
      objectType: 'Activity',
      id: `${this.courseIri}/${encodeURIComponent(activityId)}`,
      definition: {
        name: { [this.lang]: activity?.title || activityId },
        type: activityTypes[activity?.kind ?? ''] ?? activityTypes.other,
      },
    };
  }

  /** Queues one statement; `parent` is the activity it belongs to (the course unless said otherwise, none for the course). */
  private record(verb: XapiVerb, object: XapiStatement['object'], result?: XapiStatement['result'], parent: string | null = this.courseIri): void {
    const statement: XapiStatement = {
      id: uuid(),
      actor: this.options.actor,
      verb: xapiVerb(verb, this.lang),
      object,
      ...(result ? { result } : {}),
      context: {
        language: this.lang,
        platform: 'mhm-elements',
        ...(parent
          ? {
              contextActivities: {
                parent: [{ objectType: 'Activity' as const, id: parent }],
                ...(parent === this.courseIri ? {} : { grouping: [{ objectType: 'Activity' as const, id: this.courseIri }] }),
              },
            }
          : {}),
      },
      timestamp: new Date().toISOString(),
    };
    // Its write tells handleQueueChange, which sends it unless a failed post waits for its retry.
    this.queue.add(statement);
  }

  private schedule(delay: number): void {
    if (!this.connected) {
      return;
    }
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void this.flush(), delay);
  }

  flush(): Promise<void> {
    this.sending ??= this.ownership.decided.then(() => this.sendAll()).finally(() => {
      this.sending = null;
    });
    return this.sending;
  }

  private async sendAll(): Promise<void> {
    // Only the tab that owns the queue sends it; a statement queued here waits for that tab.
    while (this.connected && this.ownership.owns()) {
      const batch = this.waiting().slice(0, batchSize);
      if (batch.length === 0) {
        return;
      }
      const outcome = await this.post(batch);
      if (outcome === 'retry') {
        this.schedule(this.retryDelay);
        this.retryDelay = Math.min(lastRetry, this.retryDelay * 2);
        return;
      }
      batch.forEach((statement) => this.delivered.add(statement.id));
      this.queue.remove(this.delivered);
      this.retryDelay = firstRetry;
    }
  }

  /** Posts one batch: `done` once the LRS has it (or refused it for good), `retry` otherwise. */
  private async post(batch: XapiStatement[]): Promise<'done' | 'retry'> {
    const controller = new AbortController();
    const timeout = setTimeout(() => controller.abort(), requestTimeout);
    try {
      const response = await fetch(this.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Experience-API-Version': '1.0.3',
          ...(this.options.auth ? { Authorization: this.options.auth } : {}),
        },
        body: JSON.stringify(batch),
        keepalive: true,
        signal: controller.signal,
      });
      // 409: the LRS already holds these statement ids.
      if (response.ok || response.status === 409) {
        return 'done';
      }
      if (response.status === 400) {
        console.warn(`mhm-elements: the LRS at ${this.url} rejected ${batch.length} xAPI statements as malformed (400); they are dropped.`);
        return 'done';
      }
      this.tellFailure(`answered ${response.status}`);
    } catch (error) {
      this.tellFailure(`could not be reached (${String(error)})`);
    } finally {
      clearTimeout(timeout);
    }
    return 'retry';
  }

  private tellFailure(what: string): void {
    if (!this.toldFailure) {
      this.toldFailure = true;
      console.warn(`mhm-elements: the LRS at ${this.url} ${what}; xAPI statements stay queued and are retried.`);
    }
  }

  disconnect(): void {
    if (!this.connected) {
      return;
    }
    this.connected = false;
    clearTimeout(this.retryTimer);
    this.stopListening();
    this.stopWatching();
    this.ownership.release();
    window.removeEventListener('online', this.handleOnline);
    window.removeEventListener('pagehide', this.handlePageHide);
  }
}

/**
 * Connects a course to a Learning Record Store. Without a usable `endpoint`, `actor` and
 * `activityBase` it sends nothing, says why once in the console, and the course works as usual.
 * @param course the `<mhm-course>` element
 * @param options where to send, as whom, and how to name the activities
 */
export function connectXapi(course: LmsCourse, options: XapiOptions): XapiConnection {
  const endpoint = httpUrl(options?.endpoint);
  const problem = !endpoint
    ? 'the endpoint is missing or not an http(s) URL'
    : !httpUrl(options.activityBase) || !/^[a-z]+:/i.test(options.activityBase)
      ? 'activityBase must be an absolute http(s) IRI'
      : actorProblem(options.actor);
  if (problem) {
    console.warn(`mhm-elements: xAPI is off because ${problem}; nothing is sent.`);
    return { connected: false, pending: 0, flush: () => Promise.resolve(), disconnect: () => undefined };
  }
  return new XapiBridge(course, options, endpoint!);
}
