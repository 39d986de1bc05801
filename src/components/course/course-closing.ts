import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ConfirmController } from '../../controllers/confirm.js';
import type { CourseContent } from '../../content/course/index.js';
import type { MhmCourseQuizResult } from '../../events/course-complete.js';
import type { LocalizeController } from '../../internal/localize.js';
import { safeUrl } from '../../internal/safe-url.js';
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
  /** Whether the course has reflections, so the record may include them. */
  hasReflections: boolean;
  /** Whether the learner ticked "Include my reflections". */
  printReflections: boolean;
  onPrint: () => void;
  onPrintReflectionsChange: (event: Event) => void;
  /** The "Start over" control (`renderStartOver`). */
  startOver: TemplateResult;
  /** The checked `toolkit-href`, linked from the built-in course's closing text; undefined for none. */
  toolkitUrl?: string;
}

/** Opens the printed record: the browser's print dialog, with the print styles of the course. */
export function printRecord(): void {
  window.print();
}

/**
 * Checks `toolkit-href`, the partner's link to the K-par-Cas 2 toolkit, and tells the author what is
 * wrong: a full https address only, since the learner may be on a partner's page anywhere.
 * @param report The course's `report`.
 * @param href The attribute's value, if any.
 * @returns The address to link to, or undefined for none.
 */
export function checkToolkitHref(report: (attribute: string, value: unknown, fix: unknown) => void, href?: string): string | undefined {
  const result = href == null ? undefined : safeUrl(href, { schemes: ['https'], relative: false });
  const fix = 'Use a full https:// address. The closing text names the toolkit without a link meanwhile.';
  report('toolkit-href', href, result && !result.ok && `It is not linked because ${result.reason}. ${fix}`);
  return result?.ok ? result.url : undefined;
}

/**
 * "See your record": brings the closing panel to the top of the screen and focuses its heading.
 * Scrolled first, then focused without scrolling again, so the heading is not left at the bottom
 * edge, under the completion note that stays there while the panel is below.
 */
function handleSeeRecordClick(event: Event): void {
  const root = (event.currentTarget as Element).getRootNode() as ParentNode;
  root.querySelector('[part~="completion"]')?.scrollIntoView({ block: 'start' });
  root.querySelector<HTMLElement>('#completion-heading')?.focus({ preventScroll: true });
}

/**
 * The note that the course is complete, with "See your record". It stays at the bottom of the screen
 * (sticky) while the closing panel is further down, so a learner who finishes with the quiz's result,
 * thousands of pixels above the panel on a phone, sees it where they are. Not a live region: the
 * course's announcer already says the course is complete, once.
 */
function renderCompletionNote(localize: Term): TemplateResult {
  return html`<div part="completion-note" class="completion-note">
    <p><span class="tick" aria-hidden="true">✓</span> ${localize.term('courseCompleteHeading')}</p>
    <button part="completion-note-button" class="button primary" type="button" @click=${handleSeeRecordClick}>
      ${localize.term('courseSeeRecord')}
    </button>
  </div>`;
}

/**
 * Keeps what has focus clear of the completion note, which stays at the bottom of the screen
 * (WCAG 2.4.11): a control already on screen is not scrolled by the browser, so one under the note
 * (the quiz's "See your result" just after the last answer, say) is scrolled above it. Called on
 * `focusin` and after Tab: focus moving inside an activity's shadow root sends the course no
 * `focusin`, so the focused element is found through the shadow roots.
 * @param host The course.
 */
export function keepFocusClearOfNote(host: Element): void {
  const note = host.shadowRoot?.querySelector('[part~="completion-note"]');
  const focused = deepActiveElement(host);
  if (!note || !focused || note.contains(focused)) {
    return;
  }
  const box = focused.getBoundingClientRect();
  const { top, bottom } = note.getBoundingClientRect();
  if (box.bottom > top && box.top < bottom) {
    window.scrollBy({ top: box.bottom - top + 8 });
  }
}

/**
 * When the note first appears at the bottom of the screen (the last activity just completed, the
 * closing panel still below), scrolls what has focus up so that it and the controls under it (the
 * quiz's "Previous" and "See your result" under its feedback) stay above the note; never past the focused
 * element's top, which the learner has not read yet.
 * @param host The course, once it has rendered the note.
 */
export function makeRoomForNote(host: Element): void {
  const note = host.shadowRoot?.querySelector('[part~="completion-note"]');
  const focused = deepActiveElement(host);
  const panel = note?.nextElementSibling;
  if (!note || !focused || !panel || panel.getBoundingClientRect().top < innerHeight) {
    return;
  }
  const box = focused.getBoundingClientRect();
  // 8rem: two rows of buttons (2.75rem each) and their gaps, as the paged quiz's "Previous" and
  // "See your result" wrap at 360 px.
  const missing = box.bottom + 8 * parseFloat(getComputedStyle(note).fontSize) - note.getBoundingClientRect().top;
  if (missing > 0) {
    window.scrollBy({ top: Math.min(missing, Math.max(0, box.top)) });
  }
}

/** The element that has focus inside the course, through the shadow roots of its activities. */
function deepActiveElement(host: Element): Element | undefined {
  let focused: Element | null | undefined = host.shadowRoot?.activeElement;
  while (focused?.shadowRoot?.activeElement) {
    focused = focused.shadowRoot.activeElement;
  }
  return focused ?? undefined;
}

/** The built-in course's pointer to the K-par-Cas 2 toolkit, with the partner's link when given. */
function renderFurtherLearning(localize: Term, content: CourseContent, url?: string): TemplateResult {
  return html`<p part="further-learning" lang=${content.lang}>
    ${content.closing.furtherLearning}
    ${url
      ? html`<a part="toolkit-link" class="support-link" href=${url} target="_blank" rel="noopener noreferrer"
          >${localize.term('courseToolkitLink')}<span class="sr-only"> ${localize.term('reflectionNewTab')}</span></a
        >`
      : nothing}
  </p>`;
}

/**
 * Once every activity is complete: the completion note, then the closing panel: closing words, the
 * quiz result, print and start over.
 */
export function renderClosing(view: ClosingView): TemplateResult {
  const { localize, content, quiz } = view;
  return html`${renderCompletionNote(localize)}<section part="completion" class="base alt" aria-labelledby="completion-heading">
    <div part="completion-heading" class="completion-heading" id="completion-heading" role="heading" aria-level=${view.level} tabindex="-1"
      lang=${ifDefined(content?.lang)}>${content?.closing.heading ?? localize.term('courseCompleteHeading')}</div>
    ${content?.closing.paragraphs.map((paragraph) => html`<p lang=${content.lang}>${paragraph}</p>`)}
    <p>${localize.term('courseCompleteSummary', view.total)}</p>
    ${quiz
      ? html`<p part="quiz-result">
          ${localize.term('scoreSummary', quiz.score, quiz.maxScore, quiz.percent)} ${quizNotPassed(localize, quiz)}
        </p>`
      : nothing}
    ${content ? renderFurtherLearning(localize, content, view.toolkitUrl) : nothing}
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

/** A kind word for the closing panel and its announcement when the quiz's pass mark was not reached; else empty. */
function quizNotPassed(localize: Term, quiz: MhmCourseQuizResult | null): string {
  return quiz?.passed === false ? localize.term('courseQuizNotPassed') : '';
}

/**
 * What the live region says when an activity's completion changed: the progress, or that the course
 * is complete (with a kind word when the quiz's pass mark was not reached).
 * @param quiz The quiz result the course reports, if any.
 */
export function progressAnnouncement(localize: Term, { completed, total, percent }: MhmCourseProgress, quiz: MhmCourseQuizResult | null): string {
  const notPassed = quizNotPassed(localize, quiz);
  return percent < 100
    ? localize.term('courseProgress', completed.length, total)
    : notPassed
      ? `${localize.term('courseCompleteHeading')}. ${notPassed}`
      : localize.term('courseCompleteAnnouncement');
}
