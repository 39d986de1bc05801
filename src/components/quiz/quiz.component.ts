import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
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
  type QuizSummary,
} from './quiz-model.js';
import styles from './quiz.styles.js';
import { readQuestions } from './read-children.js';
import type {} from '../../events/answer.js';
import type {} from '../../events/complete.js';

/** How long the `src` file may take before the learner is told it could not be loaded. */
const loadTimeout = 10_000;

type Read = { sources: QuestionSource[]; issue?: QuizIssue };

/** What the learner is told about an answer: its icon and its words. */
const verdicts = {
  correct: ['✓', 'correct'],
  partial: ['◐', 'partlyCorrect'],
  incorrect: ['✗', 'notQuite'],
} as const;
type Verdict = keyof typeof verdicts;

/** The shuffle seed of an attempt when the author gave none. */
const randomSeed = (): number => (Math.random() * 2 ** 32) >>> 0;

/**
 * @summary A knowledge check written in plain HTML (or JSON): single-answer, multiple-answer and
 * true-false questions, each checked with feedback that teaches, then a result with a review.
 * @tagname mhm-quiz
 *
 * @slot - `<mhm-question>` children, or one `<script type="application/json">` child with
 * `{"questions": [{"type", "prompt", "explanation", "answer", "choices": [{"text", "correct", "feedback", "value"}]}]}`.
 * Read as data, never shown as they are; ignored when `src` is set.
 *
 * @event {{ id: string, questionIndex: number, questionType: 'single' | 'multiple' | 'true-false', selected: string[], selectedIndexes: number[], correct: boolean, score: number }} mhm-answer - The learner pressed Check on a question (`questionIndex` and `selectedIndexes` are authored positions, from 0).
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

  /** The validated heading level used by render. */
  private level!: number;

  /** The usable questions, in authored order. Plain fields below change only in `willUpdate`, or beside reactive state that re-renders. */
  private questions: Question[] = [];

  /** The learner's progress; undefined until there are questions. */
  @state() private progress?: Progress;

  /** Set while the `src` file loads, or once it failed. */
  @state() private loadStatus?: 'loading' | 'failed';

  /** Text of the polite live region. */
  @state() private announcement = '';

  /** Questions (by key) whose Check was pressed with nothing chosen. */
  private missing = new Set<string>();

  /** True once storing the answers on the device failed (they still live in the page). */
  private notSaved?: boolean;

  /** Watches the light-DOM children, so questions a CMS adds or edits later are picked up. */
  private childObserver?: MutationObserver;
  private sourcesChanged?: boolean;
  /** Questions read from `src`, once loaded. */
  private loaded?: Read & { src: string };
  private loadController?: AbortController;
  /** Author-error keys raised by the questions, so fixed ones are cleared. */
  private questionIssues: string[] = [];
  /** The storage key whose progress is in `progress`, so a new `quiz-id` restores its own. */
  private restoredFrom?: string;
  /** Selector of the element to focus after the next render. */
  private focusAfterUpdate?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    // Created on connect, not with the element: servers (Lit SSR) construct elements and have no MutationObserver.
    this.childObserver ??= new MutationObserver((records) => {
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
    if (this.loadController) {
      this.stopLoading();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.validateOptions();
    if (this.sourcesChanged || changed.has('src')) {
      this.sourcesChanged = false;
      this.readSources();
    }
    const key = this.storageKey;
    if (this.questions.length > 0 && (!this.progress || (key && key !== this.restoredFrom))) {
      const stored = key ? readJson(readItem(key)) : undefined;
      this.progress = (stored?.ok && restoreProgress(stored.value)) || newAttempt(1, 0, randomSeed());
      this.restoredFrom = key;
    }
  }

  protected override updated(): void {
    if (this.focusAfterUpdate) {
      this.shadowRoot?.querySelector<HTMLElement>(this.focusAfterUpdate)?.focus();
      this.focusAfterUpdate = undefined;
    }
  }

  /** Checks every option on each update: a mistake is shown and logged once, and cleared when fixed. */
  private validateOptions(): void {
    this.level = this.checkHeadingLevel(this.headingLevel);
    const options: Array<[string, unknown, string]> = [
      ['layout', this.layout === 'paged' || this.layout === 'list', 'Use layout="paged" or layout="list". Showing "paged" meanwhile.'],
      ['pass-mark', this.passMark == null || this.passMarkValue !== undefined, 'Use a percentage from 0 to 100. No pass mark meanwhile.'],
      ['scoring', this.scoring === 'all' || this.scoring === 'partial', 'Use scoring="all" or scoring="partial". Scoring all or nothing meanwhile.'],
      ['attempts', this.attempts == null || this.attemptLimit, 'Use a whole number of 1 or more, or none for no limit. No limit meanwhile.'],
      ['shuffle', parseShuffle(this.shuffle).unknown.length === 0, 'Use shuffle, shuffle="choices" or shuffle="questions choices". Other words are ignored meanwhile.'],
      ['persist', !this.persist || this.storageKey, 'Give the quiz a quiz-id="…" unique on the site. Nothing is stored meanwhile.'],
    ];
    for (const [attribute, ok, fix] of options) {
      this.report(attribute, this.getAttribute(attribute), !ok && fix);
    }
  }

  /** The questions from `src`, else the JSON script child, else the `<mhm-question>` children. */
  private readSources(): void {
    let read: Read;
    if (this.src != null) {
      if (this.loaded?.src !== this.src) {
        void this.startLoad(this.src);
        return;
      }
      read = this.loaded;
    } else {
      this.stopLoading();
      this.loaded = undefined;
      this.clearAuthorError('src');
      const script = [...this.children].find((child) => child.localName === 'script' && child.getAttribute('type') === 'application/json');
      read = script ? this.readJsonText(script.textContent, 'script') : { sources: readQuestions(this) };
    }
    const model = buildQuiz(read.sources);
    this.questions = model.questions;
    // A broken JSON text already says why there are no questions.
    this.reportQuestionIssues(read.issue ? [read.issue] : model.issues);
  }

  /** Cancels a load in progress. */
  private stopLoading(): void {
    this.loadController?.abort();
    this.loadController = undefined;
    this.loadStatus = undefined;
  }

  private readJsonText(text: string | null, where: string): Read {
    const json = readJson(text);
    return json.ok
      ? questionsFromJson(json.value, where)
      : { sources: [], issue: { where, value: json.line ? `line ${json.line}, column ${json.column}` : (text ?? '').slice(0, 40), fix: `Fix the JSON: ${json.message}.` } };
  }

  private reportQuestionIssues(issues: readonly QuizIssue[]): void {
    const current = issues.map((issue) => issue.where);
    for (const where of this.questionIssues) {
      if (!current.includes(where)) {
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
    this.stopLoading();
    this.questions = [];
    this.reportQuestionIssues([]);
    const checked = safeUrl(src);
    const url = checked.ok ? new URL(checked.url, document.baseURI) : undefined;
    if (!url || !/^https?:$/.test(url.protocol)) {
      const reason = url ? `the "${url.protocol}" scheme cannot hold a file` : (checked as { reason: string }).reason;
      this.authorError('src', src, `It is not loaded because ${reason}: use an https:, http: or relative URL of a JSON file.`);
      this.loadStatus = 'failed';
      return;
    }
    const controller = (this.loadController = new AbortController());
    this.loadStatus = 'loading';
    const timer = setTimeout(() => controller.abort(), loadTimeout);
    let text: string | undefined;
    let reason: string | undefined;
    try {
      const response = await fetch(url.href, { signal: controller.signal, headers: { Accept: 'application/json' } });
      if (response.ok) {
        text = await response.text();
      } else {
        reason = `the server answered ${response.status} ${response.statusText}`.trim();
      }
    } catch (error) {
      // Only the timer aborts the current load; a newer load, or leaving the page, replaces it.
      reason = controller.signal.aborted ? `no answer came within ${loadTimeout / 1000} seconds` : `the request failed (${String(error)})`;
    }
    clearTimeout(timer);
    if (controller === this.loadController) {
      this.loadController = undefined;
      if (reason) {
        this.authorError('src', src, `The quiz file could not be loaded: ${reason}. Check the address, and that its server lets this page read it (CORS).`);
        this.loadStatus = 'failed';
      } else {
        this.clearAuthorError('src');
        this.loaded = { src, ...this.readJsonText(text!, 'src') };
        this.loadStatus = undefined;
        this.sourcesChanged = true;
      }
    }
  }

  private get storageKey(): string | undefined {
    const id = this.quizId?.trim();
    return this.persist && id ? `quiz:${id}` : undefined;
  }

  private get passMarkValue(): number | undefined {
    const mark = this.passMark;
    return mark != null && mark >= 0 && mark <= 100 ? mark : undefined;
  }

  private get attemptLimit(): number | undefined {
    return Number.isSafeInteger(this.attempts) && this.attempts! > 0 ? this.attempts : undefined;
  }

  private get summary(): QuizSummary {
    return summarize(this.questions, this.progress?.checked ?? {}, this.scoring, this.passMarkValue);
  }

  /** The questions and choices in this attempt's order. */
  private get arranged(): ArrangedQuestion[] {
    const { attempt, seed } = this.progress!;
    return arrange(this.questions, this.seed != null ? attemptSeed(this.seed, attempt) : seed, parseShuffle(this.shuffle));
  }

  /** Replaces the progress and stores it when `persist` asks; a refused write only shows a note. */
  private setProgress(progress: Partial<Progress>): void {
    this.progress = { ...this.progress!, ...progress };
    const key = this.storageKey;
    if (key) {
      this.notSaved = !writeItem(key, JSON.stringify(this.progress)).persisted;
    }
  }

  /** Sets the live region; the same text twice is made different, or it would not be read again. */
  private announce(text: string): void {
    this.announcement = text === this.announcement ? `${text}\u00a0` : text;
  }

  private handleChoiceChange(question: Question, event: Event): void {
    const input = event.target as HTMLInputElement;
    const { selected } = this.progress!;
    const before = selected[question.key] ?? [];
    const now = input.type === 'radio' ? [input.value] : input.checked ? [...before, input.value] : before.filter((value) => value !== input.value);
    this.missing.delete(question.key);
    this.setProgress({ selected: { ...selected, [question.key]: now } });
  }

  private handleCheck(question: Question): void {
    const progress = this.progress!;
    const { key, index } = question;
    if (progress.checked[key]) {
      return;
    }
    // In the author's order, whatever order the learner ticked them in.
    const picked = progress.selected[key] ?? [];
    const selectedIndexes = question.choices.flatMap((choice, position) => (picked.includes(choice.value) ? [position] : []));
    const selected = selectedIndexes.map((position) => question.choices[position].value);
    if (selected.length === 0) {
      this.missing.add(key);
      this.announce(this.localize.term('chooseFirst'));
      return;
    }
    const { [key]: _picked, ...stillSelected } = progress.selected;
    const checked = { ...progress.checked, [key]: selected };
    const summary = summarize(this.questions, checked, this.scoring, this.passMarkValue);
    // Checking the last unanswered question finishes the attempt.
    const { complete, answered, maxScore } = summary;
    this.setProgress({ selected: stillSelected, checked, finished: progress.finished + (complete ? 1 : 0) });
    const score = scoreAnswer(question, selected, this.scoring);
    this.announce(
      `${this.localize.term(verdicts[this.verdictOf(question, selected)][1])}. ${
        complete ? this.localize.term('allAnswered') : this.localize.term('answeredOf', answered, maxScore)
      }`,
    );
    this.focusAfterUpdate = `#feedback-${index}`;
    this.emit('mhm-answer', { id: this.id, questionIndex: index, questionType: question.type, selected: [...selected], selectedIndexes, correct: score === 1, score });
    if (complete) {
      this.emit('mhm-complete', { activity: 'quiz', id: this.id, completed: true, score: summary.score, maxScore, percent: summary.percent, passed: summary.passed });
    }
  }

  /** Shows another question of the paged layout and puts focus on its legend. */
  private goToPosition(position: number): void {
    this.setProgress({ position, showResult: false });
    this.focusAfterUpdate = `#legend-${this.arranged[position]?.question.index}`;
  }

  private handleSeeResult(): void {
    const unanswered = this.arranged.findIndex((item) => !this.progress!.checked[item.question.key]);
    if (unanswered < 0) {
      this.setProgress({ showResult: true });
      this.focusAfterUpdate = '#result-heading';
    } else {
      this.goToPosition(unanswered);
      this.announce(this.localize.term('stillToAnswer', unanswered + 1));
    }
  }

  private handleTryAgain(): void {
    const { attempt, finished } = this.progress!;
    this.startAttempt(attempt + 1, finished);
  }

  private handleRetryLoad(): void {
    this.loaded = undefined;
    this.sourcesChanged = true;
    this.requestUpdate();
  }

  /** Starts attempt number `attempt`, with `finished` attempts behind it, on a new shuffle. */
  private startAttempt(attempt = 1, finished = 0): void {
    this.missing.clear();
    this.announcement = '';
    // Stored, and the first question focused, by goToPosition.
    this.progress = newAttempt(attempt, finished, randomSeed());
    this.goToPosition(0);
  }

  /** Points earned so far: 1 per right answer, a fraction with `scoring="partial"`. */
  get score(): number {
    return this.summary.score;
  }

  /** Points available: 1 per question. */
  get maxScore(): number {
    return this.summary.maxScore;
  }

  /** `score` as a whole percentage of `maxScore`, as `mhm-complete` reports it. */
  get percent(): number {
    return this.summary.percent;
  }

  /** Whether the learner reached `pass-mark`; null until every question is checked, and always without a pass mark. */
  get passed(): boolean | null {
    return this.summary.passed;
  }

  /** True once every question is checked, a finished attempt restored by `persist` included. */
  get completed(): boolean {
    return this.summary.complete;
  }

  /** Attempts the learner may still finish: 0 once the last one allowed by `attempts` is finished; null without a limit. */
  get attemptsLeft(): number | null {
    const limit = this.attemptLimit;
    return limit ? Math.max(0, limit - (this.progress?.finished ?? 0)) : null;
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
    this.startAttempt();
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
    const score = scoreAnswer(question, checked, this.scoring);
    const onlyRight = checked.length > 0 && checked.every((value) => question.choices.some((choice) => choice.correct && choice.value === value));
    return score === 1 ? 'correct' : score > 0 || (question.type === 'multiple' && onlyRight) ? 'partial' : 'incorrect';
  }

  private choiceLabel(choice: Choice): string {
    return choice.generated ? this.localize.term(`${choice.generated}Choice` as const) : choice.text;
  }

  private renderButton(part: string, label: unknown, handler: () => void, primary?: unknown): TemplateResult {
    return html`<button part=${part} class="button ${primary ? 'primary' : ''}" type="button" @click=${handler}>${label}</button>`;
  }

  override render(): TemplateResult {
    return html`<section part="base" class="base" dir=${this.localize.dir()}
      aria-labelledby=${this.heading ? 'heading' : nothing} aria-label=${this.heading ? nothing : this.localize.term('quiz')}>
      ${this.renderAuthorErrors()}
      ${this.heading
        ? html`<header part="header">
            <div part="heading" id="heading" role="heading" aria-level=${this.level}>${this.heading}</div>
          </header>`
        : nothing}
      ${this.renderBody()}
      <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </section>`;
  }

  private renderBody(): unknown {
    const { loadStatus, progress } = this;
    const message = (term: 'loading' | 'loadFailed' | 'noQuestions') => html`<p part="message">${this.localize.term(term)}</p>`;
    if (loadStatus) {
      return loadStatus === 'loading'
        ? message('loading')
        : [message('loadFailed'), html`<div class="actions">${this.renderButton('retry-button', this.localize.term('tryAgain'), this.handleRetryLoad)}</div>`];
    }
    if (!this.questions.length || !progress) {
      return message('noQuestions');
    }
    const arranged = this.arranged;
    const summary = this.summary;
    const list = this.layout === 'list';
    const position = Math.min(progress.position, arranged.length - 1);
    const result = summary.complete && (list || progress.showResult);
    return html`${this.notSaved
        ? html`<p part="notice" class="notice" role="note"><span aria-hidden="true">ⓘ </span>${this.localize.term('notSaved')}</p>`
        : nothing}
      ${list
        ? arranged.map((item, i) => this.renderQuestion(item, i))
        : result
          ? nothing
          : [this.renderQuestion(arranged[position], position), this.renderNavigation(position, progress.checked[arranged[position].question.key])]}
      ${result ? this.renderResult(arranged, summary) : nothing}`;
  }

  private renderQuestion({ question, choices }: ArrangedQuestion, position: number): TemplateResult {
    const { index: i, key, type } = question;
    const checked = this.progress!.checked[key];
    const selected = checked ?? this.progress!.selected[key] ?? [];
    const missing = this.missing.has(key);
    const multiple = type === 'multiple';
    const describedBy = [multiple && `hint-${i}`, missing && `error-${i}`].filter(Boolean).join(' ');
    return html`<div part="question">
      <fieldset part="fieldset" aria-describedby=${describedBy || nothing}
        @keydown=${(event: KeyboardEvent) => {
          // Enter on a choice checks the answer, as the Check button does; arrows and Space stay native.
          if (event.key === 'Enter') {
            event.preventDefault();
            this.handleCheck(question);
          }
        }}>
        <legend part="legend" id="legend-${i}" tabindex="-1">
          <span part="question-number">${this.localize.term('questionOf', position + 1, this.questions.length)}</span>
          <span part="prompt">${question.prompt}</span>
        </legend>
        ${multiple ? html`<p part="hint" id="hint-${i}">${this.localize.term('chooseAll')}</p>` : nothing}
        <div part="choices">
          ${choices.map((choice, c) => {
            const chosen = selected.includes(choice.value);
            const { correct } = choice;
            return html`<label part="choice${checked ? (correct ? ' choice-correct' : chosen ? ' choice-incorrect' : '') : ''}" for="q${i}-${c}">
              <input id="q${i}-${c}" class="control" type=${multiple ? 'checkbox' : 'radio'} name="q${i}"
                .value=${choice.value} .checked=${live(chosen)} ?disabled=${!!checked}
                @change=${(event: Event) => this.handleChoiceChange(question, event)} />
              <span class="choice-text">${this.choiceLabel(choice)}</span>
              ${checked && (correct || chosen)
                ? html`<span class="marks">
                    ${correct ? html`<span part="mark" class="mark correct"><span aria-hidden="true">✓ </span>${this.localize.term('correctAnswer')}</span>` : nothing}
                    ${chosen ? html`<span part="mark" class="mark chosen">${this.localize.term('yourAnswer')}</span>` : nothing}
                  </span>`
                : nothing}
            </label>`;
          })}
        </div>
        ${missing ? html`<p part="error" id="error-${i}"><span aria-hidden="true">⚠ </span>${this.localize.term('chooseFirst')}</p>` : nothing}
      </fieldset>
      ${checked
        ? this.renderFeedback(question, checked)
        : html`<div class="actions">${this.renderButton('check-button', this.localize.term('check'), () => this.handleCheck(question), true)}</div>`}
    </div>`;
  }

  private renderVerdict(verdict: Verdict): TemplateResult {
    return html`<p part="verdict"><span class="icon" aria-hidden="true">${verdicts[verdict][0]}</span>${this.localize.term(verdicts[verdict][1])}</p>`;
  }

  private renderFeedback(question: Question, checked: readonly string[]): TemplateResult {
    const verdict = this.verdictOf(question, checked);
    return html`<div part="feedback feedback-${verdict}" class=${verdict} id="feedback-${question.index}" tabindex="-1">
      ${this.renderVerdict(verdict)}
      ${question.choices.map((choice) =>
        checked.includes(choice.value) && choice.feedback ? html`<p part="choice-feedback">${choice.feedback}</p>` : nothing,
      )}
      ${question.explanation ? html`<p part="explanation">${question.explanation}</p>` : nothing}
    </div>`;
  }

  private renderNavigation(position: number, checked: unknown): TemplateResult {
    const last = position === this.questions.length - 1;
    return html`<div part="navigation">
      ${position > 0
        ? this.renderButton('previous-button', html`<span aria-hidden="true" class="arrow">‹ </span>${this.localize.term('previous')}`, () => this.goToPosition(position - 1))
        : nothing}
      ${last
        ? this.renderButton('result-button', this.localize.term('seeResult'), this.handleSeeResult, checked)
        : this.renderButton('next-button', html`${this.localize.term('next')}<span aria-hidden="true" class="arrow"> ›</span>`, () => this.goToPosition(position + 1), checked)}
    </div>`;
  }

  private renderResult(arranged: ArrangedQuestion[], summary: QuizSummary): TemplateResult {
    const passMark = this.passMarkValue;
    const left = this.attemptsLeft;
    const labels = (choices: Choice[]) => choices.map((choice) => this.choiceLabel(choice)).join(' · ');
    return html`<div part="result">
      <div part="result-heading" id="result-heading" role="heading" aria-level=${Math.min(this.level + 1, 6)} tabindex="-1">
        ${this.localize.term('resultHeading')}
      </div>
      <p part="score">${this.localize.term('scoreSummary', summary.score, summary.maxScore, summary.percent)}</p>
      ${passMark === undefined
        ? nothing
        : html`<p part="pass-status" class=${summary.passed ? 'passed' : ''}>
            <span class="icon" aria-hidden="true">${summary.passed ? '✓' : 'ⓘ'}</span>${this.localize.term(summary.passed ? 'passed' : 'notPassed', passMark)}
          </p>`}
      <div class="review-heading" role="heading" aria-level=${Math.min(this.level + 2, 6)}>${this.localize.term('reviewHeading')}</div>
      <ol part="review">
        ${arranged.map(({ question }) => {
          const checked = this.progress!.checked[question.key] ?? [];
          const verdict = this.verdictOf(question, checked);
          return html`<li part="review-item" class=${verdict}>
            <p class="review-prompt">${question.prompt}</p>
            ${this.renderVerdict(verdict)}
            <dl class="answers">
              <dt>${this.localize.term('yourAnswer')}</dt>
              <dd>${labels(question.choices.filter((choice) => checked.includes(choice.value)))}</dd>
              <dt>${this.localize.term('correctAnswer')}</dt>
              <dd>${labels(question.choices.filter((choice) => choice.correct))}</dd>
            </dl>
            ${question.explanation ? html`<p>${question.explanation}</p>` : nothing}
          </li>`;
        })}
      </ol>
      <div class="actions">
        ${left === 0
          ? html`<p part="attempts">${this.localize.term('noAttemptsLeft')}</p>`
          : [
              left ? html`<p part="attempts">${this.localize.term('attemptsLeft', left)}</p>` : nothing,
              this.renderButton('try-again-button', this.localize.term('tryAgain'), this.handleTryAgain, true),
            ]}
      </div>
    </div>`;
  }
}
