import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * A polite live region in the host's shadow root: what a screen reader says after a learner's
 * action ("Correct", "Saved", "Course complete"). Render `announcer.render()` once, anywhere in
 * the template; the region is visually hidden by the shared `sr-only` class.
 *
 * The region is emptied first and filled after the next update, so the same message twice in a row
 * is read twice, and only the newest of several quick messages is left to read.
 */
export class AnnouncerController implements ReactiveController {
  private message = '';
  /** Counts messages, so a slower earlier one never overwrites a newer one. */
  private latest = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * Says a message in the live region.
   * @param message The text to say, in the element's language.
   */
  announce(message: string): void {
    const id = ++this.latest;
    this.message = '';
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      if (id === this.latest) {
        this.message = message;
        this.host.requestUpdate();
      }
    });
  }

  /** Empties the live region (a reset), and drops a message still waiting. */
  clear(): void {
    this.latest++;
    this.message = '';
    this.host.requestUpdate();
  }

  /** The text the region holds now. */
  get text(): string {
    return this.message;
  }

  render(): TemplateResult {
    return html`<div class="sr-only" role="status" aria-live="polite" aria-atomic="true">${this.message}</div>`;
  }
}
