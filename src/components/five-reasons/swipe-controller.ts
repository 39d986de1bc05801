import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How far, in CSS pixels, a pointer must travel sideways before a drag counts as a swipe. */
const swipeDistance = 40;

/** What the carousel tells its swipe controller. */
export interface SwipeHost {
  /** Whether the slides read right to left, where a swipe's directions are mirrored. */
  rtl(): boolean;
  /**
   * A swipe happened.
   * @param delta 1 for the next slide (a swipe towards the inline start), -1 for the previous one.
   */
  swiped(delta: 1 | -1): void;
}

/**
 * Swiping the slides with a finger, a pen or a mouse drag: a sideways drag of 40 px or more, more
 * sideways than up or down, brings the next slide when it goes towards the inline start (leftwards,
 * rightwards right to left) and the previous one the other way. The click that may end a drag
 * started on a link in a slide does not follow the link.
 *
 * The host binds the handlers on its slides box: `@pointerdown=${swipe.handlePointerDown}`,
 * `@pointerup`, `@pointercancel`, and `@click=${swipe.handleClick}` (a capturing listener).
 */
export class SwipeController implements ReactiveController {
  /** Where a possible swipe started. */
  private start?: PointerEvent;
  /** Whether the last pointer ended a swipe, so the click that may follow it is dropped. */
  private swiped = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly carousel: SwipeHost,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.start = undefined;
  }

  readonly handlePointerDown = (event: PointerEvent): void => {
    this.swiped = false;
    this.start = event.isPrimary && event.button === 0 ? event : undefined;
  };

  readonly handlePointerUp = (event: PointerEvent): void => {
    const start = this.start;
    this.start = undefined;
    const dx = event.clientX - start?.clientX!;
    if (start?.pointerId !== event.pointerId || Math.abs(dx) < swipeDistance || Math.abs(dx) <= Math.abs(event.clientY - start.clientY)) {
      return;
    }
    // The click that may follow the drag must not follow a link the drag started on.
    this.swiped = true;
    // Swiping towards the inline start brings the next slide: leftwards, or rightwards in RTL.
    this.carousel.swiped(this.carousel.rtl() === dx > 0 ? 1 : -1);
  };

  readonly handlePointerCancel = (): void => {
    this.start = undefined;
  };

  /** A click from the keyboard (detail 0) is never the end of a drag. */
  readonly handleClick = {
    handleEvent: (event: MouseEvent): void => {
      if (this.swiped && event.detail) {
        event.preventDefault();
        event.stopPropagation();
      }
      this.swiped = false;
    },
    capture: true,
  };
}
