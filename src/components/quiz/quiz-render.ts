import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { LocalizeController } from '../../internal/localize.js';
import type { SourceStatus } from './quiz-source-controller.js';
import { verdictOf, type ArrangedQuestion, type Choice, type Progress, type Question, type QuizSummary, type Scoring, type Verdict } from './quiz-model.js';

/**
 * The quiz's questions, navigation and result as templates: plain functions of what the quiz
 * shows, so its class keeps the behaviour. Every handler is one of the quiz's named methods; Lit
 * calls it with the quiz as `this`. A question's controls find their question by the `data-key` of
 * the `question` part around them.
 */

/** What the learner is told about an answer: its icon and the term of its words. */
export const verdicts = {
  correct: ['✓', 'correct'],
  partial: ['◐', 'partlyCorrect'],
  incorrect: ['✗', 'notQuite'],
} as const;

type Handler = (event: Event) => void;

/** What the templates need from the quiz. */
export interface QuizView {
  localize: LocalizeController;
  /** `list` shows every question at once; anything else, one at a time. */
  layout: string;
  progress: Progress;
  /** The questions and choices in this attempt's order. */
  arranged: ArrangedQuestion[];
  summary: QuizSummary;
  /** The question shown in the paged layout. */
  position: number;
  /** How many questions there are. */
  count: number;
  scoring: Scoring;
  /** Questions (by key) whose Check was pressed with nothing chosen. */
  missing: ReadonlySet<string>;
  /** The quiz's heading level; the result's heading is one level deeper. */
  level: number;
  passMark?: number;
  attemptsLeft: number | null;
  onChoiceChange: Handler;
  onQuestionKeydown: Handler;
  onCheckClick: Handler;
  onPreviousClick: Handler;
  onNextClick: Handler;
  onResultClick: Handler;
  onTryAgainClick: Handler;
}

/** The words of a choice: the author's text, or the localised True and False. */
export function choiceLabel(localize: LocalizeController, choice: Choice): string {
  return choice.generated ? localize.term(`${choice.generated}Choice` as const) : choice.text;
}

/** A message in place of the questions: loading, could not load, not available, no questions. */
export function renderMessage(localize: LocalizeController, term: 'loading' | 'loadFailed' | 'unavailable' | 'noQuestions'): TemplateResult {
  return html`<p part="message">${localize.term(term)}</p>`;
}

/** What shows while the `src` file loads or when it cannot be used: Try again only where it can help. */
export function renderSourceStatus(localize: LocalizeController, status: SourceStatus, onRetryClick: Handler): unknown {
  if (status === 'failed') {
    return [renderMessage(localize, 'loadFailed'), html`<div class="actions">${renderButton('retry-button', localize.term('tryAgain'), onRetryClick)}</div>`];
  }
  return renderMessage(localize, status === 'loading' ? 'loading' : 'unavailable');
}

export function renderButton(part: string, label: unknown, handler: Handler, primary?: unknown): TemplateResult {
  return html`<button part=${part} class="button ${primary ? 'primary' : ''}" type="button" @click=${handler}>${label}</button>`;
}

/** The attempt: every question (list layout) or one with navigation (paged), then the result once shown. */
export function renderAttempt(view: QuizView): unknown {
  const { arranged, position } = view;
  const list = view.layout === 'list';
  const result = view.summary.complete && (list || view.progress.showResult);
  return [
    list
      ? arranged.map((item, i) => renderQuestion(view, item, i))
      : result
        ? nothing
        : [renderQuestion(view, arranged[position], position), renderNavigation(view, position, view.progress.checked[arranged[position].question.key])],
    result ? renderResult(view) : nothing,
  ];
}

/** One question: its group of choices, then its Check button or, once checked, its feedback. */
export function renderQuestion(view: QuizView, { question, choices }: ArrangedQuestion, position: number): TemplateResult {
  const { localize, progress } = view;
  const { index: i, key, type } = question;
  const checked = progress.checked[key];
  const selected = checked ?? progress.selected[key] ?? [];
  const missing = view.missing.has(key);
  const multiple = type === 'multiple';
  const describedBy = [multiple && `hint-${i}`, missing && `error-${i}`].filter(Boolean).join(' ');
  return html`<div part="question" data-key=${key}>
    <fieldset part="fieldset" aria-describedby=${describedBy || nothing} @keydown=${view.onQuestionKeydown}>
      <legend part="legend" id="legend-${i}" tabindex="-1">
        <span part="question-number">${localize.term('questionOf', position + 1, view.count)}</span>
        <span part="prompt">${question.prompt}</span>
      </legend>
      ${multiple ? html`<p part="hint" id="hint-${i}">${localize.term('chooseAll')}</p>` : nothing}
      <div part="choices">
        ${choices.map((choice, c) => {
          const chosen = selected.includes(choice.value);
          const { correct } = choice;
          return html`<label part="choice${checked ? (correct ? ' choice-correct' : chosen ? ' choice-incorrect' : '') : ''}" for="q${i}-${c}">
            <input id="q${i}-${c}" class="control" type=${multiple ? 'checkbox' : 'radio'} name="q${i}"
              .value=${choice.value} .checked=${live(chosen)} ?disabled=${!!checked} @change=${view.onChoiceChange} />
            <span class="choice-text">${choiceLabel(localize, choice)}</span>
            ${checked && (correct || chosen)
              ? html`<span class="marks">
                  ${correct ? html`<span part="mark" class="mark correct"><span aria-hidden="true">✓ </span>${localize.term('correctAnswer')}</span>` : nothing}
                  ${chosen ? html`<span part="mark" class="mark chosen">${localize.term('yourAnswer')}</span>` : nothing}
                </span>`
              : nothing}
          </label>`;
        })}
      </div>
      ${missing ? html`<p part="error" id="error-${i}"><span aria-hidden="true">⚠ </span>${localize.term('chooseFirst')}</p>` : nothing}
    </fieldset>
    ${checked
      ? renderFeedback(view, question, checked)
      : html`<div class="actions">${renderButton('check-button', localize.term('check'), view.onCheckClick, true)}</div>`}
  </div>`;
}

function renderVerdict(localize: LocalizeController, verdict: Verdict): TemplateResult {
  const [icon, term] = verdicts[verdict];
  return html`<p part="verdict"><span class="icon" aria-hidden="true">${icon}</span>${localize.term(term)}</p>`;
}

function renderFeedback(view: QuizView, question: Question, checked: readonly string[]): TemplateResult {
  const verdict = verdictOf(question, checked, view.scoring);
  return html`<div part="feedback feedback-${verdict}" class=${verdict} id="feedback-${question.index}" tabindex="-1">
    ${renderVerdict(view.localize, verdict)}
    ${question.choices.map((choice) =>
      checked.includes(choice.value) && choice.feedback ? html`<p part="choice-feedback">${choice.feedback}</p>` : nothing,
    )}
    ${question.explanation ? html`<p part="explanation">${question.explanation}</p>` : nothing}
  </div>`;
}

/** Previous, and Next or "See your result", under the question of the paged layout. */
function renderNavigation(view: QuizView, position: number, checked: unknown): TemplateResult {
  const { localize } = view;
  const last = position === view.count - 1;
  return html`<div part="navigation">
    ${position > 0
      ? renderButton('previous-button', html`<span aria-hidden="true" class="arrow">‹ </span>${localize.term('previous')}`, view.onPreviousClick)
      : nothing}
    ${last
      ? renderButton('result-button', localize.term('seeResult'), view.onResultClick, checked)
      : renderButton('next-button', html`${localize.term('next')}<span aria-hidden="true" class="arrow"> ›</span>`, view.onNextClick, checked)}
  </div>`;
}

/** The result: score, pass mark, a review of every question, and Try again while attempts are left. */
function renderResult(view: QuizView): TemplateResult {
  const { localize, passMark, attemptsLeft: left, level, arranged, summary } = view;
  const labels = (choices: Choice[]) => choices.map((choice) => choiceLabel(localize, choice)).join(' · ');
  return html`<div part="result">
    <div part="result-heading" id="result-heading" role="heading" aria-level=${Math.min(level + 1, 6)} tabindex="-1">
      ${localize.term('resultHeading')}
    </div>
    <p part="score">${localize.term('scoreSummary', summary.score, summary.maxScore, summary.percent)}</p>
    ${passMark === undefined
      ? nothing
      : html`<p part="pass-status" class=${summary.passed ? 'passed' : ''}>
          <span class="icon" aria-hidden="true">${summary.passed ? '✓' : 'ⓘ'}</span>${localize.term(summary.passed ? 'passed' : 'notPassed', passMark)}
        </p>`}
    <div class="review-heading" role="heading" aria-level=${Math.min(level + 2, 6)}>${localize.term('reviewHeading')}</div>
    <ol part="review">
      ${arranged.map(({ question }) => {
        const checked = view.progress.checked[question.key] ?? [];
        const verdict = verdictOf(question, checked, view.scoring);
        return html`<li part="review-item" class=${verdict}>
          <p class="review-prompt">${question.prompt}</p>
          ${renderVerdict(localize, verdict)}
          <dl class="answers">
            <dt>${localize.term('yourAnswer')}</dt>
            <dd>${labels(question.choices.filter((choice) => checked.includes(choice.value)))}</dd>
            <dt>${localize.term('correctAnswer')}</dt>
            <dd>${labels(question.choices.filter((choice) => choice.correct))}</dd>
          </dl>
          ${question.explanation ? html`<p>${question.explanation}</p>` : nothing}
        </li>`;
      })}
    </ol>
    <div class="actions">
      ${left === 0
        ? html`<p part="attempts">${localize.term('noAttemptsLeft')}</p>`
        : [
            left ? html`<p part="attempts">${localize.term('attemptsLeft', left)}</p>` : nothing,
            renderButton('try-again-button', localize.term('tryAgain'), view.onTryAgainClick, true),
          ]}
    </div>
  </div>`;
}
