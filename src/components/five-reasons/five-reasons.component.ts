import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { fiveReasonsLocale, loadFiveReasons } from '../../content/five-reasons/load.js';
import type { FiveReasonsContent } from '../../content/five-reasons/types.js';
import type {} from '../../events/complete.js';
import type { MhmSlideChangeReason } from '../../events/slide-change.js';
import { LocaleLoader } from '../../internal/locale-loader.js';
import { MhmElement } from '../../internal/mhm-element.js';
import blockStyles from '../../styles/blocks.styles.js';
import hostStyles from '../../styles/host.styles.js';
import skeletonStyles from '../../styles/skeleton.styles.js';
import styles from './five-reasons.styles.js';

/** Seconds per slide for a bare `autoplay`: time to read a title and two sentences slowly. */
const defaultInterval = 10;
/** The shortest `autoplay` interval, in seconds. */
const minInterval = 3;

/** `autoplay` alone (or `="true"`) means the default interval; any other value is seconds. */
const autoplayConverter = {
  fromAttribute(value: string | null): boolean | number {
    const text = value?.trim().toLowerCase();
    return text === undefined ? false : text === '' || text === 'true' || text === 'autoplay' || Number(text);
  },
};

/** One slide as rendered: the built-in text, or an author's `<mhm-slide>` to slot. */
interface Slide {
  title: string;
  body?: string;
  element?: Element;
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

  /** Index of the slide shown. */
  @state() private current = 0;
  /** Whether automatic rotation is on (it may still be paused while the pointer hovers). */
  @state() private rotating?: boolean;

  /** The slides as last rendered. */
  private slides: readonly Slide[] = [];
  /** Whether the built-in five reasons are the slides (the element has no children to show; set on each update). */
  private builtIn!: boolean;
  /** The built-in five reasons, once loaded, in the language last asked for. */
  private content?: FiveReasonsContent;
  /** Whether loading the built-in five reasons failed. */
  private loadFailed?: boolean;
  /** Validated values used by render (set on the first update). */
  private level!: number;
  private interval!: number;
  /** Downloads the built-in five reasons in the language shown. */
  private readonly contentLoader = new LocaleLoader(loadFiveReasons, (result) => {
    if (result.ok) {
      this.content = result.value;
    } else {
      this.loadFailed = true;
    }
    this.requestUpdate();
  });
  /** Whether `start` has been applied to the slides. */
  private started?: boolean;
  private viewed = new Set<number>();
  private completeSent?: boolean;
  /** In list view, counts each slide as seen once it has been on screen. */
  private seenObserver?: IntersectionObserver;
  private timer?: ReturnType<typeof setTimeout>;
  private hovered?: boolean;
  /** Where a possible swipe started. */
  private swipe?: PointerEvent;
  private swiped?: boolean;
  // Slides added, removed or retitled: the next update reads the children again.
  private childObserver?: MutationObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    // Created on connect, not with the element: servers (Lit SSR) construct elements and have no MutationObserver.
    this.childObserver ??= new MutationObserver(() => this.requestUpdate());
    this.childObserver.observe(this, { childList: true, subtree: true, attributes: true, attributeFilter: ['heading'] });
    // Moved in the page: the children are read again, and rotation resumes here.
    this.requestUpdate();
    this.syncTimer();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver?.disconnect();
    this.hovered = false;
    this.syncTimer();
    this.seenObserver?.disconnect();
  }

  /** Also waits for the built-in slides to load, so `await el.updateComplete` sees them. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.contentLoader.settled(() => super.getUpdateComplete());
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.level = this.checkHeadingLevel(this.headingLevel);
    if (changed.has('autoplay')) {
      this.validateAutoplay();
    }
    // The author's `<mhm-slide>` children, and the first child that would not be shown (none on a
    // server renderer's host, Lit SSR, which has no children to read).
    const authorSlides = [...(this.children ?? [])].filter((child) => child.localName === 'mhm-slide');
    const stray = [...(this.childNodes ?? [])].find((node) =>
      node instanceof Element ? node.localName !== 'mhm-slide' : node.nodeType === Node.TEXT_NODE && node.textContent!.trim(),
    );
    this.builtIn = !authorSlides.length && !stray;
    this.report(
      'children',
      stray && (stray instanceof Element ? `<${stray.localName}>` : describeText(stray.textContent!)),
      stray &&
        (authorSlides.length
          ? 'Only <mhm-slide> children are shown: put this inside one.'
          : 'Put each slide in <mhm-slide heading="…">…</mhm-slide>, or leave the element empty for the built-in five reasons. No slide is shown meanwhile.'),
    );
    // The built-in five reasons, in the element's language, when they are the slides shown.
    const lang = this.localize.lang();
    const { locale, fallback } = fiveReasonsLocale(lang);
    this.report(
      'lang',
      lang,
      this.builtIn &&
        fallback &&
        'The built-in five reasons are written in English, French, Arabic, Portuguese and Spanish: showing English. For another language, write the slides as <mhm-slide> children.',
    );
    if (this.builtIn && this.contentLoader.request(locale)) {
      this.loadFailed = false;
    }
    // The slides: the shown one (or a valid index) is kept, and `start` applied.
    const shown = this.slides[this.current]?.element;
    const slides: readonly Slide[] = (this.slides = authorSlides.length
      ? authorSlides.map((element) => ({ title: element.getAttribute('heading')?.trim() ?? '', element }))
      : this.builtIn && !this.loadFailed && this.content
        ? this.content.reasons
        : []);
    const count = slides.length;
    if (count) {
      const kept = shown ? slides.findIndex((slide) => slide.element === shown) : -1;
      this.current = !this.started || changed.has('start') ? this.validateStart(count) : kept >= 0 ? kept : Math.min(this.current, count - 1);
      this.started = true;
      // In list view a slide counts once it has been on screen, not for being `current`.
      this.viewed = new Set([...this.viewed, ...(this.showAll ? [] : [this.current])].filter((index) => index < count));
    }
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
    // In list view and in the page, the listed slides are watched, afresh after each update: added
    // slides are watched too, and slides on screen after `reset()` count again. A slide is seen once
    // half of it is on screen or, taller than the screen, once it fills half the screen: the window,
    // or the device's screen when the window is a frame taller than it (an LMS sizing the frame to its
    // content). Only list view is watched: the carousel's other slides are hidden, not off screen.
    this.seenObserver?.disconnect();
    if (this.isConnected && this.showAll) {
      const listed = [...this.renderRoot.querySelectorAll('.list > .slide')];
      const observer = (this.seenObserver = new IntersectionObserver(
        (entries) =>
          this.markViewed(
            entries
              .filter((entry) => entry.intersectionRect.height * 2 > Math.min(entry.boundingClientRect.height, innerHeight, screen.height))
              .map((entry) => listed.indexOf(entry.target)),
          ),
        // Checked at every 1% of a slide, so that one taller than the screen counts as it scrolls by.
        { threshold: [...Array(51).keys()].map((step) => step / 100) },
      ));
      listed.forEach((slide) => observer.observe(slide));
    }
  }

  private validateAutoplay(): void {
    const value = this.autoplay;
    // Anything but a number of seconds, 3 at least, is off (false), the default (true) or a mistake.
    const seconds = value === true ? defaultInterval : Number.isFinite(value) ? Math.max(value as number, minInterval) : defaultInterval;
    this.interval = value === false || value === null || value === undefined ? 0 : seconds;
    this.report(
      'autoplay',
      this.getAttribute('autoplay') ?? value,
      this.interval &&
        seconds !== value &&
        value !== true &&
        (Number.isFinite(value)
          ? `Learners need at least ${minInterval} seconds per slide: using ${minInterval}.`
          : `Use a number of seconds, e.g. autoplay="8", or autoplay alone for ${defaultInterval} seconds. Using ${defaultInterval} meanwhile.`),
    );
    // WCAG 2.2.2 and the carousel pattern: people who ask for less motion start with rotation stopped.
    this.rotating = this.interval > 0 && !matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  private validateStart(count: number): number {
    const start = this.start;
    const last = count - 1;
    const finite = Number.isFinite(start);
    const index = finite ? Math.min(Math.max(Math.round(start), 0), last) : 0;
    this.report(
      'start',
      this.getAttribute('start') ?? start,
      index !== start &&
        `Use a whole number from 0 to ${last} (0 is the first slide). ${finite ? `Using start="${index}"` : 'Showing the first slide'} meanwhile.`,
    );
    return index;
  }

  /** Restarts, starts or stops the rotation timer to match the current state. */
  private syncTimer(restart?: boolean): void {
    const run = this.isConnected && this.rotating && !this.hovered && !this.showAll && this.slides.length > 1;
    if (restart || !run) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (run && this.timer === undefined) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.move(this.current + 1, 'autoplay', true);
      }, this.interval * 1000);
    }
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
      this.rotating = false;
    }
    this.syncTimer(true);
    this.emit('mhm-slide-change', { id: this.id, index, previousIndex, reason });
    this.markViewed([index]);
  }

  /** Moves one slide forwards or backwards, wrapping only when `loop` is set. */
  private step(delta: number, reason: MhmSlideChangeReason): void {
    this.move(this.current + delta, reason, this.loop);
  }

  private markViewed(indices: readonly number[]): void {
    indices.forEach((index) => this.viewed.add(index));
    const count = this.slides.length;
    if (!this.completeSent && count && this.viewed.size >= count) {
      this.completeSent = true;
      this.emit('mhm-complete', { activity: 'carousel', id: this.id, completed: true, viewed: count });
    }
  }

  /** Arrow keys (mirrored right to left), Home and End move along the picker, as in tabs. */
  private handlePickerKeydown(event: KeyboardEvent): void {
    const count = this.slides.length;
    const forward = this.localize.dir() === 'rtl' ? -1 : 1;
    const target = ({ ArrowRight: this.current + forward, ArrowLeft: this.current - forward, Home: 0, End: count - 1 } as Record<string, number>)[
      event.key
    ];
    if (target === undefined || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    event.preventDefault();
    const index = (target + count) % count;
    this.move(index, 'keyboard');
    this.renderRoot.querySelector<HTMLElement>(`#tab-${index}`)?.focus();
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
    if ((event.composedPath()[0] as Element).matches?.(':focus-visible')) {
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
    this.swipe = event.isPrimary && event.button === 0 ? event : undefined;
  }

  private handlePointerUp(event: PointerEvent): void {
    const swipe = this.swipe;
    this.swipe = undefined;
    const dx = event.clientX - swipe?.clientX!;
    // How far, in CSS pixels, a pointer must travel sideways before a drag counts as a swipe.
    if (swipe?.pointerId !== event.pointerId || Math.abs(dx) < 40 || Math.abs(dx) <= Math.abs(event.clientY - swipe.clientY)) {
      return;
    }
    // The click that may follow the drag must not follow a link the drag started on.
    this.swiped = true;
    // Swiping towards the inline start brings the next slide: leftwards, or rightwards in RTL.
    this.step((this.localize.dir() === 'rtl') === dx > 0 ? 1 : -1, 'swipe');
  }

  /** A click from the keyboard (detail 0) is never the end of a drag. */
  private readonly handleSlidesClick = {
    handleEvent: (event: MouseEvent): void => {
      if (this.swiped && event.detail) {
        event.preventDefault();
        event.stopPropagation();
      }
      this.swiped = false;
    },
    capture: true,
  };

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
    this.viewed = new Set();
    this.completeSent = false;
    if (this.slides.length) {
      this.current = this.validateStart(this.slides.length);
      if (!this.showAll) {
        this.viewed.add(this.current);
      }
    }
    // In list view, the slides are watched again.
    this.requestUpdate();
  }

  override render(): TemplateResult {
    const { slides, showAll, localize, current } = this;
    const count = slides.length;
    // `lang` and `dir` of the built-in text, which may differ from the page's after a fallback.
    const text = this.builtIn ? this.content : undefined;
    // `nothing` leaves the attribute out: the page's language and direction apply.
    const lang = (text?.lang ?? nothing) as string;
    const dir = (text?.dir ?? nothing) as 'ltr';
    const ownHeading = this.heading.trim();
    const heading = ownHeading || (text?.heading ?? '');
    // The built-in slides are on their way: the loading state keeps the place of what they bring.
    const loading = !count && this.builtIn && !this.loadFailed;
    const slideContent = (slide: Slide, index: number) =>
      html`${slide.title
          ? html`<div part="slide-heading" class="slide-heading" role="heading" aria-level=${Math.min(this.level + 1, 6)}
              lang=${lang} dir=${dir}>${slide.title}</div>`
          : nothing}
        <div part="slide-body" class="slide-body" lang=${lang} dir=${dir}>
          ${slide.element ? html`<slot data-index=${index}></slot>` : html`<p>${slide.body}</p>`}
        </div>`;
    // Previous or Next: disabled at the ends without `loop`, but kept in place and focusable.
    const stepButton = (delta: number, name: string, path: string) =>
      html`<button part="${name}-button" class="step" type="button" aria-controls="slides"
        aria-disabled=${count > 1 && (this.loop || slides[current + delta]) ? 'false' : 'true'}
        aria-label=${localize.term(`${name}Slide` as 'nextSlide')} @click=${() => this.step(delta, 'button')}>
        <svg class="chevron" viewBox="0 0 16 16" aria-hidden="true"><path d=${path} /></svg>
      </button>`;
    return html`<section part="base" class="base ${loading ? 'loading' : ''}" dir=${localize.dir()}
      aria-roledescription=${showAll ? nothing : localize.term('carousel')}
      aria-labelledby=${heading ? 'heading' : nothing} aria-label=${heading ? nothing : localize.term('slides')}
      @focusin=${this.handleFocusIn} @pointerenter=${this.handlePointerHover} @pointerleave=${this.handlePointerHover}>
      ${this.renderAuthorErrors()}
      ${count || this.builtIn
        ? html`<header part="header" class="header">
              ${heading
                ? html`<div part="heading" class="heading" id="heading" role="heading" aria-level=${this.level}
                    lang=${(ownHeading ? nothing : lang) as string} dir=${(ownHeading ? nothing : dir) as 'ltr'}>${heading}</div>`
                : loading
                  ? html`<div class="heading skeleton"></div>`
                  : nothing}
              <div part="toolbar" class="toolbar" ?hidden=${!count && !loading}>
                ${this.interval > 0 && !showAll && count > 1
                  ? html`<button part="rotation-button" class="button" type="button" @click=${() => (this.rotating = !this.rotating)}>
                      <span class="icon ${this.rotating ? 'pause' : 'play'}" aria-hidden="true"></span>${localize.term(
                        this.rotating ? 'stopRotation' : 'startRotation',
                      )}
                    </button>`
                  : nothing}
                <button part="view-toggle" class="button" type="button" aria-pressed=${showAll} @click=${this.handleViewClick}>
                  <span class="icon list" aria-hidden="true"></span>${localize.term('viewAsList')}
                </button>
              </div>
            </header>
            ${!count
              ? // No slide yet: the built-in ones are loading, or failed to.
                // No aria-busy: some screen readers skip what a busy element holds, and this holds the message.
                html`<div part="slides" class="stack empty" aria-live="polite">
                    <p part="status" class="status">${localize.term(loading ? 'loadingSlides' : 'slidesFailed')}</p>
                  </div>
                  ${loading ? html`<div class="controls"></div>` : nothing}`
              : showAll
                ? html`<ol part="slides" class="list">
                    ${slides.map((slide, index) => html`<li part="slide" class="slide">${slideContent(slide, index)}</li>`)}
                  </ol>`
                : html`<div part="slides" class="stack" id="slides" aria-live=${this.rotating ? 'off' : 'polite'}
                      @pointerdown=${this.handlePointerDown} @pointerup=${this.handlePointerUp}
                      @pointercancel=${() => (this.swipe = undefined)} @click=${this.handleSlidesClick}>
                      ${slides.map(
                        (slide, index) =>
                          html`<div part="slide${index === current ? ' slide-active' : ''}" class="slide${index === current ? ' active' : ''}"
                            id="slide-${index}" role="group" aria-roledescription=${localize.term('slide')}
                            aria-label=${localize.term('slideLabel', index + 1, count, slide.title)} .inert=${index !== current}>
                            ${slideContent(slide, index)}
                          </div>`,
                      )}
                    </div>
                    <div part="controls" class="controls">
                      ${stepButton(-1, 'previous', 'M10 3L5 8l5 5')}
                      <div part="picker" class="picker" role="tablist" aria-label=${localize.term('chooseSlide')}
                        @keydown=${this.handlePickerKeydown}>
                        ${slides.map(
                          (slide, index) =>
                            html`<button part="picker-tab${index === current ? ' picker-tab-active' : ''}" class="tab" id="tab-${index}"
                              type="button" role="tab" aria-selected=${index === current} aria-controls="slide-${index}"
                              tabindex=${index === current ? 0 : -1} aria-label=${localize.term('goToSlide', index + 1, slide.title)}
                              @click=${() => this.move(index, 'picker')}></button>`,
                        )}
                      </div>
                      ${stepButton(1, 'next', 'M6 3l5 5-5 5')}
                    </div>`}`
        : nothing}
    </section>`;
  }
}

/** How an author's stray text is named in a message: its start. */
function describeText(text: string): string {
  text = text.trim();
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
