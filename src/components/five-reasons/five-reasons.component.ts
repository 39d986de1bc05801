import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { fiveReasonsContent } from '../../content/five-reasons/load.js';
import type { FiveReasonsContent } from '../../content/five-reasons/types.js';
import { ChildrenController } from '../../controllers/children.js';
import type {} from '../../events/complete.js';
import type { MhmSlideChangeReason } from '../../events/slide-change.js';
import type { ContentSource } from '../../internal/built-in-content.js';
import { MhmElement } from '../../internal/mhm-element.js';
import blockStyles from '../../styles/blocks.styles.js';
import hostStyles from '../../styles/host.styles.js';
import skeletonStyles from '../../styles/skeleton.styles.js';
import { AutoplayController, autoplayConverter, readAutoplay } from './autoplay-controller.js';
import { BuiltInReasonsController } from './built-in-reasons-controller.js';
import styles from './five-reasons.styles.js';
import { SeenController } from './seen-controller.js';
import { assignSlides, pickerTarget, readAuthorSlides, readStart, type Slide } from './slides.js';
import { SwipeController } from './swipe-controller.js';

/**
 * @summary The course's five reasons to bring psychosocial topics into awareness raising, as an
 * accessible carousel (the WAI-ARIA carousel pattern with a tabbed slide picker), or the author's
 * own `<mhm-slide>` children. Works with no configuration, in the page's language.
 * @tagname mhm-five-reasons
 *
 * @slot - The default slot: `<mhm-slide heading="…">` children replace the built-in five reasons (any number of slides). Other children are not shown.
 *
 * @event {{ id: string, index: number, previousIndex: number, reason: 'button' | 'picker' | 'keyboard' | 'swipe' | 'autoplay' | 'api' }} mhm-slide-change - Another slide is shown: by the learner, by automatic rotation or by a script. Never on first render, nor when an author changes `start`.
 * @event {{ activity: 'carousel', id: string, completed: true, viewed: number }} mhm-complete - Every slide has now been seen (once per element): shown in the carousel, or on screen in list view (half of the slide, or half the screen for a slide taller than that); the learner's "View as list" toggle counts every slide at once.
 *
 * @csspart base - The carousel's outer box (a `section`).
 * @csspart header - The heading and the toolbar.
 * @csspart heading - The heading.
 * @csspart toolbar - The rotation button and the "View as list" toggle.
 * @csspart rotation-button - The button that starts and stops automatic rotation (only with `autoplay`).
 * @csspart view-toggle - The "View as list" toggle button.
 * @csspart slides - The box around the slides (a list in list view).
 * @csspart slide - One slide.
 * @csspart slide-active - The slide shown (carousel view).
 * @csspart slide-heading - A slide's heading.
 * @csspart slide-body - A slide's body.
 * @csspart status - The "Loading…" or "could not be loaded" message for the built-in slides.
 * @csspart controls - The previous and next buttons and the picker.
 * @csspart previous-button - The "Previous slide" button.
 * @csspart next-button - The "Next slide" button.
 * @csspart picker - The slide picker (a tab list).
 * @csspart picker-tab - One tab of the picker.
 * @csspart picker-tab-active - The tab of the slide shown.
 * @csspart author-error - The message shown in place when the author's markup has a mistake.
 *
 * @cssproperty [--mhm-color-accent=#0b6565 | dark #72d0cb] - Buttons, picker, the active slide's edge.
 * @cssproperty [--mhm-color-on-accent=#ffffff] - Text on the accent colour.
 * @cssproperty [--mhm-color-text=#1c2428 | dark #edf1f2] - Text.
 * @cssproperty [--mhm-color-text-muted=#4b565c | dark #b9c4c9] - Status text, disabled buttons.
 * @cssproperty [--mhm-color-surface=#ffffff | dark #182024] - Carousel background.
 * @cssproperty [--mhm-color-surface-alt=#eef5f5 | dark #22303a] - Slide background.
 * @cssproperty [--mhm-color-border=#b9c7cb | dark #44535b] - Borders.
 * @cssproperty [--mhm-color-danger=#a1202a | dark #ffa3a8] - Author-error border and title.
 * @cssproperty [--mhm-color-focus=#1849b8 | dark #93b7ff] - Focus ring.
 * @cssproperty [--mhm-color-scheme=light dark] - `light`, `dark` or `light dark` (follow the device).
 * @cssproperty [--mhm-font-family=inherit] - Font family; inherits the page's by default.
 * @cssproperty [--mhm-font-size=1rem] - Base font size.
 * @cssproperty [--mhm-radius=0.75rem] - Corner radius.
 * @cssproperty [--mhm-space-s=0.5rem] - Small spacing.
 * @cssproperty [--mhm-space-m=1rem] - Medium spacing.
 * @cssproperty [--mhm-space-l=1.5rem] - Large spacing.
 * @cssproperty [--mhm-five-reasons-padding=var(--mhm-space-l)] - Padding inside the carousel (`--mhm-space-m` under 30 rem).
 * @cssproperty [--mhm-five-reasons-gap=var(--mhm-space-m)] - Space between the carousel's sections.
 * @cssproperty [--mhm-five-reasons-min-height=10rem] - Height kept for the slides, also while the built-in ones load.
 */
export class MhmFiveReasons extends MhmElement {
  static override styles = [hostStyles, blockStyles, skeletonStyles, styles];

  /** @internal Author slides are assigned to the slots of their panels one by one. */
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, slotAssignment: 'manual' };

  /** The carousel's heading. Defaults to the built-in title with the built-in slides; none with the author's. */
  @property() heading = '';

  /** The heading's level in the page outline, 2 to 6; slide headings are one level deeper. */
  // A literal, not `defaultHeadingLevel`: the manifest analyzer cannot resolve an imported constant.
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** The slide shown first, 0-based. */
  @property({ type: Number }) start = 0;

  /** Whether "Next" on the last slide goes to the first, and "Previous" on the first to the last. */
  @property({ type: Boolean }) loop = false;

  /** Automatic rotation: `autoplay` alone for every 10 seconds, or a number of seconds (3 at least). Off by default. */
  @property({ converter: autoplayConverter }) autoplay: boolean | number = false;

  /** Shows every slide as a list instead of a carousel (print always does); a listed slide counts as seen once it has been on screen. The learner's "View as list" toggle sets it (and counts every slide as seen). */
  @property({ attribute: 'show-all', type: Boolean, reflect: true }) showAll = false;

  /** Where the built-in five reasons come from (JavaScript only, no attribute); tests and partners hosting the text elsewhere give another `ContentSource`. */
  @property({ attribute: false }) contentSource: ContentSource<FiveReasonsContent> = fiveReasonsContent;

  /** Index of the slide shown. */
  @state() private current = 0;

  /** The slides as last rendered. */
  private slides: readonly Slide[] = [];
  /** The validated heading level (set on each update). */
  private level!: number;
  /** Whether `start` has been applied to the slides. */
  private started?: boolean;

  /** The built-in five reasons, from `contentSource`, in the language shown. */
  private readonly reasons = new BuiltInReasonsController(this, () => this.contentSource);
  /** Automatic rotation, with its timer. */
  private readonly rotation = new AutoplayController(this, {
    canRotate: () => !this.showAll && this.slides.length > 1,
    advance: () => this.move(this.current + 1, 'autoplay', true),
  });
  /** Swiping the slides. */
  private readonly swipe = new SwipeController(this, {
    rtl: () => this.localize.dir() === 'rtl',
    swiped: (delta) => this.step(delta, 'swipe'),
  });
  /** The slides seen, and the `mhm-complete` once all are. */
  private readonly seen = new SeenController(this, {
    slideCount: () => this.slides.length,
    completed: (viewed) => this.emit('mhm-complete', { activity: 'carousel', id: this.id, completed: true, viewed }),
  });

  constructor() {
    super();
    // Slides added, removed or retitled (or changed while out of the page): the next update reads them again.
    new ChildrenController(this, () => this.requestUpdate(), { childList: true, subtree: true, attributes: true, attributeFilter: ['heading'] });
  }

  /** Also waits for the built-in slides to load, so `await el.updateComplete` sees them. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.reasons.settled(() => super.getUpdateComplete());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.level = this.checkHeadingLevel(this.headingLevel);
    if (changed.has('autoplay')) {
      const { interval, fix } = readAutoplay(this.autoplay);
      this.report('autoplay', this.getAttribute('autoplay') ?? this.autoplay, fix);
      this.rotation.configure(interval);
    }
    // The author's slides, or else (when the element has no children to show) the built-in ones.
    const { slides: authorSlides, stray } = readAuthorSlides(this);
    this.report('children', stray?.name, stray?.fix);
    if (changed.has('contentSource')) {
      this.reasons.sourceChanged();
    }
    const lang = this.localize.lang();
    this.report('lang', lang, this.reasons.update(lang, !authorSlides.length && !stray));
    this.placeSlides(authorSlides.length ? authorSlides : this.reasons.slides, changed.has('start'));
  }

  protected override updated(): void {
    assignSlides(this.renderRoot, this.slides);
  }

  /**
   * Sets the slides to render: the shown one (or a valid index) is kept, and `start` applied.
   * @param slides The author's slides, or the built-in ones (none while they load).
   * @param newStart Whether `start` changed: the carousel then goes to it.
   */
  private placeSlides(slides: readonly Slide[], newStart: boolean): void {
    const shown = this.slides[this.current]?.element;
    this.slides = slides;
    const count = slides.length;
    if (count) {
      const kept = shown ? slides.findIndex((slide) => slide.element === shown) : -1;
      this.current = !this.started || newStart ? this.validateStart(count) : kept >= 0 ? kept : Math.min(this.current, count - 1);
      this.started = true;
      // In list view a slide counts once it has been on screen, not for being `current`.
      this.seen.keep(this.showAll ? undefined : this.current);
    }
  }

  /** The slide `start` shows among `count` slides; tells the author when it is not one of them. */
  private validateStart(count: number): number {
    const { index, fix } = readStart(this.start, count);
    this.report('start', this.getAttribute('start') ?? this.start, fix);
    return index;
  }

  /** Shows slide `target` (clamped, or wrapped with `wrap`) and tells the page why. */
  private move(target: number, reason: MhmSlideChangeReason, wrap?: boolean): void {
    const count = this.slides.length;
    const index = wrap ? (target + count) % count : Math.min(Math.max(target, 0), count - 1);
    const previousIndex = this.current;
    if (!count || index === previousIndex) {
      return;
    }
    this.current = index;
    if (reason !== 'autoplay' && reason !== 'api') {
      // The learner took control: rotation would pull the slide away from under them.
      this.rotation.stop();
    }
    this.rotation.restart();
    this.emit('mhm-slide-change', { id: this.id, index, previousIndex, reason });
    this.seen.see([index]);
  }

  /** Moves one slide forwards or backwards, wrapping only when `loop` is set. */
  private step(delta: number, reason: MhmSlideChangeReason): void {
    this.move(this.current + delta, reason, this.loop);
  }

  private handlePreviousClick(): void {
    this.step(-1, 'button');
  }

  private handleNextClick(): void {
    this.step(1, 'button');
  }

  private handleTabClick(event: MouseEvent): void {
    this.move(Number((event.currentTarget as HTMLElement).dataset.index), 'picker');
  }

  /** Arrow keys (mirrored right to left), Home and End move along the picker, as in tabs. */
  private handlePickerKeydown(event: KeyboardEvent): void {
    const index = pickerTarget(event, this.current, this.slides.length, this.localize.dir() === 'rtl');
    if (index !== undefined) {
      event.preventDefault();
      this.move(index, 'keyboard');
      this.renderRoot.querySelector<HTMLElement>(`#tab-${index}`)?.focus();
    }
  }

  private handleViewClick(): void {
    this.showAll = !this.showAll;
    this.rotation.stop();
    if (this.showAll) {
      this.seen.see(this.slides.map((_, index) => index));
    }
  }

  /** Index of the slide shown, 0-based. */
  get index(): number {
    return this.current;
  }

  /** Number of slides: the built-in five once loaded, or the author's `<mhm-slide>` children. */
  get slideCount(): number {
    return this.slides.length;
  }

  /** Shows the next slide (the first after the last, with `loop`). */
  next(): void {
    this.step(1, 'api');
  }

  /** Shows the previous slide (the last before the first, with `loop`). */
  previous(): void {
    this.step(-1, 'api');
  }

  /**
   * Shows a slide.
   * @param index The slide, 0-based; clamped to the slides there are.
   */
  goTo(index: number): void {
    if (Number.isFinite(index)) {
      this.move(Math.trunc(index), 'api');
    }
  }

  /**
   * Starts over: shows the `start` slide again and forgets which slides were seen, so seeing every
   * slide again fires `mhm-complete` again. Fires no event itself; in list view, the slides then on
   * screen count as seen again. The course's "Start over" uses it.
   */
  reset(): void {
    const count = this.slides.length;
    if (count) {
      this.current = this.validateStart(count);
    }
    this.seen.reset(count && !this.showAll ? this.current : undefined);
    // In list view, the slides are watched again.
    this.requestUpdate();
  }

  /** The built-in slides are on their way: the loading state keeps the place of what they bring. */
  private get loading(): boolean {
    return !this.slides.length && this.reasons.shown && !this.reasons.failed;
  }

  private renderHeader(heading: string): TemplateResult {
    // The author's own heading is in the page's language and direction.
    const own = Boolean(this.heading.trim());
    const { lang, dir } = this.reasons;
    return html`<header part="header" class="header">
      ${heading
        ? html`<div part="heading" class="heading" id="heading" role="heading" aria-level=${this.level}
            lang=${(own ? nothing : lang) as string} dir=${(own ? nothing : dir) as 'ltr'}>${heading}</div>`
        : this.loading
          ? html`<div class="heading skeleton"></div>`
          : nothing}
      ${this.renderToolbar()}
    </header>`;
  }

  private renderToolbar(): TemplateResult {
    const count = this.slides.length;
    const { rotating } = this.rotation;
    return html`<div part="toolbar" class="toolbar" ?hidden=${!count && !this.loading}>
      ${this.rotation.interval > 0 && !this.showAll && count > 1
        ? html`<button part="rotation-button" class="button" type="button" @click=${this.rotation.handleButtonClick}>
            <span class="icon ${rotating ? 'pause' : 'play'}" aria-hidden="true"></span>${this.localize.term(rotating ? 'stopRotation' : 'startRotation')}
          </button>`
        : nothing}
      <button part="view-toggle" class="button" type="button" aria-pressed=${this.showAll} @click=${this.handleViewClick}>
        <span class="icon list" aria-hidden="true"></span>${this.localize.term('viewAsList')}
      </button>
    </div>`;
  }

  /** No slide yet: the built-in ones are loading, or failed to. */
  private renderStatus(): TemplateResult {
    // No aria-busy: some screen readers skip what a busy element holds, and this holds the message.
    return html`<div part="slides" class="stack empty" aria-live="polite">
        <p part="status" class="status">${this.localize.term(this.loading ? 'loadingSlides' : 'slidesFailed')}</p>
      </div>
      ${this.loading ? html`<div class="controls"></div>` : nothing}`;
  }

  private renderList(): TemplateResult {
    return html`<ol part="slides" class="list">
      ${this.slides.map((slide, index) => html`<li part="slide" class="slide">${this.renderSlideContent(slide, index)}</li>`)}
    </ol>`;
  }

  private renderCarousel(): TemplateResult {
    const { slides, current, localize, swipe } = this;
    return html`<div part="slides" class="stack" id="slides" aria-live=${this.rotation.rotating ? 'off' : 'polite'}
        @pointerdown=${swipe.handlePointerDown} @pointerup=${swipe.handlePointerUp}
        @pointercancel=${swipe.handlePointerCancel} @click=${swipe.handleClick}>
        ${slides.map(
          (slide, index) =>
            html`<div part="slide${index === current ? ' slide-active' : ''}" class="slide${index === current ? ' active' : ''}"
              id="slide-${index}" role="group" aria-roledescription=${localize.term('slide')}
              aria-label=${localize.term('slideLabel', index + 1, slides.length, slide.title)} .inert=${index !== current}>
              ${this.renderSlideContent(slide, index)}
            </div>`,
        )}
      </div>
      <div part="controls" class="controls">
        ${this.renderStepButton('previous')}
        <div part="picker" class="picker" role="tablist" aria-label=${localize.term('chooseSlide')} @keydown=${this.handlePickerKeydown}>
          ${slides.map(
            (slide, index) =>
              html`<button part="picker-tab${index === current ? ' picker-tab-active' : ''}" class="tab" id="tab-${index}"
                type="button" role="tab" aria-selected=${index === current} aria-controls="slide-${index}" data-index=${index}
                tabindex=${index === current ? 0 : -1} aria-label=${localize.term('goToSlide', index + 1, slide.title)}
                @click=${this.handleTabClick}></button>`,
          )}
        </div>
        ${this.renderStepButton('next')}
      </div>`;
  }

  private renderSlideContent(slide: Slide, index: number): TemplateResult {
    const { lang, dir } = this.reasons;
    return html`${slide.title
        ? html`<div part="slide-heading" class="slide-heading" role="heading" aria-level=${Math.min(this.level + 1, 6)}
            lang=${lang} dir=${dir}>${slide.title}</div>`
        : nothing}
      <div part="slide-body" class="slide-body" lang=${lang} dir=${dir}>
        ${slide.element ? html`<slot data-index=${index}></slot>` : html`<p>${slide.body}</p>`}
      </div>`;
  }

  /** Previous or Next: disabled at the ends without `loop`, but kept in place and focusable. */
  private renderStepButton(name: 'previous' | 'next'): TemplateResult {
    const delta = name === 'next' ? 1 : -1;
    const enabled = this.slides.length > 1 && (this.loop || this.slides[this.current + delta]);
    return html`<button part="${name}-button" class="step" type="button" aria-controls="slides"
      aria-disabled=${enabled ? 'false' : 'true'} aria-label=${this.localize.term(`${name}Slide`)}
      @click=${name === 'next' ? this.handleNextClick : this.handlePreviousClick}>
      <svg class="chevron" viewBox="0 0 16 16" aria-hidden="true"><path d=${name === 'next' ? 'M6 3l5 5-5 5' : 'M10 3L5 8l5 5'} /></svg>
    </button>`;
  }

  override render(): TemplateResult {
    const heading = this.heading.trim() || (this.reasons.text?.heading ?? '');
    const count = this.slides.length;
    return html`<section part="base" class="base ${this.loading ? 'loading' : ''}" dir=${this.localize.dir()}
      aria-roledescription=${this.showAll ? nothing : this.localize.term('carousel')}
      aria-labelledby=${heading ? 'heading' : nothing} aria-label=${heading ? nothing : this.localize.term('slides')}
      @focusin=${this.rotation.handleFocusIn} @pointerenter=${this.rotation.handlePointerHover} @pointerleave=${this.rotation.handlePointerHover}>
      ${this.renderAuthorErrors()}
      ${count || this.reasons.shown
        ? html`${this.renderHeader(heading)}
          ${!count ? this.renderStatus() : this.showAll ? this.renderList() : this.renderCarousel()}`
        : nothing}
    </section>`;
  }
}
