import type { LitElement, ReactiveController } from 'lit';

/**
 * Moves focus after the host's next update to an element of its shadow root that the update
 * creates: the feedback of a checked answer, the question that replaces a pressed button, the
 * heading of a new page. Asking again before the update replaces the earlier request.
 */
export class FocusController implements ReactiveController {
  private selector?: string;

  constructor(private readonly host: LitElement) {
    host.addController(this);
  }

  /**
   * Focuses the first element matching `selector` in the host's shadow root once it has updated.
   * @param selector A CSS selector, e.g. `'#result-heading'` or `'[part~="cancel-button"]'`.
   */
  focusAfterUpdate(selector: string): void {
    this.selector = selector;
    this.host.requestUpdate();
  }

  /** Drops a request not yet carried out (the learner moved on, or the host was reset). */
  cancel(): void {
    this.selector = undefined;
  }

  hostUpdated(): void {
    if (this.selector) {
      const selector = this.selector;
      this.selector = undefined;
      this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
    }
  }
}
