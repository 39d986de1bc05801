import type { LitElement, ReactiveController } from 'lit';

/** What the carousel tells its seen controller. */
export interface SeenHost {
  /** How many slides there are now. */
  slideCount(): number;
  /**
   * Every slide has now been seen: the first time, or the first time since `reset()`.
   * @param viewed The number of slides.
   */
  completed(viewed: number): void;
}

/**
 * Which slides the learner has seen, and when the carousel counts as complete: every slide seen,
 * once (again after `reset()`).
 *
 * In the carousel, the slide shown counts (`see()`, `keep()`). In list view, a listed slide counts
 * once it has been on screen: half of it, or half the screen for a slide taller than that. An
 * `IntersectionObserver` watches the listed slides, created afresh each time the list view renders
 * (so added slides are watched too, and slides on screen after `reset()` count again) and only
 * while the host is in the page; never in a constructor, so the element renders on a server too.
 */
export class SeenController implements ReactiveController {
  private seen = new Set<number>();
  private completeSent = false;
  private observer?: IntersectionObserver;

  constructor(
    private readonly host: LitElement,
    private readonly carousel: SeenHost,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.watchList();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /**
   * Keeps what has been seen among the slides there are now (some may have been removed).
   * @param shown The slide the carousel shows, which counts as seen; none in list view, where a slide
   * counts for being on screen, not for being the current one.
   */
  keep(shown?: number): void {
    const count = this.carousel.slideCount();
    this.seen = new Set([...this.seen, ...(shown === undefined ? [] : [shown])].filter((index) => index < count));
  }

  /**
   * Counts slides as seen, and tells the carousel once every slide has been.
   * @param indices The slides seen, 0-based.
   */
  see(indices: readonly number[]): void {
    indices.forEach((index) => this.seen.add(index));
    const count = this.carousel.slideCount();
    if (!this.completeSent && count && this.seen.size >= count) {
      this.completeSent = true;
      this.carousel.completed(count);
    }
  }

  /**
   * Forgets every slide seen, so seeing them all again completes the carousel again.
   * @param shown The slide the carousel shows now, which counts as seen; none in list view.
   */
  reset(shown?: number): void {
    this.seen = new Set(shown === undefined ? [] : [shown]);
    this.completeSent = false;
  }

  /**
   * In list view and in the page, watches the listed slides, afresh after each update. A slide is
   * seen once half of it is on screen or, taller than the screen, once it fills half the screen: the
   * window, or the device's screen when the window is a frame taller than it (an LMS sizing the frame
   * to its content). Only list view is watched: the carousel's other slides are hidden, not off screen.
   */
  private watchList(): void {
    this.observer?.disconnect();
    const listed = [...this.host.renderRoot.querySelectorAll('.list > .slide')];
    if (!this.host.isConnected || !listed.length) {
      return;
    }
    const observer = (this.observer = new IntersectionObserver(
      (entries) =>
        this.see(
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
