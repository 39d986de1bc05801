import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ChildrenController, childElements } from '../../controllers/children.js';
import { readJson } from '../../internal/json.js';
import { authorFileUrl, fetchAuthorFile } from '../../internal/author-file.js';
import { buildQuiz, questionsFromJson, type Question, type QuestionSource, type QuizIssue } from './quiz-model.js';
import { readQuestions } from './read-children.js';

/** The authored questions as read, before they are checked. */
type Read = { sources: QuestionSource[]; issue?: QuizIssue };

/** Why the quiz shows a message instead of its questions from `src`. */
export type SourceStatus = 'loading' | 'failed' | 'unavailable';

/** Records an author's mistake at `attribute`, or clears it when `fix` is false (`MhmElement.report`). */
export type ReportAuthorError = (attribute: string, value: unknown, fix: string | false) => void;

/**
 * Where the quiz's questions come from, and the questions themselves: the `src` file (fetched with
 * a timeout, aborted when the quiz leaves the page or `src` changes), else a
 * `<script type="application/json">` child, else the `<mhm-question>` children, watched so that
 * questions a CMS adds or edits later are picked up. Mistakes in any of them become author errors.
 *
 * The host calls `update(src)` in `willUpdate` whenever `src` changed or `changed` is true.
 */
export class QuizSourceController implements ReactiveController {
  /** The usable questions, in authored order. */
  questions: Question[] = [];
  /**
   * Set while the `src` file loads (`loading`), once it failed to load (`failed`: trying again may
   * help), or when `src` is an address no quiz file can come from (`unavailable`: only the author
   * can fix it).
   */
  status?: SourceStatus;
  /** True when the sources must be read again: the children changed, or the file arrived. */
  changed = false;

  /** Questions read from `src`, once loaded. */
  private loaded?: Read & { src: string };
  private request?: AbortController;
  /** Author-error keys raised by the questions, so fixed ones are cleared. */
  private questionIssues: string[] = [];

  /**
   * @param host The quiz.
   * @param report Shows or clears an author error on the quiz.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly report: ReportAuthorError,
  ) {
    host.addController(this);
    new ChildrenController(host, (records) => this.handleChildrenChange(records), {
      childList: true,
      subtree: true,
      attributes: true,
      characterData: true,
    });
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    if (this.request) {
      this.stopLoading();
    }
  }

  private handleChildrenChange(records: MutationRecord[]): void {
    // No records: the quiz was connected, and its children may have changed meanwhile, or its file
    // is not loaded yet. The quiz's own attributes are Lit's business; anything below it is data.
    if (records.length === 0 || records.some((record) => record.target !== this.host || record.type === 'childList')) {
      this.changed = true;
      this.host.requestUpdate();
    }
  }

  /**
   * Reads the questions again: from `src` (loading it first unless it is loaded), else from the
   * JSON script child, else from the `<mhm-question>` children.
   * @param src The quiz's `src` attribute.
   */
  update(src: string | undefined): void {
    this.changed = false;
    let read: Read;
    if (src != null) {
      if (this.loaded?.src !== src) {
        void this.load(src);
        return;
      }
      read = this.loaded;
    } else {
      this.stopLoading();
      this.loaded = undefined;
      this.report('src', null, false);
      const script = childElements(this.host).find((child) => child.localName === 'script' && child.getAttribute('type') === 'application/json');
      read = script ? this.readJsonText(script.textContent, 'script') : { sources: readQuestions(this.host) };
    }
    const model = buildQuiz(read.sources);
    this.questions = model.questions;
    // A broken JSON text already says why there are no questions.
    this.reportQuestionIssues(read.issue ? [read.issue] : model.issues);
  }

  /** Forgets the file that failed to load, so the next update fetches it again. */
  retry(): void {
    this.loaded = undefined;
    this.changed = true;
    this.host.requestUpdate();
  }

  /** Cancels a load in progress. */
  private stopLoading(): void {
    this.request?.abort();
    this.request = undefined;
    this.setStatus(undefined);
  }

  private setStatus(status: QuizSourceController['status']): void {
    if (status !== this.status) {
      this.status = status;
      this.host.requestUpdate();
    }
  }

  private readJsonText(text: string | null, where: string): Read {
    const json = readJson(text);
    return json.ok
      ? questionsFromJson(json.value, where)
      : { sources: [], issue: { where, value: json.line ? `line ${json.line}, column ${json.column}` : (text ?? '').slice(0, 40), fix: `Fix the JSON: ${json.message}.` } };
  }

  /** Reads the `src` file's text; a web page where JSON was expected gets its own message. */
  private readFile(src: string, text: string): Read {
    const read = this.readJsonText(text, 'src');
    // JSON never starts with "<": the server sent a page (its "not found" or sign-in page, often with status 200).
    if (read.issue && /^\s*</.test(text)) {
      const fix = 'The file is HTML, not JSON: the server sent a web page (often its "page not found" or sign-in page) instead of the quiz file. Check that src is the address of the JSON file.';
      return { sources: [], issue: { where: 'src', value: src, fix } };
    }
    return read;
  }

  private reportQuestionIssues(issues: readonly QuizIssue[]): void {
    const current = issues.map((issue) => issue.where);
    for (const where of this.questionIssues) {
      if (!current.includes(where)) {
        this.report(where, null, false);
      }
    }
    for (const issue of issues) {
      this.report(issue.where, issue.value, issue.fix);
    }
    this.questionIssues = current;
  }

  /** Fetches `src`, at most once at a time; gives up after `authorFileTimeout`. */
  private async load(src: string): Promise<void> {
    if (!this.host.isConnected) {
      return;
    }
    this.stopLoading();
    this.questions = [];
    this.reportQuestionIssues([]);
    const target = authorFileUrl(src);
    if ('reason' in target) {
      this.report('src', src, `It is not loaded because ${target.reason}: use an https:, http: or relative URL of a JSON file.`);
      this.setStatus('unavailable');
      return;
    }
    const request = (this.request = new AbortController());
    this.setStatus('loading');
    const result = await fetchAuthorFile(target.url, request);
    if (request === this.request) {
      this.request = undefined;
      if ('reason' in result) {
        this.report('src', src, `The quiz file could not be loaded: ${result.reason}. Check the address, and that its server lets this page read it (CORS).`);
        this.setStatus('failed');
      } else {
        this.report('src', null, false);
        this.loaded = { src, ...this.readFile(src, result.text) };
        this.changed = true;
        this.setStatus(undefined);
      }
    }
  }
}
