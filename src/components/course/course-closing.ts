import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ConfirmController } from '../../controllers/confirm.js';
import type { CourseContent } from '../../content/course/index.js';
import type { MhmCourseQuizResult } from '../../events/course-complete.js';
import type { LocalizeController } from '../../internal/localize.js';
import type { MhmCourseProgress } from './course-model.js';

/**
 * The end of the course: the closing panel with its printable record, "Start over" with the
 * question it asks in place, and what the course announces as it goes. Render helpers only; the
 * course keeps the state and the handlers.
 */

type Term = Pick<LocalizeController, 'term'>;

/** What the closing panel shows. */
export interface ClosingView {
  localize: Term;
  /** The panel heading's level. */
  level: number;
  /** How many activities the course counted. */
  total: number;
  /** The built-in course, when it is shown: its closing words. */
  content?: CourseContent;
  /** The quiz result to report, if a quiz reported one. */
  quiz: MhmCourseQuizResult | null;
  /** A kind word when the quiz's pass mark was not reached; else empty. */
  quizNotPassed: string;
  /** Whether the course has reflections, so the record may include them. */
  hasReflections: boolean;
  /** Whether the learner ticked "Include my reflections". */
  printReflections: boolean;
  onPrint: () => void;
  onPrintReflectionsChange: (event: Event) => void;
  /** The "Start over" control (`renderStartOver`). */
  startOver: TemplateResult;
}

/** The closing panel, once every activity is complete: closing words, the quiz result, print and start over. */
export function renderClosing(view: ClosingView): TemplateResult {
  const { localize, content, quiz } = view;
  return html`<section part="completion" class="base alt" aria-labelledby="completion-heading">
    <div part="completion-heading" class="completion-heading" id="completion-heading" role="heading" aria-level=${view.level} tabindex="-1"
      lang=${ifDefined(content?.lang)}>${content?.closing.heading ?? localize.term('courseCompleteHeading')}</div>
    ${content?.closing.paragraphs.map((paragraph) => html`<p lang=${content.lang}>${paragraph}</p>`)}
    <p>${localize.term('courseCompleteSummary', view.total)}</p>
    ${quiz
      ? html`<p part="quiz-result">
          ${localize.term('scoreSummary', quiz.score, quiz.maxScore, quiz.percent)} ${view.quizNotPassed}
        </p>`
      : nothing}
    ${content ? html`<p part="further-learning" lang=${content.lang}>${content.closing.furtherLearning}</p>` : nothing}
    <div class="controls">
      ${view.hasReflections
        ? html`<label part="print-reflections" class="check">
            <input type="checkbox" .checked=${view.printReflections} @change=${view.onPrintReflectionsChange} />
            ${localize.term('coursePrintReflections')}
          </label>`
        : nothing}
      <div class="buttons">
        <button part="print-button" class="button primary" type="button" @click=${view.onPrint}>${localize.term('coursePrint')}</button>
        ${view.startOver}
      </div>
    </div>
  </section>`;
}

/**
 * "Start over", or in its place the question before starting over, with "Also delete my
 * reflections" (`#clear-reflections`) when the course has reflections.
 * @param confirm The course's in-place question, trigger part `start-over-button`.
 * @param hasReflections Whether to offer deleting the reflections too.
 * @param onAsk Opens the question.
 */
export function renderStartOver(confirm: ConfirmController, localize: Term, hasReflections: boolean, onAsk: () => void): TemplateResult {
  if (!confirm.open) {
    return html`<button part="start-over-button" class="button" type="button" @click=${onAsk}>${localize.term('courseStartOver')}</button>`;
  }
  return confirm.render({
    question: localize.term('courseStartOverConfirm'),
    yes: localize.term('courseStartOverYes'),
    no: localize.term('courseStartOverNo'),
    extra: hasReflections
      ? html`<label class="check"><input id="clear-reflections" type="checkbox" /> ${localize.term('courseStartOverReflections')}</label>`
      : nothing,
  });
}

/**
 * What the live region says when an activity's completion changed: the progress, or that the course
 * is complete (with a kind word when the quiz's pass mark was not reached).
 * @param quizNotPassed That kind word, or empty.
 */
export function progressAnnouncement(localize: Term, { completed, total, percent }: MhmCourseProgress, quizNotPassed: string): string {
  return percent < 100
    ? localize.term('courseProgress', completed.length, total)
    : quizNotPassed
      ? `${localize.term('courseCompleteHeading')}. ${quizNotPassed}`
      : localize.term('courseCompleteAnnouncement');
}
