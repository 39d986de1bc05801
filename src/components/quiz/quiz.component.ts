import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { AnnouncerController } from '../../controllers/announcer.js';
import { FocusController } from '../../controllers/focus.js';
import { StoredRecordController } from '../../controllers/stored-record.js';
import { defaultHeadingLevel, MhmElement } from '../../internal/mhm-element.js';
import { renderNotice } from '../../internal/notice.js';
import blockStyles from '../../styles/blocks.styles.js';
import hostStyles from '../../styles/host.styles.js';
import { arrange, attemptCounted, attemptSeed, finishedWith, parseShuffle, scoreAnswer, summarize, verdictOf } from './quiz-model.js';
import type { ArrangedQuestion, Progress, Question, QuizSummary } from './quiz-model.js';
import { attemptLimitOf, checkOptions, passMarkOf } from './quiz-options.js';
import { renderAttempt, renderMessage, renderSourceStatus, verdicts, type QuizView } from './quiz-render.js';
import { QuizProgressController } from './quiz-progress-controller.js';
import { QuizSourceController } from './quiz-source-controller.js';
import styles from './quiz.styles.js';
import type {} from '../../events/answer.js';
import type {} from '../../events/complete.js';

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
 * @event {{ activity: 'quiz', id: string, completed: true, score: number, maxScore: number, percent: number, passed: boolean | null }} mhm-complete - The learner checked the last unanswered question, or the author's script removed every question still unanswered (once per attempt). `passed` is null without a pass mark.
 *
 * @csspart base - The quiz's outer box.
 * @csspart header - The box around the heading.
 * @csspart heading - The heading.
 * @csspart message - A message instead of the questions: loading, could not load, not available, no questions.
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

  /** The questions, from `src`, a JSON script child or the `<mhm-question>` children. */
  private readonly source = new QuizSourceController(this, (attribute, value, fix) => this.report(attribute, value, fix));

  /** The learner's progress, and its copy on the device with `persist`. */
  private readonly progress = new QuizProgressController(this, () => this.storageKey);

  private readonly announcer = new AnnouncerController(this);

  /** Moves focus to what an action showed: feedback, a question, the result. */
  private readonly focusMover = new FocusController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.validateOptions();
    const before = this.progress.value;
    const wasComplete = this.completed;
    if (this.source.changed || changed.has('src')) {
      this.source.update(this.src);
    }
    this.progress.restore(this.questions.length > 0);
    // A script removed the last questions the learner had left: finished as by a last Check (not a restore).
    if (before && before === this.progress.value && !wasComplete && this.completed && !attemptCounted(before)) {
      this.progress.set({ finished: finishedWith(before) });
      this.announcer.announce(this.localize.term('allAnswered'));
      this.emitComplete();
    }
  }

  /** Checks every option on each update: a mistake is shown and logged once, and cleared when fixed. */
  private validateOptions(): void {
    this.level = this.checkHeadingLevel(this.headingLevel);
    for (const [attribute, ok, fix] of checkOptions(this, this.persist, this.storageKey)) {
      this.report(attribute, this.getAttribute(attribute), !ok && fix);
    }
  }

  /** The usable questions, in authored order. */
  private get questions(): Question[] {
    return this.source.questions;
  }

  private get storageKey(): string | undefined {
    return StoredRecordController.keyFor(this.persist, this.quizId, (id) => `quiz:${id}`);
  }

  private get summary(): QuizSummary {
    return summarize(this.questions, this.progress.value?.checked ?? {}, this.scoring, passMarkOf(this.passMark));
  }

  /** The questions and choices in this attempt's order. */
  private get arranged(): ArrangedQuestion[] {
    const { attempt, seed } = this.progress.value!;
    return arrange(this.questions, this.seed != null ? attemptSeed(this.seed, attempt) : seed, parseShuffle(this.shuffle));
  }

  /** The question shown in the paged layout. */
  private get position(): number {
    return Math.min(this.progress.value!.position, this.questions.length - 1);
  }

  /** The question whose controls hold `element`. */
  private questionAround(element: Element): Question | undefined {
    const key = element.closest<HTMLElement>('[part~="question"]')?.dataset.key;
    return this.questions.find((question) => question.key === key);
  }

  private handleChoiceChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const question = this.questionAround(input);
    if (!question) {
      return;
    }
    const { selected } = this.progress.value!;
    const before = selected[question.key] ?? [];
    const now = input.type === 'radio' ? [input.value] : input.checked ? [...before, input.value] : before.filter((value) => value !== input.value);
    this.progress.missing.delete(question.key);
    this.progress.set({ selected: { ...selected, [question.key]: now } });
  }

  /** Enter on a choice checks the answer, as the Check button does; arrows and Space stay native. */
  private handleQuestionKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      this.checkAnswer(event.currentTarget as Element);
    }
  }

  private handleCheckClick(event: Event): void {
    this.checkAnswer(event.currentTarget as Element);
  }

  private handlePreviousClick(): void {
    this.goToPosition(this.position - 1);
  }

  private handleNextClick(): void {
    this.goToPosition(this.position + 1);
  }

  private handleResultClick(): void {
    const unanswered = this.arranged.findIndex((item) => !this.progress.value!.checked[item.question.key]);
    if (unanswered < 0) {
      this.progress.set({ showResult: true });
      this.focusMover.focusAfterUpdate('#result-heading');
    } else {
      this.goToPosition(unanswered);
      this.announcer.announce(this.localize.term('stillToAnswer', unanswered + 1));
    }
  }

  private handleTryAgainClick(): void {
    const { attempt, finished } = this.progress.value!;
    this.startAttempt(attempt + 1, finished);
  }

  private handleRetryLoadClick(): void {
    this.source.retry();
  }

  /** Checks the answer to the question around `element`: locks it, tells the learner, and fires the events. */
  private checkAnswer(element: Element): void {
    const progress = this.progress.value!;
    const question = this.questionAround(element);
    if (!question || progress.checked[question.key]) {
      return;
    }
    const { key, index } = question;
    // In the author's order, whatever order the learner ticked them in.
    const picked = progress.selected[key] ?? [];
    const selectedIndexes = question.choices.flatMap((choice, position) => (picked.includes(choice.value) ? [position] : []));
    const selected = selectedIndexes.map((position) => question.choices[position].value);
    if (selected.length === 0) {
      this.progress.missing.add(key);
      this.announcer.announce(this.localize.term('chooseFirst'));
      return;
    }
    const { [key]: _picked, ...stillSelected } = progress.selected;
    const checked = { ...progress.checked, [key]: selected };
    const summary = summarize(this.questions, checked, this.scoring, passMarkOf(this.passMark));
    // Checking the last unanswered question finishes the attempt.
    const { complete, answered, maxScore } = summary;
    this.progress.set({ selected: stillSelected, checked, finished: complete ? finishedWith(progress) : progress.finished });
    const score = scoreAnswer(question, selected, this.scoring);
    const verdict = this.localize.term(verdicts[verdictOf(question, selected, this.scoring)][1]);
    this.announcer.announce(`${verdict}. ${complete ? this.localize.term('allAnswered') : this.localize.term('answeredOf', answered, maxScore)}`);
    this.focusMover.focusAfterUpdate(`#feedback-${index}`);
    this.emit('mhm-answer', { id: this.id, questionIndex: index, questionType: question.type, selected: [...selected], selectedIndexes, correct: score === 1, score });
    if (complete) {
      this.emitComplete();
    }
  }

  /** Tells the page (a course, an LMS bridge) the result of the attempt just finished. */
  private emitComplete(): void {
    const { score, maxScore, percent, passed } = this.summary;
    this.emit('mhm-complete', { activity: 'quiz', id: this.id, completed: true, score, maxScore, percent, passed });
  }

  /** Shows another question of the paged layout and puts focus on its legend. */
  private goToPosition(position: number): void {
    this.progress.set({ position, showResult: false });
    this.focusMover.focusAfterUpdate(`#legend-${this.arranged[position]?.question.index}`);
  }

  /** Starts attempt number `attempt`, with `finished` attempts behind it, on a new shuffle. */
  private startAttempt(attempt: number, finished: number): void {
    this.progress.start(attempt, finished);
    this.announcer.clear();
    // Stored, and the first question focused, by goToPosition.
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
    const limit = attemptLimitOf(this.attempts);
    return limit ? Math.max(0, limit - (this.progress.value?.finished ?? 0)) : null;
  }

  /**
   * Starts over: clears every answer, the attempt count and anything stored (stored again only once
   * the learner acts), shows the first question, fires no event, and moves focus to it only if focus
   * was inside the quiz.
   */
  reset(): void {
    const hadFocus = this.matches(':focus-within');
    this.progress.clear();
    this.announcer.clear();
    if (hadFocus) {
      this.focusMover.focusAfterUpdate(`#legend-${this.arranged[0]?.question.index}`);
    }
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
      ${this.announcer.render()}
    </section>`;
  }

  private renderBody(): unknown {
    if (this.source.status) {
      return renderSourceStatus(this.localize, this.source.status, this.handleRetryLoadClick);
    }
    const progress = this.progress.value;
    if (!this.questions.length || !progress) {
      return renderMessage(this.localize, 'noQuestions');
    }
    // Only a refused write is the learner's business; an unreadable record just started a new attempt.
    return [this.progress.notSaved ? renderNotice(this.localize.term('notSaved')) : nothing, renderAttempt(this.view(progress))];
  }

  /** What the templates of `quiz-render.ts` need; Lit calls each handler with the quiz as `this`. */
  private view(progress: Progress): QuizView {
    return {
      localize: this.localize,
      layout: this.layout,
      progress,
      arranged: this.arranged,
      summary: this.summary,
      position: this.position,
      count: this.questions.length,
      scoring: this.scoring,
      missing: this.progress.missing,
      level: this.level,
      passMark: passMarkOf(this.passMark),
      attemptsLeft: this.attemptsLeft,
      onChoiceChange: this.handleChoiceChange,
      onQuestionKeydown: this.handleQuestionKeydown as (event: Event) => void,
      onCheckClick: this.handleCheckClick,
      onPreviousClick: this.handlePreviousClick,
      onNextClick: this.handleNextClick,
      onResultClick: this.handleResultClick,
      onTryAgainClick: this.handleTryAgainClick,
    };
  }
}
