import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { readJson } from '../../internal/json.js';
import { defaultHeadingLevel, MhmElement } from '../../internal/mhm-element.js';
import { safeUrl } from '../../internal/safe-url.js';
import { readItem, removeItem, writeItem } from '../../internal/storage.js';
import blockStyles from '../../styles/blocks.styles.js';
import hostStyles from '../../styles/host.styles.js';
import {
  arrange,
  attemptSeed,
  buildQuiz,
  newAttempt,
  parseShuffle,
  questionsFromJson,
  restoreProgress,
  scoreAnswer,
  summarize,
  type ArrangedQuestion,
  type Choice,
  type Progress,
  type Question,
  type QuestionSource,
  type QuizIssue,
  type QuizModel,
  type QuizSummary,
} from './quiz-model.js';
import styles from './quiz.styles.js';
import { readQuestion } from './read-children.js';
import type {} from '../../events/answer.js';
import type {} from '../../events/complete.js';


/** How long the `src` file may take before the learner is told it could not be loaded. */
const loadTimeout = 10_000;

type Verdict = 'correct' | 'partial' | 'incorrect';
const verdictIcons: Record<Verdict, string> = { correct: '✓', partial: '◐', incorrect: '✗' };

/** A whole number from `min` to `max` (or any number in range when `whole` is false). */
function inRange(value: number | undefined, min: number, max: number, whole = true): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max && (!whole || Number.isInteger(value));
}

function describeError(error: unknown): string {
  return error instanceof Error || error instanceof DOMException ? `${error.name}: ${error.message}` : String(error);
}

/**
 * @summary A knowledge check written in plain HTML (or JSON): single-answer, multiple-answer and
 * true-false questions, each checked with feedback that teaches, then a result with a review.
 * @tagname mhm-quiz
 *
 * @slot - `<mhm-question>` children, or one `<script type="application/json">` child with
 * `{"questions": [{"type", "prompt", "explanation", "answer", "choices": [{"text", "correct", "feedback", "value"}]}]}`.
 * Read as data, never shown as they are; ignored when `src` is set.
 *
 * @event {{ id: string, questionIndex: number, selected: string[], correct: boolean, score: number }} mhm-answer - The learner pressed Check on a question (`questionIndex` is its authored position, from 0).
 * @event {{ activity: 'quiz', id: string, completed: true, score: number, maxScore: number, percent: number, passed: boolean | null }} mhm-complete - The learner checked the last unanswered question. `passed` is null without a pass mark.
 *
 * @csspart base - The quiz's outer box.
 * @csspart header - The box around the heading.
 * @csspart heading - The heading.
 * @csspart message - A message instead of the questions: loading, could not load, no questions.
 * @csspart notice - The note shown when answers cannot be stored on the device.
 * @csspart retry-button - "Try again" after the quiz file failed to load.
 * @csspart question - One question: its group of choices, Check button and feedback.
 * @csspart fieldset - The group of choices (a `fieldset`).
 * @csspart legend - The group's label: question number and prompt.
 * @csspart question-number - "Question 2 of 5".
 * @csspart prompt - The question's text.
 * @csspart hint - "Choose every answer that fits", under a multiple-answer question.
 * @csspart choices - The box around the choices.
 * @csspart choice - One choice: a label around its radio button or checkbox.
 * @csspart choice-correct - A right choice, once the question is checked.
 * @csspart choice-incorrect - A wrong choice the learner picked, once the question is checked.
 * @csspart mark - "Correct answer" or "Your answer" beside a checked question's choice.
 * @csspart error - The message shown when Check is pressed with nothing chosen.
 * @csspart check-button - The Check button.
 * @csspart feedback - What the learner is told after Check: verdict, choice feedback, explanation.
 * @csspart feedback-correct - The feedback of a right answer.
 * @csspart feedback-partial - The feedback of a partly right answer.
 * @csspart feedback-incorrect - The feedback of a wrong answer.
 * @csspart verdict - "Correct", "Partly right" or "Not quite", with its icon.
 * @csspart choice-feedback - The feedback of a choice the learner picked.
 * @csspart explanation - The question's explanation.
 * @csspart navigation - Previous, Next and "See your result" in the paged layout.
 * @csspart previous-button - The Previous button.
 * @csspart next-button - The Next button.
 * @csspart result-button - The "See your result" button.
 * @csspart result - The result: score, pass mark, review, Try again.
 * @csspart result-heading - The result's heading.
 * @csspart score - The score line.
 * @csspart pass-status - The line saying whether the pass mark was reached.
 * @csspart review - The list reviewing every question.
 * @csspart review-item - One question in the review.
 * @csspart try-again-button - The "Try again" button.
 * @csspart attempts - The line with the attempts left.
 * @csspart author-error - The message shown in place when the author's markup has a mistake.
 *
 * @cssproperty [--mhm-color-accent=#0b6565 | dark #72d0cb] - Buttons, the selected choices, focus of choices.
 * @cssproperty [--mhm-color-on-accent=#ffffff] - Text on the accent colour.
 * @cssproperty [--mhm-color-text=#1c2428 | dark #edf1f2] - Text.
 * @cssproperty [--mhm-color-text-muted=#4b565c | dark #b9c4c9] - Question number, hints.
 * @cssproperty [--mhm-color-surface=#ffffff | dark #182024] - Background.
 * @cssproperty [--mhm-color-surface-alt=#eef5f5 | dark #22303a] - Feedback and review background.
 * @cssproperty [--mhm-color-border=#b9c7cb | dark #44535b] - Borders of the quiz and the choices.
 * @cssproperty [--mhm-color-success=#1d6a34 | dark #86dca0] - Right answers (always with an icon and words).
 * @cssproperty [--mhm-color-notice=#6d4300 | dark #f4c978] - Partly right and not-quite answers, the storage note.
 * @cssproperty [--mhm-color-notice-surface=#fff4dc | dark #33290f] - Background of the storage note.
 * @cssproperty [--mhm-color-danger=#a1202a | dark #ffa3a8] - The "choose an answer" error and author errors.
 * @cssproperty [--mhm-color-focus=#1849b8 | dark #93b7ff] - Focus ring.
 * @cssproperty [--mhm-color-scheme=light dark] - `light`, `dark` or `light dark` (follow the device).
 * @cssproperty [--mhm-font-family=inherit] - Font family; inherits the page's by default.
 * @cssproperty [--mhm-font-size=1rem] - Base font size.
 * @cssproperty [--mhm-radius=0.75rem] - Corner radius.
 * @cssproperty [--mhm-space-s=0.5rem] - Small spacing.
 * @cssproperty [--mhm-space-m=1rem] - Medium spacing.
 * @cssproperty [--mhm-space-l=1.5rem] - Large spacing.
 * @cssproperty [--mhm-quiz-padding=var(--mhm-space-l)] - Padding inside the quiz.
 * @cssproperty [--mhm-quiz-gap=var(--mhm-space-m)] - Space between the quiz's sections.
 * @cssproperty [--mhm-quiz-choice-gap=var(--mhm-space-s)] - Space between choices.
 */
export class MhmQuiz extends MhmElement {
  static override styles = [hostStyles, blockStyles, styles];

  /** The quiz's title. */
  @property() heading = '';

  /** The heading's level in the page outline, 2 to 6; the result's heading is one level deeper. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = defaultHeadingLevel;

  /** `paged`: one question at a time with Previous and Next; `list`: every question at once. */
  @property() layout: 'paged' | 'list' = 'paged';

  /** Percentage (0 to 100) the learner needs to pass. Absent: no pass mark, the result just shows the score. */
  @property({ attribute: 'pass-mark', type: Number }) passMark?: number;

  /** `all`: a multiple-answer question scores only when every tick is right. `partial`: proportional credit, a wrong tick cancelling a right one, never below 0. */
  @property() scoring: 'all' | 'partial' = 'all';

  /** How many times the learner may take the quiz (1 or more). Absent: no limit. */
  @property({ type: Number }) attempts?: number;

  /** Shuffles each attempt: `shuffle` or `shuffle="choices"` the choices, `shuffle="questions choices"` both. True and False stay in order. */
  @property() shuffle?: string;

  /** Any text: makes the shuffled order the same on every load (for tests and printouts). */
  @property() seed?: string;

  /** Keeps the learner's answers on the device (under `quiz-id`), so a reload resumes the attempt. */
  @property({ type: Boolean }) persist = false;

  /** A name for the quiz, unique on the site, under which `persist` stores the answers. */
  @property({ attribute: 'quiz-id' }) quizId?: string;

  /** URL of a JSON file with the questions: the only request the quiz makes, and only when set. */
  @property() src?: string;

  /** The questions in authored order, and the author's mistakes in them. */
  /** The validated heading level used by render. */
  private level = defaultHeadingLevel;

  @state() private model: QuizModel = { questions: [], issues: [] };

  /** The learner's progress; undefined until there are questions. */
  @state() private progress?: Progress;

  @state() private loadStatus: 'idle' | 'loading' | 'failed' = 'idle';

  /** Questions (by key) whose Check was pressed with nothing chosen. */
  @state() private missing: ReadonlySet<string> = new Set();

  /** Text of the polite live region. */
  @state() private announcement = '';

  /** True once storing the answers on the device failed (they still live in the page). */
  @state() private notSaved = false;

  /** Watches the light-DOM children, so questions a CMS adds or edits later are picked up. */
  private childObserver?: MutationObserver;
  private sourcesChanged = true;
  /** Questions read from `src`, once loaded. */
  private loaded?: { src: string; sources: QuestionSource[]; issue?: QuizIssue };
  private loadController?: AbortController;
  /** Author-error keys raised by the questions, so fixed ones are cleared. */
  private questionIssues = new Set<string>();
  /** The storage key whose progress is in `progress`, so a new `quiz-id` restores its own. */
  private restoredFrom?: string;
  /** Selector of the element to focus after the next render. */
  private focusAfterUpdate?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    this.childObserver = new MutationObserver((records) => {
      // The quiz's own attributes are Lit's business; anything below it is question data.
      if (records.some((record) => record.target !== this || record.type === 'childList')) {
        this.sourcesChanged = true;
        this.requestUpdate();
      }
    });
    this.childObserver.observe(this, { childList: true, subtree: true, attributes: true, characterData: true });
    // Children may have changed while the quiz was out of the page, or its file not loaded yet.
    this.sourcesChanged = true;
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver?.disconnect();
    this.childObserver = undefined;
    if (this.loadController) {
      this.loadController.abort();
      this.loadController = undefined;
      this.loadStatus = 'idle';
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const options = ['headingLevel', 'layout', 'passMark', 'scoring', 'attempts', 'shuffle', 'persist', 'quizId'] as const;
    if (options.some((name) => changed.has(name))) {
      this.validateOptions();
    }
    if (changed.has('src')) {
      this.sourcesChanged = true;
    }
    if (this.sourcesChanged) {
      this.sourcesChanged = false;
      this.readSources();
    }
    const key = this.storageKey;
    if (this.model.questions.length > 0 && (this.progress === undefined || (key !== undefined && key !== this.restoredFrom))) {
      this.restoreProgress();
    }
  }

  protected override updated(): void {
    if (this.focusAfterUpdate) {
      this.shadowRoot?.querySelector<HTMLElement>(this.focusAfterUpdate)?.focus();
      this.focusAfterUpdate = undefined;
    }
  }

  private validateOptions(): void {
    this.level = this.checkHeadingLevel(this.headingLevel);
    this.checkOption('layout', this.layout === 'paged' || this.layout === 'list', 'Use layout="paged" (one question at a time) or layout="list". Showing "paged" meanwhile.');
    this.checkOption(
      'pass-mark',
      this.passMark === undefined || this.passMark === null || inRange(this.passMark, 0, 100, false),
      'Use a percentage from 0 to 100, e.g. pass-mark="70". The quiz has no pass mark meanwhile.',
    );
    this.checkOption('scoring', this.scoring === 'all' || this.scoring === 'partial', 'Use scoring="all" (the default) or scoring="partial". Scoring all or nothing meanwhile.');
    this.checkOption(
      'attempts',
      this.attempts === undefined || this.attempts === null || inRange(this.attempts, 1, Number.MAX_SAFE_INTEGER),
      'Use a whole number of 1 or more, or leave attempts out for no limit. No limit meanwhile.',
    );
    const unknown = parseShuffle(this.shuffle).unknown;
    this.checkOption('shuffle', unknown.length === 0, 'Use shuffle, shuffle="choices" or shuffle="questions choices". Only the words "questions" and "choices" are used meanwhile.');
    this.checkOption('persist', !this.persist || Boolean(this.quizId?.trim()), 'Give the quiz a quiz-id="…" unique on the site, so its answers are stored under their own name. Nothing is stored meanwhile.');
  }

  /** Clears an option's mistake when it is fine, else reports the attribute as the author wrote it. */
  private checkOption(attribute: string, ok: boolean, fix: string): void {
    if (ok) {
      this.clearAuthorError(attribute);
    } else {
      this.authorError(attribute, this.getAttribute(attribute), fix);
    }
  }

  /** The questions from `src`, else the JSON script child, else the `<mhm-question>` children. */
  private readSources(): void {
    let read: { sources: QuestionSource[]; issue?: QuizIssue };
    if (this.src !== undefined && this.src !== null) {
      if (this.loaded?.src !== this.src) {
        void this.startLoad(this.src);
        return;
      }
      read = this.loaded;
    } else {
      this.stopLoading();
      const script = [...this.children].find((child) => child.localName === 'script' && child.getAttribute('type') === 'application/json');
      read = script
        ? this.readJsonText(script.textContent, 'script')
        : { sources: [...this.children].filter((child) => child.localName === 'mhm-question').map(readQuestion) };
    }
    const model = buildQuiz(read.sources);
    // A broken JSON text already says why there are no questions.
    this.model = { questions: model.questions, issues: read.issue ? [read.issue] : model.issues };
    this.reportQuestionIssues(this.model.issues);
  }

  /** Forgets `src` after the author removed it. */
  private stopLoading(): void {
    this.loadController?.abort();
    this.loadController = undefined;
    this.loaded = undefined;
    this.loadStatus = 'idle';
    this.clearAuthorError('src');
  }

  private readJsonText(text: string | null, where: string): { sources: QuestionSource[]; issue?: QuizIssue } {
    const json = readJson(text);
    if (!json.ok) {
      return { sources: [], issue: { where, value: json.line ? `line ${json.line}, column ${json.column}` : (text ?? '').slice(0, 40), fix: `Fix the JSON: ${json.message}.` } };
    }
    const read = questionsFromJson(json.value);
    return read.issue ? { sources: read.sources, issue: { ...read.issue, where } } : read;
  }

  private reportQuestionIssues(issues: readonly QuizIssue[]): void {
    const current = new Set(issues.map((issue) => issue.where));
    for (const where of this.questionIssues) {
      if (!current.has(where)) {
        this.clearAuthorError(where);
      }
    }
    for (const issue of issues) {
      this.authorError(issue.where, issue.value, issue.fix);
    }
    this.questionIssues = current;
  }

  /** Fetches `src`, at most once at a time; gives up after `loadTimeout`. */
  private async startLoad(src: string): Promise<void> {
    if (!this.isConnected) {
      return;
    }
    this.loadController?.abort();
    this.model = { questions: [], issues: [] };
    this.reportQuestionIssues([]);
    const url = this.fetchableUrl(src);
    if (url === undefined) {
      this.loadStatus = 'failed';
      return;
    }
    const controller = new AbortController();
    this.loadController = controller;
    this.loadStatus = 'loading';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, loadTimeout);
    try {
      const response = await fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } });
      if (!response.ok) {
        throw new Error(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
      }
      const text = await response.text();
      if (controller === this.loadController) {
        this.clearAuthorError('src');
        this.loaded = { src, ...this.readJsonText(text, 'src') };
        this.loadStatus = 'idle';
        this.sourcesChanged = true;
      }
    } catch (error) {
      // A newer load, or the quiz leaving the page, aborted this one: nothing to report.
      if (controller === this.loadController) {
        const reason = timedOut
          ? `no answer came within ${loadTimeout / 1000} seconds`
          : error instanceof Error && error.message.startsWith('the server')
            ? error.message
            : `the request failed (${describeError(error)})`;
        this.authorError('src', src, `The quiz file could not be loaded: ${reason}. Check the address, that the file is published, and that its server allows this page to read it (CORS).`);
        this.loadStatus = 'failed';
      }
    } finally {
      clearTimeout(timer);
      if (controller === this.loadController) {
        this.loadController = undefined;
      }
    }
  }

  /** `src` resolved for fetch, or undefined (and an author error) when it is not an http(s) address. */
  private fetchableUrl(src: string): string | undefined {
    const checked = safeUrl(src);
    const url = checked.ok ? new URL(checked.url, document.baseURI) : undefined;
    if (url && (url.protocol === 'https:' || url.protocol === 'http:')) {
      return url.href;
    }
    const reason = checked.ok ? `the "${url?.protocol}" scheme cannot hold a file` : checked.reason;
    this.authorError('src', src, `It is not loaded because ${reason}: use an https:, http: or relative URL of a JSON file.`);
    return undefined;
  }

  private get storageKey(): string | undefined {
    const id = this.quizId?.trim();
    return this.persist && id ? `quiz:${id}` : undefined;
  }

  private get passMarkValue(): number | undefined {
    return inRange(this.passMark, 0, 100, false) ? this.passMark : undefined;
  }

  private get scoringMode(): 'all' | 'partial' {
    return this.scoring === 'partial' ? 'partial' : 'all';
  }

  private get attemptLimit(): number | undefined {
    return inRange(this.attempts, 1, Number.MAX_SAFE_INTEGER) ? this.attempts : undefined;
  }

  private get summary(): QuizSummary {
    return summarize(this.model.questions, this.progress?.checked ?? {}, this.scoringMode, this.passMarkValue);
  }

  /** The questions and choices in this attempt's order. */
  private get arranged(): ArrangedQuestion[] {
    const attempt = this.progress?.attempt ?? 1;
    const seed = this.seed !== undefined && this.seed !== null ? attemptSeed(this.seed, attempt) : (this.progress?.seed ?? 0);
    return arrange(this.model.questions, seed, parseShuffle(this.shuffle));
  }

  private freshSeed(): number {
    return Math.floor(Math.random() * 2 ** 32);
  }

  private restoreProgress(): void {
    const key = this.storageKey;
    const stored = key ? readJson(readItem(key)) : undefined;
    this.progress = (stored?.ok ? restoreProgress(stored.value) : undefined) ?? newAttempt(1, 0, this.freshSeed());
    this.restoredFrom = key;
  }

  /** Replaces the progress and stores it when `persist` asks; a refused write only shows a note. */
  private setProgress(progress: Progress): void {
    this.progress = progress;
    const key = this.storageKey;
    if (key) {
      this.notSaved = !writeItem(key, JSON.stringify(progress)).persisted;
    }
  }

  /** Sets the live region; the same text twice is made different, or it would not be read again. */
  private announce(text: string): void {
    this.announcement = text === this.announcement ? `${text}\u00a0` : text;
  }

  private handleChoiceChange(question: Question, event: Event): void {
    const input = event.target as HTMLInputElement;
    const progress = this.progress!;
    const before = progress.selected[question.key] ?? [];
    const selected =
      input.type === 'radio' ? [input.value] : input.checked ? [...before, input.value] : before.filter((value) => value !== input.value);
    if (this.missing.has(question.key)) {
      const missing = new Set(this.missing);
      missing.delete(question.key);
      this.missing = missing;
    }
    this.setProgress({ ...progress, selected: { ...progress.selected, [question.key]: selected } });
  }

  /** Enter on a choice checks the answer, as the Check button does; arrows and Space stay native. */
  private handleChoiceKeydown(question: Question, event: KeyboardEvent): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      this.handleCheck(question);
    }
  }

  private handleCheck(question: Question): void {
    const progress = this.progress!;
    if (progress.checked[question.key]) {
      return;
    }
    // In the author's order, whatever order the learner ticked them in.
    const picked = progress.selected[question.key] ?? [];
    const selected = question.choices.filter((choice) => picked.includes(choice.value)).map((choice) => choice.value);
    if (selected.length === 0) {
      this.missing = new Set(this.missing).add(question.key);
      this.announce(this.localize.term('chooseFirst'));
      return;
    }
    const { [question.key]: _picked, ...stillSelected } = progress.selected;
    const wasComplete = this.summary.complete;
    const checked = { ...progress.checked, [question.key]: selected };
    const summary = summarize(this.model.questions, checked, this.scoringMode, this.passMarkValue);
    const completes = summary.complete && !wasComplete;
    this.setProgress({ ...progress, selected: stillSelected, checked, finished: progress.finished + (completes ? 1 : 0) });
    const score = scoreAnswer(question, selected, this.scoringMode);
    this.announce(
      `${this.verdictText(this.verdictOf(question, selected))}. ${
        summary.complete ? this.localize.term('allAnswered') : this.localize.term('answeredOf', summary.answered, summary.maxScore)
      }`,
    );
    this.focusAfterUpdate = `#feedback-${question.index}`;
    this.emit('mhm-answer', { id: this.id, questionIndex: question.index, selected: [...selected], correct: score === 1, score });
    if (completes) {
      const { score: total, maxScore, percent, passed } = summary;
      this.emit('mhm-complete', { activity: 'quiz', id: this.id, completed: true, score: total, maxScore, percent, passed });
    }
  }

  /** Shows another question of the paged layout and puts focus on its legend. */
  private goToPosition(position: number): void {
    const item = this.arranged[position];
    if (item) {
      this.setProgress({ ...this.progress!, position, showResult: false });
      this.focusAfterUpdate = `#legend-${item.question.index}`;
    }
  }

  private handleSeeResult(): void {
    const arranged = this.arranged;
    const unanswered = arranged.findIndex((item) => !this.progress!.checked[item.question.key]);
    if (unanswered >= 0) {
      this.goToPosition(unanswered);
      this.announce(this.localize.term('stillToAnswer', unanswered + 1));
      return;
    }
    this.setProgress({ ...this.progress!, showResult: true });
    this.focusAfterUpdate = '#result-heading';
  }

  private handleTryAgain(): void {
    const progress = this.progress!;
    this.startAttempt(newAttempt(progress.attempt + 1, progress.finished, this.freshSeed()));
  }

  private handleRetryLoad(): void {
    this.loaded = undefined;
    this.sourcesChanged = true;
    this.requestUpdate();
  }

  private startAttempt(progress: Progress): void {
    this.missing = new Set();
    this.announcement = '';
    this.setProgress(progress);
    const first = this.arranged[0];
    if (first) {
      this.focusAfterUpdate = `#legend-${first.question.index}`;
    }
  }

  /** Points earned so far: 1 per right answer, a fraction with `scoring="partial"`. */
  get score(): number {
    return this.summary.score;
  }

  /** Points available: 1 per question. */
  get maxScore(): number {
    return this.summary.maxScore;
  }

  /** Whether the learner reached `pass-mark`; null until every question is checked, and always without a pass mark. */
  get passed(): boolean | null {
    return this.summary.passed;
  }

  /** True once every question is checked. */
  get completed(): boolean {
    return this.summary.complete;
  }

  /**
   * Starts over: clears every answer, the attempt count and anything stored, and shows the first
   * question. Fires no event. Focus moves to the first question only if it was inside the quiz.
   */
  reset(): void {
    const hadFocus = this.matches(':focus-within');
    const key = this.storageKey;
    if (key) {
      removeItem(key);
    }
    this.startAttempt(newAttempt(1, 0, this.freshSeed()));
    if (!hadFocus) {
      this.focusAfterUpdate = undefined;
    }
  }

  /**
   * What the learner is told about an answer. Ticking only right choices but not all of them is
   * "partly right" even when all-or-nothing scoring gives it no point: "Not quite" beside each
   * ticked choice's "Yes, …" would contradict itself.
   */
  private verdictOf(question: Question, checked: readonly string[]): Verdict {
    const score = scoreAnswer(question, checked, this.scoringMode);
    if (score === 1) {
      return 'correct';
    }
    const right = new Set(question.choices.filter((choice) => choice.correct).map((choice) => choice.value));
    const onlyRight = checked.length > 0 && checked.every((value) => right.has(value));
    return score > 0 || (question.type === 'multiple' && onlyRight) ? 'partial' : 'incorrect';
  }

  private verdictText(verdict: Verdict): string {
    return this.localize.term(verdict === 'correct' ? 'correct' : verdict === 'partial' ? 'partlyCorrect' : 'notQuite');
  }

  private choiceLabel(choice: Choice): string {
    return choice.generated ? this.localize.term(choice.generated === 'true' ? 'trueChoice' : 'falseChoice') : choice.text;
  }

  override render(): TemplateResult {
    const label = this.heading ? undefined : this.localize.term('quiz');
    return html`<section part="base" class="base" dir=${this.localize.dir()}
      aria-labelledby=${ifDefined(this.heading ? 'heading' : undefined)} aria-label=${ifDefined(label)}>
      ${this.renderAuthorErrors()}
      ${this.heading
        ? html`<header part="header" class="header">
            <div part="heading" class="heading" id="heading" role="heading" aria-level=${this.level}>${this.heading}</div>
          </header>`
        : nothing}
      ${this.renderBody()}
      <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </section>`;
  }

  private renderBody(): TemplateResult {
    if (this.loadStatus === 'loading') {
      return html`<p part="message" class="message">${this.localize.term('loading')}</p>`;
    }
    if (this.loadStatus === 'failed') {
      return html`<p part="message" class="message">${this.localize.term('loadFailed')}</p>
        <div class="actions">
          <button part="retry-button" class="button" type="button" @click=${this.handleRetryLoad}>${this.localize.term('tryAgain')}</button>
        </div>`;
    }
    const progress = this.progress;
    if (this.model.questions.length === 0 || !progress) {
      return html`<p part="message" class="message">${this.localize.term('noQuestions')}</p>`;
    }
    const arranged = this.arranged;
    const summary = this.summary;
    const notice = this.notSaved
      ? html`<p part="notice" class="notice" role="note"><span aria-hidden="true">ⓘ </span>${this.localize.term('notSaved')}</p>`
      : nothing;
    if (this.layout === 'list') {
      return html`${notice}
        ${arranged.map((item, position) => this.renderQuestion(item, position, arranged.length))}
        ${summary.complete ? this.renderResult(arranged, summary) : nothing}`;
    }
    if (progress.showResult && summary.complete) {
      return html`${notice}${this.renderResult(arranged, summary)}`;
    }
    const position = Math.min(progress.position, arranged.length - 1);
    return html`${notice}${this.renderQuestion(arranged[position], position, arranged.length)}
      ${this.renderNavigation(position, arranged.length, Boolean(progress.checked[arranged[position].question.key]))}`;
  }

  private renderQuestion({ question, choices }: ArrangedQuestion, position: number, total: number): TemplateResult {
    const i = question.index;
    const checked = this.progress!.checked[question.key];
    const selected = checked ?? this.progress!.selected[question.key] ?? [];
    const missing = this.missing.has(question.key);
    const describedBy = [question.type === 'multiple' ? `hint-${i}` : '', missing ? `error-${i}` : ''].filter(Boolean).join(' ');
    return html`<div part="question" class="question">
      <fieldset part="fieldset" class="fieldset" aria-describedby=${ifDefined(describedBy || undefined)}
        @keydown=${(event: KeyboardEvent) => this.handleChoiceKeydown(question, event)}>
        <legend part="legend" class="legend" id="legend-${i}" tabindex="-1">
          <span part="question-number" class="number">${this.localize.term('questionOf', position + 1, total)}</span>
          <span part="prompt" class="prompt">${question.prompt}</span>
        </legend>
        ${question.type === 'multiple' ? html`<p part="hint" class="hint" id="hint-${i}">${this.localize.term('chooseAll')}</p>` : nothing}
        <div part="choices" class="choices">
          ${choices.map((choice, c) => this.renderChoice(question, choice, `q${i}-${c}`, selected, checked !== undefined))}
        </div>
        ${missing
          ? html`<p part="error" class="error" id="error-${i}"><span aria-hidden="true">⚠ </span>${this.localize.term('chooseFirst')}</p>`
          : nothing}
      </fieldset>
      ${checked
        ? this.renderFeedback(question, checked)
        : html`<div class="actions">
            <button part="check-button" class="button primary" type="button" @click=${() => this.handleCheck(question)}>
              ${this.localize.term('check')}
            </button>
          </div>`}
    </div>`;
  }

  private renderChoice(question: Question, choice: Choice, id: string, selected: readonly string[], locked: boolean): TemplateResult {
    const chosen = selected.includes(choice.value);
    const state = locked && choice.correct ? ' choice-correct' : locked && chosen ? ' choice-incorrect' : '';
    return html`<label part="choice${state}" class="choice" for=${id}>
      <input id=${id} class="control" type=${question.type === 'multiple' ? 'checkbox' : 'radio'} name="q${question.index}"
        .value=${choice.value} .checked=${live(chosen)} ?disabled=${locked}
        @change=${(event: Event) => this.handleChoiceChange(question, event)} />
      <span class="choice-text">${this.choiceLabel(choice)}</span>
      ${locked && (choice.correct || chosen)
        ? html`<span class="marks">
            ${choice.correct ? html`<span part="mark" class="mark correct"><span aria-hidden="true">✓ </span>${this.localize.term('correctAnswer')}</span>` : nothing}
            ${chosen ? html`<span part="mark" class="mark chosen">${this.localize.term('yourAnswer')}</span>` : nothing}
          </span>`
        : nothing}
    </label>`;
  }

  private renderVerdict(verdict: Verdict): TemplateResult {
    return html`<p part="verdict" class="verdict"><span class="icon" aria-hidden="true">${verdictIcons[verdict]}</span>${this.verdictText(verdict)}</p>`;
  }

  private renderFeedback(question: Question, checked: readonly string[]): TemplateResult {
    const verdict = this.verdictOf(question, checked);
    const feedback = question.choices.filter((choice) => checked.includes(choice.value) && choice.feedback !== '');
    return html`<div part="feedback feedback-${verdict}" class="feedback ${verdict}" id="feedback-${question.index}" tabindex="-1">
      ${this.renderVerdict(verdict)}
      ${feedback.map((choice) => html`<p part="choice-feedback" class="choice-feedback">${choice.feedback}</p>`)}
      ${question.explanation ? html`<p part="explanation" class="explanation">${question.explanation}</p>` : nothing}
    </div>`;
  }

  private renderNavigation(position: number, total: number, checked: boolean): TemplateResult {
    const last = position === total - 1;
    return html`<div part="navigation" class="navigation">
      ${position > 0
        ? html`<button part="previous-button" class="button" type="button" @click=${() => this.goToPosition(position - 1)}>
            <span aria-hidden="true" class="arrow">‹ </span>${this.localize.term('previous')}
          </button>`
        : nothing}
      ${last
        ? html`<button part="result-button" class="button ${checked ? 'primary' : ''}" type="button" @click=${this.handleSeeResult}>
            ${this.localize.term('seeResult')}
          </button>`
        : html`<button part="next-button" class="button ${checked ? 'primary' : ''}" type="button" @click=${() => this.goToPosition(position + 1)}>
            ${this.localize.term('next')}<span aria-hidden="true" class="arrow"> ›</span>
          </button>`}
    </div>`;
  }

  private renderResult(arranged: ArrangedQuestion[], summary: QuizSummary): TemplateResult {
    const passMark = this.passMarkValue;
    const limit = this.attemptLimit;
    const left = limit === undefined ? undefined : Math.max(0, limit - this.progress!.finished);
    return html`<div part="result" class="result">
      <div part="result-heading" class="result-heading" id="result-heading" role="heading" aria-level=${Math.min(this.level + 1, 6)} tabindex="-1">
        ${this.localize.term('resultHeading')}
      </div>
      <p part="score" class="score">${this.localize.term('scoreSummary', summary.score, summary.maxScore, summary.percent)}</p>
      ${passMark === undefined
        ? nothing
        : html`<p part="pass-status" class="pass-status ${summary.passed ? 'passed' : 'not-passed'}">
            <span class="icon" aria-hidden="true">${summary.passed ? '✓' : 'ⓘ'}</span>${this.localize.term(summary.passed ? 'passed' : 'notPassed', passMark)}
          </p>`}
      <div class="review-heading" role="heading" aria-level=${Math.min(this.level + 2, 6)}>${this.localize.term('reviewHeading')}</div>
      <ol part="review" class="review">
        ${arranged.map(({ question }) => this.renderReviewItem(question))}
      </ol>
      <div class="actions">
        ${left === 0
          ? html`<p part="attempts" class="attempts">${this.localize.term('noAttemptsLeft')}</p>`
          : html`${left === undefined ? nothing : html`<p part="attempts" class="attempts">${this.localize.term('attemptsLeft', left)}</p>`}
              <button part="try-again-button" class="button primary" type="button" @click=${this.handleTryAgain}>${this.localize.term('tryAgain')}</button>`}
      </div>
    </div>`;
  }

  private renderReviewItem(question: Question): TemplateResult {
    const checked = this.progress!.checked[question.key] ?? [];
    const labels = (choices: Choice[]) => choices.map((choice) => this.choiceLabel(choice)).join(' · ');
    const verdict = this.verdictOf(question, checked);
    return html`<li part="review-item" class="review-item ${verdict}">
      <p class="review-prompt">${question.prompt}</p>
      ${this.renderVerdict(verdict)}
      <dl class="answers">
        <dt>${this.localize.term('yourAnswer')}</dt>
        <dd>${labels(question.choices.filter((choice) => checked.includes(choice.value)))}</dd>
        <dt>${this.localize.term('correctAnswer')}</dt>
        <dd>${labels(question.choices.filter((choice) => choice.correct))}</dd>
      </dl>
      ${question.explanation ? html`<p class="explanation">${question.explanation}</p>` : nothing}
    </li>`;
  }
}
