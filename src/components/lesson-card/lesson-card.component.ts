import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { MhmElement } from '../../internal/mhm-element.js';
import { minutes as formatMinutes } from '../../internal/format.js';
import { safeUrl } from '../../internal/safe-url.js';
import { FocusController } from '../../controllers/focus.js';
import { SlotController } from '../../controllers/slots.js';
import { renderCourseHelp, type CourseSupportContact } from '../reflection-prompt/reflection-support.js';
import blockStyles from '../../styles/blocks.styles.js';
import hostStyles from '../../styles/host.styles.js';
import styles from './lesson-card.styles.js';
import type {} from '../../events/complete.js';
import type {} from '../../events/toggle.js';

/**
 * @summary One lesson of the course: heading, body, key points, media and a "Mark as complete"
 * button, optionally collapsible.
 * @tagname mhm-lesson-card
 *
 * @slot - The default slot: the body of the lesson (paragraphs, lists, figures).
 * @slot takeaways - Key points of the lesson, shown under a localised "Key points" heading; usually a `<ul>`.
 * @slot media - A figure, video or image shown before the body; replaces the `image-src` image.
 * @slot actions - Extra controls shown in the footer beside "Mark as complete".
 * @slot content-note - A warning shown before the body, e.g. "This lesson mentions distressing experiences".
 * @slot source - Attribution of the lesson's material, shown in small print in the footer.
 *
 * @event {{ activity: 'lesson', id: string, completed: boolean }} mhm-complete - The learner pressed "Mark as complete" (`completed: true`) or "Mark as not complete" (`completed: false`).
 * @event {{ id: string, open: boolean }} mhm-toggle - The learner expanded or collapsed a collapsible card.
 *
 * @csspart base - The card's outer box (an `article`).
 * @csspart header - The header: eyebrow, heading, duration and completed badge.
 * @csspart eyebrow - The small line above the heading, e.g. "Lesson 1".
 * @csspart heading - The heading.
 * @csspart toggle - The button inside the heading of a collapsible card.
 * @csspart meta - The line with the duration and the completed badge.
 * @csspart completed-badge - The "Completed" badge.
 * @csspart content - Everything below the header; hidden while a collapsible card is closed.
 * @csspart content-note - The box around the `content-note` slot.
 * @csspart support-link - In the content note of a lesson in an `<mhm-course>` with a help contact: the link to it.
 * @csspart help-button - Instead, when the course's help is its `support` slot: "Need to talk to someone?", which shows it.
 * @csspart media - The box around the `media` slot or the image.
 * @csspart image - The image from `image-src`.
 * @csspart body - The box around the default slot.
 * @csspart takeaways - The "Key points" section.
 * @csspart footer - The footer: source, actions, link and complete button.
 * @csspart source - The box around the `source` slot.
 * @csspart link - The "Learn more" link.
 * @csspart complete-button - The "Mark as complete" button, shown while the lesson is not complete.
 * @csspart complete-status - The "✓ Completed" status in the footer, shown in its place once the lesson is complete.
 * @csspart undo-button - The smaller "Mark as not complete" button beside the status: the deliberate way to take the lesson back.
 * @csspart author-error - The message shown in place when the author's markup has a mistake.
 *
 * @cssproperty [--mhm-color-accent=#0b6565 | dark #72d0cb] - Buttons, links, the completed state.
 * @cssproperty [--mhm-color-on-accent=#ffffff] - Text on the accent colour.
 * @cssproperty [--mhm-color-text=#1c2428 | dark #edf1f2] - Body text.
 * @cssproperty [--mhm-color-text-muted=#4b565c | dark #b9c4c9] - Eyebrow, duration, source.
 * @cssproperty [--mhm-color-surface=#ffffff | dark #182024] - Card background.
 * @cssproperty [--mhm-color-surface-alt=#eef5f5 | dark #22303a] - Key points background.
 * @cssproperty [--mhm-color-border=#b9c7cb | dark #44535b] - Card border.
 * @cssproperty [--mhm-color-success=#1d6a34 | dark #86dca0] - The completed badge.
 * @cssproperty [--mhm-color-notice=#6d4300 | dark #f4c978] - Content-note text and border.
 * @cssproperty [--mhm-color-notice-surface=#fff4dc | dark #33290f] - Content-note background.
 * @cssproperty [--mhm-color-danger=#a1202a | dark #ffa3a8] - Author-error border and title.
 * @cssproperty [--mhm-color-focus=#1849b8 | dark #93b7ff] - Focus ring.
 * @cssproperty [--mhm-color-scheme=light dark] - `light`, `dark` or `light dark` (follow the device).
 * @cssproperty [--mhm-font-family=inherit] - Font family; inherits the page's by default.
 * @cssproperty [--mhm-font-size=1rem] - Base font size.
 * @cssproperty [--mhm-radius=0.75rem] - Corner radius.
 * @cssproperty [--mhm-space-s=0.5rem] - Small spacing.
 * @cssproperty [--mhm-space-m=1rem] - Medium spacing.
 * @cssproperty [--mhm-space-l=1.5rem] - Large spacing.
 * @cssproperty [--mhm-lesson-card-padding=var(--mhm-space-l)] - Padding inside the card.
 * @cssproperty [--mhm-lesson-card-gap=var(--mhm-space-m)] - Space between the card's sections.
 */
export class MhmLessonCard extends MhmElement {
  static override styles = [hostStyles, blockStyles, styles];

  /** The lesson's title. Required. */
  @property() heading = '';

  /** A short line above the heading, e.g. "Lesson 1". */
  @property() eyebrow = '';

  /** The heading's level in the page outline, 2 to 6. */
  // A literal, not `defaultHeadingLevel`: the manifest analyzer cannot resolve an imported constant.
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** Estimated reading time in minutes, shown in the page's language. */
  @property({ type: Number }) duration?: number;

  /** URL of an image shown before the body (https, http or relative). */
  @property({ attribute: 'image-src' }) imageSrc?: string;

  /** Text alternative of the image; `image-alt=""` marks it decorative. */
  @property({ attribute: 'image-alt' }) imageAlt?: string;

  /** URL of a "Learn more" link in the footer (https, http, mailto, tel or relative). */
  @property() href?: string;

  /** Whether the learner has marked the lesson complete. */
  @property({ type: Boolean, reflect: true }) completed = false;

  /** Whether the heading expands and collapses the lesson. */
  @property({ type: Boolean, reflect: true }) collapsible = false;

  /** Whether a collapsible lesson is expanded. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** The help of the `<mhm-course>` around it, linked from the content note; set by the course. JavaScript only. */
  @property({ attribute: false }) courseSupport?: CourseSupportContact;

  private readonly slots = new SlotController(this);
  private readonly focusAfter = new FocusController(this);

  /** Validated values used by render, so nothing an author types reaches the template unchecked. */
  private level!: number;
  private minutes?: number;
  private imageUrl?: string;
  private linkUrl?: string;

  protected override willUpdate(): void {
    this.report('heading', this.heading, !this.heading.trim() && 'Give the lesson a title: heading="What is mental health?".');
    this.level = this.checkHeadingLevel(this.headingLevel);
    const minutes = this.duration;
    this.minutes = Number.isFinite(minutes) && minutes! > 0 ? minutes : undefined;
    this.report(
      'duration',
      this.getAttribute('duration') ?? minutes,
      minutes != null && !this.minutes && 'Use the number of minutes, e.g. duration="10". The duration is hidden meanwhile.',
    );
    this.imageUrl = this.checkUrl('image-src', this.imageSrc);
    this.report(
      'image-alt',
      null,
      this.imageUrl !== undefined &&
        this.imageAlt === undefined &&
        'Describe the image for people who cannot see it, or write image-alt="" if it is only decoration.',
    );
    this.linkUrl = this.checkUrl('href', this.href);
  }

  /** Passes an author URL through the guard; a refused one becomes an author error and no URL. */
  private checkUrl(attribute: string, value: string | undefined): string | undefined {
    const result = value == null ? undefined : safeUrl(value);
    this.report(
      attribute,
      value,
      result?.ok === false && `It is not used because ${result.reason}: use an https:, http:, mailto:, tel: or relative URL.`,
    );
    return result?.ok ? result.url : undefined;
  }

  private handleToggleClick(): void {
    this.open = !this.open;
    this.emit('mhm-toggle', { id: this.id, open: this.open });
  }

  /** Marks the lesson complete; focus goes to the status that replaces the button, so a second press changes nothing. */
  private handleCompleteClick(): void {
    this.completed = true;
    this.focusAfter.focusAfterUpdate('[part~="complete-status"]');
    this.emit('mhm-complete', { activity: 'lesson', id: this.id, completed: true });
  }

  /** Takes the lesson back, the deliberate act of pressing "Mark as not complete"; focus returns to "Mark as complete". */
  private handleUndoClick(): void {
    this.completed = false;
    this.focusAfter.focusAfterUpdate('[part~="complete-button"]');
    this.emit('mhm-complete', { activity: 'lesson', id: this.id, completed: false });
  }

  /**
   * "Mark as complete" while the lesson is not complete; once it is, the status "✓ Completed" in the
   * button's place and a smaller "Mark as not complete" beside it. Each button's visible words are its
   * whole accessible name, so voice control finds it by what it shows.
   */
  private renderComplete(): TemplateResult {
    const { localize } = this;
    if (!this.completed) {
      return html`<button part="complete-button" class="complete button" type="button" @click=${this.handleCompleteClick}>
        <span class="check" aria-hidden="true"></span>${localize.term('markComplete')}
      </button>`;
    }
    return html`<div class="done">
      <p part="complete-status" class="status" tabindex="-1"><span aria-hidden="true">✓ </span>${localize.term('completed')}</p>
      <button part="undo-button" class="undo button" type="button" @click=${this.handleUndoClick}>${localize.term('markNotComplete')}</button>
    </div>`;
  }

  /** The heading (a toggle button in a collapsible card), or nothing when it is blank. */
  private renderHeading(heading: string): TemplateResult | typeof nothing {
    if (!heading) {
      return nothing;
    }
    return html`<div part="heading" class="heading" id="heading" role="heading" aria-level=${this.level}>${this.collapsible
      ? html`<button part="toggle" class="toggle" type="button" aria-expanded=${this.open} aria-controls="content" @click=${this.handleToggleClick}>
          <span>${heading}</span>
          <svg class="chevron" viewBox="0 0 16 16" aria-hidden="true"><path d="M3 6l5 5 5-5" /></svg>
        </button>`
      : heading}</div>`;
  }

  /** The duration and the completed badge, when there is either. */
  private renderMeta(): TemplateResult | typeof nothing {
    const { localize, completed, minutes } = this;
    if (minutes === undefined && !completed) {
      return nothing;
    }
    return html`<p part="meta" class="meta">
      ${minutes === undefined
        ? nothing
        : html`<span><span class="sr-only">${localize.term('estimatedTime')} </span>${formatMinutes(localize.lang(), minutes)}</span>`}
      ${completed ? html`<span part="completed-badge" class="badge"><span aria-hidden="true">✓ </span>${localize.term('completed')}</span>` : nothing}
    </p>`;
  }

  /** The content note, the media, the body and the key points. */
  private renderBody(): TemplateResult {
    const { localize, slots, imageUrl } = this;
    return html`<div part="content-note" class="content-note notice" role="note" aria-label=${localize.term('contentNote')}
        ?hidden=${!slots.has('content-note')}>
        <span aria-hidden="true">⚠</span>
        <div class="content-note-text">
          <slot name="content-note"></slot>
          ${this.courseSupport
            ? html`<p class="content-note-help">${renderCourseHelp(localize, this.courseSupport, localize.term('courseHelp'))}</p>`
            : nothing}
        </div>
      </div>
      <div part="media" class="media" ?hidden=${!slots.has('media') && imageUrl === undefined}>
        <slot name="media">${imageUrl === undefined
          ? nothing
          : html`<img part="image" src=${imageUrl} alt=${this.imageAlt ?? ''} loading="lazy" decoding="async" />`}</slot>
      </div>
      <div part="body" class="body"><slot></slot></div>
      <div part="takeaways" class="takeaways" role="group" aria-labelledby="takeaways-heading" ?hidden=${!slots.has('takeaways')}>
        <div class="takeaways-heading" id="takeaways-heading" role="heading" aria-level=${Math.min(this.level + 1, 6)}>
          ${localize.term('keyPoints')}
        </div>
        <slot name="takeaways"></slot>
      </div>`;
  }

  /** The source, the author's actions, "Learn more" and "Mark as complete". */
  private renderFooter(heading: string): TemplateResult {
    const { localize, linkUrl } = this;
    return html`<footer part="footer" class="footer">
      <div part="source" class="source" ?hidden=${!this.slots.has('source')}>
        <span class="sr-only">${localize.term('source')} </span><slot name="source"></slot>
      </div>
      <div class="actions">
        <slot name="actions"></slot>
        ${linkUrl === undefined
          ? nothing
          : html`<a part="link" class="link" href=${linkUrl}>${localize.term('learnMore')}<span class="sr-only">: ${heading}</span></a>`}
        ${this.renderComplete()}
      </div>
    </footer>`;
  }

  override render(): TemplateResult {
    // A heading of only spaces is the author error "no heading", not an empty heading in the outline.
    const heading = this.heading.trim();
    return html`<article part="base" class="base" dir=${this.localize.dir()} aria-labelledby=${heading ? 'heading' : nothing}>
      ${this.renderAuthorErrors()}
      <header part="header" class="header">
        ${this.eyebrow ? html`<p part="eyebrow" class="eyebrow">${this.eyebrow}</p>` : nothing}
        ${this.renderHeading(heading)}
        ${this.renderMeta()}
      </header>
      <div part="content" class="content" id="content" ?hidden=${this.collapsible && !this.open}>
        ${this.renderBody()}
        ${this.renderFooter(heading)}
      </div>
    </article>`;
  }
}
