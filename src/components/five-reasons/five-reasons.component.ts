import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fiveReasonsLocale, loadFiveReasons } from '../../content/five-reasons/load.js';
import type { FiveReasonsContent } from '../../content/five-reasons/types.js';
import type {} from '../../events/complete.js';
import type { MhmSlideChangeReason } from '../../events/slide-change.js';
import { LocaleLoader } from '../../internal/locale-loader.js';
import { defaultHeadingLevel, MhmElement } from '../../internal/mhm-element.js';
import blockStyles from '../../styles/blocks.styles.js';
import hostStyles from '../../styles/host.styles.js';
import styles from './five-reasons.styles.js';

/** Seconds per slide for a bare `autoplay`: time to read a title and two sentences slowly. */
const defaultInterval = 10;
/** The shortest `autoplay` interval, in seconds. */
const minInterval = 3;
/** How far, in CSS pixels, a pointer must travel sideways before a drag counts as a swipe. */
const swipeThreshold = 40;

/** `autoplay` alone (or `="true"`) means the default interval; any other value is seconds. */
const autoplayConverter = {
  fromAttribute(value: string | null): boolean | number {
    if (value === null) {
      return false;
    }
    const text = value.trim().toLowerCase();
    return text === '' || text === 'true' || text === 'autoplay' ? true : Number(text);
  },
};

/** One slide as rendered: the built-in text, or an author's `<mhm-slide>` to slot. */
interface Slide {
  heading: string;
  body?: string;
  element?: Element;
}

/** How an author's stray child is named in a message: `<p>`, or the start of its text. */
function describeNode(node: Node): string {
  if (node instanceof Element) {
    return `<${node.localName}>`;
  }
  const text = (node.textContent ?? '').trim();
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * @summary The course's five reasons to bring psychosocial topics into awareness raising, as an
 * accessible carousel (the WAI-ARIA carousel pattern with a tabbed slide picker), or the author's
 * own `<mhm-slide>` children. Works with no configuration, in the page's language.
 * @tagname mhm-five-reasons
 *
 * @slot - The default slot: `<mhm-slide heading="…">` children replace the built-in five reasons (any number of slides). Other children are not shown.
 *
 * @event {{ id: string, index: number, previousIndex: number, reason: 'button' | 'picker' | 'keyboard' | 'swipe' | 'autoplay' | 'api' }} mhm-slide-change - Another slide is shown: by the learner, by automatic rotation or by a script. Never on first render, nor when an author changes `start`.
 * @event {{ activity: 'carousel', id: string, completed: true, viewed: number }} mhm-complete - Every slide has now been shown (once per element).
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
  static override styles = [hostStyles, blockStyles, styles];

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

  /** Shows every slide as a list instead of a carousel (print always does). The learner's "View as list" toggle sets it. */
  @property({ attribute: 'show-all', type: Boolean, reflect: true }) showAll = false;

  /** Index of the slide shown. */
  @state() private current = 0;
  /** Whether automatic rotation is on (it may still be paused while the pointer hovers). */
  @state() private rotating = false;
  /** The author's `<mhm-slide>` children. */
  @state() private authorSlides: readonly Element[] = [];
  /** Children that are not slides: text or other elements. */
  @state() private strayChildren: readonly Node[] = [];
  /** The built-in five reasons, once loaded, in the language last asked for. */
  @state() private content?: FiveReasonsContent;
  /** Whether loading the built-in five reasons failed. */
  @state() private loadFailed = false;

  /** The slides as last rendered. */
  private slides: readonly Slide[] = [];
  /** Validated values used by render. */
  private level = defaultHeadingLevel;
  private interval = 0;
  /** Downloads the built-in five reasons in the language shown. */
  private readonly contentLoader = new LocaleLoader(loadFiveReasons, (result) => {
    if (result.ok) {
      this.content = result.value;
    } else {
      this.loadFailed = true;
    }
  });
  /** Whether `start` has been applied to the slides. */
  private started = false;
  private viewed = new Set<number>();
  private completeSent = false;
  private timer?: ReturnType<typeof setTimeout>;
  private hovered = false;
  private swipe?: { pointerId: number; x: number; y: number };
  private swiped = false;
  private readonly childObserver = new MutationObserver((records) => this.handleChildMutations(records));

  override connectedCallback(): void {
    super.connectedCallback();
    this.readChildren();
    this.childObserver.observe(this, { childList: true, subtree: true, attributes: true, attributeFilter: ['heading'] });
    // Moved in the page: nothing re-renders, so rotation resumes here.
    this.syncTimer();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver.disconnect();
    this.hovered = false;
    this.syncTimer();
  }

  /** Also waits for the built-in slides to load, so `await el.updateComplete` sees them. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.contentLoader.settled(() => super.getUpdateComplete());
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('headingLevel')) {
      this.level = this.checkHeadingLevel(this.headingLevel);
    }
    if (changed.has('autoplay')) {
      this.validateAutoplay();
    }
    if (changed.has('authorSlides') || changed.has('strayChildren')) {
      this.validateChildren();
    }
    this.syncContent();
    this.updateSlides(changed.has('start'));
  }

  protected override updated(): void {
    // Manual slot assignment: each author slide goes into the slot of its own panel.
    for (const slot of this.renderRoot.querySelectorAll<HTMLSlotElement>('slot[data-index]')) {
      const slide = this.slides[Number(slot.dataset.index)]?.element;
      if (slide && slot.assignedNodes()[0] !== slide) {
        slot.assign(slide);
      }
    }
    this.syncTimer();
  }

  private validateAutoplay(): void {
    const value = this.autoplay;
    const raw = this.getAttribute('autoplay') ?? value;
    if (value === false || value === null || value === undefined) {
      this.interval = 0;
      this.clearAuthorError('autoplay');
    } else if (value === true || (Number.isFinite(value) && value >= minInterval)) {
      this.interval = value === true ? defaultInterval : value;
      this.clearAuthorError('autoplay');
    } else if (Number.isFinite(value)) {
      this.interval = minInterval;
      this.authorError('autoplay', raw, `Learners need at least ${minInterval} seconds per slide: using ${minInterval}.`);
    } else {
      this.interval = defaultInterval;
      this.authorError(
        'autoplay',
        raw,
        `Use a number of seconds, e.g. autoplay="8", or autoplay alone for ${defaultInterval} seconds. Using ${defaultInterval} meanwhile.`,
      );
    }
    // WCAG 2.2.2 and the carousel pattern: people who ask for less motion start with rotation stopped.
    this.rotating = this.interval > 0 && !matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  private validateChildren(): void {
    const stray = this.strayChildren[0];
    if (stray === undefined) {
      this.clearAuthorError('children');
    } else if (this.authorSlides.length === 0) {
      this.authorError(
        'children',
        describeNode(stray),
        'Put each slide in <mhm-slide heading="…">…</mhm-slide>, or leave the element empty for the built-in five reasons. No slide is shown meanwhile.',
      );
    } else {
      this.authorError('children', describeNode(stray), 'Only <mhm-slide> children are shown: put this inside one.');
    }
  }

  /** Loads the built-in five reasons in the element's language when they are the slides shown. */
  private syncContent(): void {
    if (this.authorSlides.length > 0 || this.strayChildren.length > 0) {
      this.clearAuthorError('lang');
      return;
    }
    const lang = this.localize.lang();
    const { locale, fallback } = fiveReasonsLocale(lang);
    if (fallback) {
      this.authorError(
        'lang',
        lang,
        'The built-in five reasons are written in English, French, Arabic, Portuguese and Spanish: showing English. For another language, write the slides as <mhm-slide> children.',
      );
    } else {
      this.clearAuthorError('lang');
    }
    if (this.contentLoader.request(locale)) {
      this.loadFailed = false;
    }
  }

  /** Rebuilds the slide list, keeps the shown slide (or a valid index) and applies `start`. */
  private updateSlides(startChanged: boolean): void {
    const shown = this.slides[this.current]?.element;
    const slides = this.collectSlides();
    this.slides = slides;
    const count = slides.length;
    if (count === 0) {
      return;
    }
    if (!this.started || startChanged) {
      this.started = true;
      this.current = this.validateStart(count);
    } else {
      const kept = shown ? slides.findIndex((slide) => slide.element === shown) : -1;
      this.current = kept >= 0 ? kept : Math.min(this.current, count - 1);
    }
    this.viewed = new Set([...this.viewed].filter((index) => index < count));
    this.viewed.add(this.current);
  }

  private collectSlides(): Slide[] {
    if (this.authorSlides.length > 0) {
      return this.authorSlides.map((element) => ({ heading: element.getAttribute('heading')?.trim() ?? '', element }));
    }
    if (this.strayChildren.length > 0 || this.loadFailed || !this.content) {
      return [];
    }
    return this.content.reasons.map((reason) => ({ heading: reason.title, body: reason.body }));
  }

  private validateStart(count: number): number {
    const start = this.start;
    const raw = this.getAttribute('start') ?? start;
    const last = count - 1;
    const fix = `Use a whole number from 0 to ${last} (0 is the first slide).`;
    if (!Number.isFinite(start)) {
      this.authorError('start', raw, `${fix} Showing the first slide meanwhile.`);
      return 0;
    }
    const index = Math.min(Math.max(Math.round(start), 0), last);
    if (index !== start) {
      this.authorError('start', raw, `${fix} Using start="${index}" meanwhile.`);
    } else {
      this.clearAuthorError('start');
    }
    return index;
  }

  /** Reads the author's children: the slides, and anything else that would not be shown. */
  private readChildren(): void {
    const slides = [...this.children].filter((child) => child.localName === 'mhm-slide');
    const stray = [...this.childNodes].filter((node) =>
      node instanceof Element
        ? node.localName !== 'mhm-slide'
        : node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '',
    );
    const same = (a: readonly Node[], b: readonly Node[]) => a.length === b.length && a.every((node, i) => node === b[i]);
    if (!same(slides, this.authorSlides)) {
      this.authorSlides = slides;
    }
    if (!same(stray, this.strayChildren)) {
      this.strayChildren = stray;
    }
  }

  /** Restarts, starts or stops the rotation timer to match the current state. */
  private syncTimer(restart = false): void {
    const run = this.isConnected && this.rotating && !this.hovered && !this.showAll && this.slides.length > 1;
    if (this.timer !== undefined && (restart || !run)) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (run && this.timer === undefined) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.move((this.current + 1) % this.slides.length, 'autoplay');
      }, this.interval * 1000);
    }
  }

  /** Shows slide `target` (clamped) and tells the page why. */
  private move(target: number, reason: MhmSlideChangeReason): void {
    const count = this.slides.length;
    const index = Math.min(Math.max(target, 0), count - 1);
    if (count === 0 || index === this.current) {
      return;
    }
    const previousIndex = this.current;
    this.current = index;
    if (reason !== 'autoplay' && reason !== 'api') {
      // The learner took control: rotation would pull the slide away from under them.
      this.rotating = false;
    }
    this.syncTimer(true);
    this.emit('mhm-slide-change', { id: this.id, index, previousIndex, reason });
    this.markViewed([index]);
  }

  /** Moves one slide forwards or backwards, wrapping only when `loop` is set. */
  private step(delta: 1 | -1, reason: MhmSlideChangeReason): void {
    const count = this.slides.length;
    const target = this.current + delta;
    this.move(this.loop ? (target + count) % count : target, reason);
  }

  private markViewed(indices: readonly number[]): void {
    for (const index of indices) {
      this.viewed.add(index);
    }
    const count = this.slides.length;
    if (!this.completeSent && count > 0 && this.viewed.size >= count) {
      this.completeSent = true;
      this.emit('mhm-complete', { activity: 'carousel', id: this.id, completed: true, viewed: count });
    }
  }

  private canStep(delta: 1 | -1): boolean {
    const target = this.current + delta;
    return this.slides.length > 1 && (this.loop || (target >= 0 && target < this.slides.length));
  }

  private handleChildMutations(records: MutationRecord[]): void {
    this.readChildren();
    if (records.some((record) => record.type === 'attributes')) {
      this.requestUpdate();
    }
  }

  private handlePreviousClick(): void {
    this.step(-1, 'button');
  }

  private handleNextClick(): void {
    this.step(1, 'button');
  }

  private handleTabClick(index: number): void {
    this.move(index, 'picker');
  }

  /** Arrow keys (mirrored right to left), Home and End move along the picker, as in tabs. */
  private handlePickerKeydown(event: KeyboardEvent): void {
    const count = this.slides.length;
    const forward = this.localize.dir() === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = this.localize.dir() === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    const targets: Record<string, number> = {
      [forward]: (this.current + 1) % count,
      [backward]: (this.current - 1 + count) % count,
      Home: 0,
      End: count - 1,
    };
    const target = targets[event.key];
    if (target === undefined || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    event.preventDefault();
    this.move(target, 'keyboard');
    this.renderRoot.querySelector<HTMLElement>(`#tab-${target}`)?.focus();
  }

  private handleRotationClick(): void {
    this.rotating = !this.rotating;
  }

  private handleViewClick(): void {
    this.showAll = !this.showAll;
    this.rotating = false;
    if (this.showAll) {
      this.markViewed(this.slides.map((_, index) => index));
    }
  }

  /** Keyboard focus entering stops rotation for good (WCAG 2.2.2); a mouse click's focus does not. */
  private handleFocusIn(event: FocusEvent): void {
    const target = event.composedPath()[0];
    if (this.rotating && target instanceof Element && target.matches(':focus-visible')) {
      this.rotating = false;
    }
  }

  private handlePointerHover(event: PointerEvent): void {
    if (event.pointerType !== 'touch') {
      this.hovered = event.type === 'pointerenter';
      this.syncTimer();
    }
  }

  private handlePointerDown(event: PointerEvent): void {
    this.swiped = false;
    this.swipe = event.isPrimary && event.button === 0 ? { pointerId: event.pointerId, x: event.clientX, y: event.clientY } : undefined;
  }

  private handlePointerUp(event: PointerEvent): void {
    const swipe = this.swipe;
    this.swipe = undefined;
    if (!swipe || swipe.pointerId !== event.pointerId) {
      return;
    }
    const dx = event.clientX - swipe.x;
    const dy = event.clientY - swipe.y;
    if (Math.abs(dx) < swipeThreshold || Math.abs(dx) <= Math.abs(dy)) {
      return;
    }
    // The click that may follow the drag must not follow a link the drag started on.
    this.swiped = true;
    // Swiping towards the inline start brings the next slide: leftwards, or rightwards in RTL.
    const towardsStart = this.localize.dir() === 'rtl' ? dx > 0 : dx < 0;
    if (this.canStep(towardsStart ? 1 : -1)) {
      this.step(towardsStart ? 1 : -1, 'swipe');
    }
  }

  private handlePointerCancel(): void {
    this.swipe = undefined;
  }

  private handleSlidesClick(event: MouseEvent): void {
    // A click from the keyboard (detail 0) is never the end of a drag.
    if (this.swiped && event.detail !== 0) {
      event.preventDefault();
      event.stopPropagation();
    }
    this.swiped = false;
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
   * slide again fires `mhm-complete` again. Fires no event. The course's "Start over" uses it.
   */
  reset(): void {
    this.viewed = new Set();
    this.completeSent = false;
    if (this.slides.length > 0) {
      this.current = this.validateStart(this.slides.length);
      this.viewed.add(this.current);
    }
  }

  override render(): TemplateResult {
    const heading = this.heading.trim() || (this.builtIn ? (this.content?.heading ?? '') : '');
    return html`<section part="base" class="base" dir=${this.localize.dir()}
      aria-roledescription=${ifDefined(this.showAll ? undefined : this.localize.term('carousel'))}
      aria-labelledby=${ifDefined(heading ? 'heading' : undefined)}
      aria-label=${ifDefined(heading ? undefined : this.localize.term('slides'))}
      @focusin=${this.handleFocusIn} @pointerenter=${this.handlePointerHover} @pointerleave=${this.handlePointerHover}>
      ${this.renderAuthorErrors()} ${this.renderContent(heading)}
    </section>`;
  }

  private renderContent(heading: string): TemplateResult | typeof nothing {
    if (this.slides.length > 0) {
      return html`${this.renderHeader(heading)} ${this.showAll ? this.renderList() : this.renderCarousel()}`;
    }
    // No slide: the built-in ones are loading (or failed to), or the author's children are all wrong.
    return this.builtIn ? html`${this.renderHeader(heading)} ${this.renderStatus()}` : nothing;
  }

  /** Whether the built-in five reasons are the slides (nothing else was given). */
  private get builtIn(): boolean {
    return this.authorSlides.length === 0 && this.strayChildren.length === 0;
  }

  private renderHeader(heading: string): TemplateResult {
    const text = this.textLanguage(!this.heading.trim());
    const rotation =
      this.interval > 0 && !this.showAll && this.slides.length > 1
        ? html`<button part="rotation-button" class="button" type="button" @click=${this.handleRotationClick}>
            <span class="icon ${this.rotating ? 'pause' : 'play'}" aria-hidden="true"></span>${this.localize.term(this.rotating ? 'stopRotation' : 'startRotation')}
          </button>`
        : nothing;
    return html`<header part="header" class="header">
      ${heading
        ? html`<div part="heading" class="heading" id="heading" role="heading" aria-level=${this.level}
            lang=${ifDefined(text?.lang)} dir=${ifDefined(text?.dir)}>${heading}</div>`
        : nothing}
      <div part="toolbar" class="toolbar" ?hidden=${this.slides.length === 0}>
        ${rotation}
        <button part="view-toggle" class="button" type="button" aria-pressed=${this.showAll ? 'true' : 'false'} @click=${this.handleViewClick}>
          <span class="icon list" aria-hidden="true"></span>${this.localize.term('viewAsList')}
        </button>
      </div>
    </header>`;
  }

  /** `lang` and `dir` of the built-in text, which may differ from the page's after a fallback. */
  private textLanguage(builtInText: boolean): Pick<FiveReasonsContent, 'lang' | 'dir'> | undefined {
    return builtInText && this.builtIn && this.content ? { lang: this.content.lang, dir: this.content.dir } : undefined;
  }

  private renderStatus(): TemplateResult {
    const failed = this.loadFailed;
    return html`<div part="slides" class="stack loading" aria-live="polite" aria-busy=${failed ? 'false' : 'true'}>
      <p part="status" class="status">${this.localize.term(failed ? 'slidesFailed' : 'loadingSlides')}</p>
    </div>`;
  }

  private renderCarousel(): TemplateResult {
    const count = this.slides.length;
    return html`<div part="slides" class="stack" id="slides" aria-live=${this.rotating ? 'off' : 'polite'}
        @pointerdown=${this.handlePointerDown} @pointerup=${this.handlePointerUp} @pointercancel=${this.handlePointerCancel}
        @click=${{ handleEvent: (event: MouseEvent) => this.handleSlidesClick(event), capture: true }}>
        ${this.slides.map((slide, index) => {
          const active = index === this.current;
          return html`<div part="slide${active ? ' slide-active' : ''}" class="slide${active ? ' active' : ''}" id="slide-${index}"
            role="group" aria-roledescription=${this.localize.term('slide')}
            aria-label=${this.localize.term('slideLabel', index + 1, count, slide.heading)} .inert=${!active}>
            ${this.renderSlideContent(slide, index)}
          </div>`;
        })}
      </div>
      <div part="controls" class="controls">
        ${this.renderStepButton(-1)}
        <div part="picker" class="picker" role="tablist" aria-label=${this.localize.term('chooseSlide')} @keydown=${this.handlePickerKeydown}>
          ${this.slides.map((slide, index) => {
            const active = index === this.current;
            return html`<button part="picker-tab${active ? ' picker-tab-active' : ''}" class="tab" id="tab-${index}" type="button"
              role="tab" aria-selected=${active ? 'true' : 'false'} aria-controls="slide-${index}" tabindex=${active ? 0 : -1}
              aria-label=${this.localize.term('goToSlide', index + 1, slide.heading)} @click=${() => this.handleTabClick(index)}></button>`;
          })}
        </div>
        ${this.renderStepButton(1)}
      </div>`;
  }

  /** Previous or Next: disabled at the ends without `loop`, but kept in place and focusable. */
  private renderStepButton(delta: 1 | -1): TemplateResult {
    const next = delta === 1;
    return html`<button part=${next ? 'next-button' : 'previous-button'} class="step" type="button" aria-controls="slides"
      aria-disabled=${this.canStep(delta) ? 'false' : 'true'} aria-label=${this.localize.term(next ? 'nextSlide' : 'previousSlide')}
      @click=${next ? this.handleNextClick : this.handlePreviousClick}>
      <svg class="chevron" viewBox="0 0 16 16" aria-hidden="true"><path d=${next ? 'M6 3l5 5-5 5' : 'M10 3L5 8l5 5'} /></svg>
    </button>`;
  }

  private renderList(): TemplateResult {
    return html`<ol part="slides" class="list">
      ${this.slides.map((slide, index) => html`<li part="slide" class="slide">${this.renderSlideContent(slide, index)}</li>`)}
    </ol>`;
  }

  private renderSlideContent(slide: Slide, index: number): TemplateResult {
    const text = this.textLanguage(true);
    return html`${slide.heading
        ? html`<div part="slide-heading" class="slide-heading" role="heading" aria-level=${Math.min(this.level + 1, 6)}
            lang=${ifDefined(text?.lang)} dir=${ifDefined(text?.dir)}>${slide.heading}</div>`
        : nothing}
      <div part="slide-body" class="slide-body" lang=${ifDefined(text?.lang)} dir=${ifDefined(text?.dir)}>
        ${slide.element ? html`<slot data-index=${index}></slot>` : html`<p>${slide.body}</p>`}
      </div>`;
  }
}
