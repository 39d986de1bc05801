import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Seconds per slide for a bare `autoplay`: time to read a title and two sentences slowly. */
export const defaultInterval = 10;
/** The shortest `autoplay` interval, in seconds. */
export const minInterval = 3;

/** `autoplay` alone (or `="true"`) means the default interval; any other value is seconds. */
export const autoplayConverter = {
  fromAttribute(value: string | null): boolean | number {
    const text = value?.trim().toLowerCase();
    return text === undefined ? false : text === '' || text === 'true' || text === 'autoplay' || Number(text);
  },
};

/**
 * The seconds per slide an `autoplay` value asks for, and what to tell the author when the value
 * cannot be used as written.
 * @param value The `autoplay` property: false (off), true (the default interval) or seconds.
 * @returns `interval`: seconds per slide, 0 when rotation is off; `fix`: the author message, if any.
 */
export function readAutoplay(value: boolean | number | null | undefined): { interval: number; fix?: string } {
  // Anything but a number of seconds, 3 at least, is off (false), the default (true) or a mistake.
  const seconds = value === true ? defaultInterval : Number.isFinite(value) ? Math.max(value as number, minInterval) : defaultInterval;
  const interval = value === false || value === null || value === undefined ? 0 : seconds;
  if (!interval || seconds === value || value === true) {
    return { interval };
  }
  return {
    interval,
    fix: Number.isFinite(value)
      ? `Learners need at least ${minInterval} seconds per slide: using ${minInterval}.`
      : `Use a number of seconds, e.g. autoplay="8", or autoplay alone for ${defaultInterval} seconds. Using ${defaultInterval} meanwhile.`,
  };
}

/** What the carousel tells its autoplay controller. */
export interface AutoplayHost {
  /** Whether there is anything to rotate: more than one slide, in carousel view. */
  canRotate(): boolean;
  /** Shows the next slide, wrapping after the last. */
  advance(): void;
}

/**
 * Automatic rotation of the carousel's slides, as the WAI-ARIA carousel pattern and WCAG 2.2.2 ask:
 * - rotation starts on (unless the learner's device asks for reduced motion) once `configure()`
 *   gives it an interval, and the rotation button turns it off and on (`toggle()`);
 * - it pauses while a mouse or pen hovers over the carousel, and carries on when it leaves;
 * - it stops for good when keyboard focus enters the carousel, or the learner takes control
 *   (`stop()`): only the rotation button starts it again.
 *
 * The one timer exists only while the host is in the page: started on connect (an element moved in
 * the page carries on there) or when asked, cleared on disconnect.
 */
export class AutoplayController implements ReactiveController {
  /** Seconds per slide; 0 when `autoplay` is off. */
  interval = 0;
  private on = false;
  private hovered = false;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly carousel: AutoplayHost,
  ) {
    host.addController(this);
  }

  /** Whether rotation is on (it may still be paused while the pointer hovers). */
  get rotating(): boolean {
    return this.on;
  }

  private set rotating(on: boolean) {
    if (on !== this.on) {
      this.on = on;
      this.host.requestUpdate();
    }
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.hovered = false;
    this.sync();
  }

  /**
   * Takes a new interval: rotation is then on, unless it is 0 or the learner asks for less motion.
   * @param interval Seconds per slide, 0 for no rotation (see `readAutoplay`).
   */
  configure(interval: number): void {
    this.interval = interval;
    // WCAG 2.2.2 and the carousel pattern: people who ask for less motion start with rotation stopped.
    this.rotating = interval > 0 && !globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  }

  /** Starts rotation when it is stopped, stops it when it runs: the rotation button. */
  toggle(): void {
    this.rotating = !this.rotating;
  }

  /** Stops rotation until the rotation button starts it again: the learner took control. */
  stop(): void {
    this.rotating = false;
    this.sync();
  }

  /** Gives the slide just shown a whole interval: another slide came, by rotation or otherwise. */
  restart(): void {
    this.sync(true);
  }

  /** The rotation button: starts rotation when it is stopped, stops it when it runs. */
  readonly handleButtonClick = (): void => this.toggle();

  /** Keyboard focus entering stops rotation for good (WCAG 2.2.2); a mouse click's focus does not. */
  readonly handleFocusIn = (event: FocusEvent): void => {
    if ((event.composedPath()[0] as Element).matches?.(':focus-visible')) {
      this.stop();
    }
  };

  /** A mouse or pen over the carousel pauses rotation; a finger leaves no hover behind. */
  readonly handlePointerHover = (event: PointerEvent): void => {
    if (event.pointerType !== 'touch') {
      this.hovered = event.type === 'pointerenter';
      this.sync();
    }
  };

  /** Restarts, starts or stops the timer to match the current state. */
  private sync(restart?: boolean): void {
    const run = this.host.isConnected && this.rotating && !this.hovered && this.carousel.canRotate();
    if (restart || !run) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (run && this.timer === undefined) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.carousel.advance();
      }, this.interval * 1000);
    }
  }
}
