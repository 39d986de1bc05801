import { html, nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import { FocusController } from './focus.js';

/** What the in-place question says. */
export interface ConfirmText {
  /** The question, e.g. "Delete what you wrote?". */
  question: string;
  /** The label of the button that goes ahead. */
  yes: string;
  /** The label of the button that keeps things as they are. */
  no: string;
  /** Extra controls between the question and the buttons (a "also delete my notes" checkbox). */
  extra?: TemplateResult | typeof nothing;
  /** `danger` for a destructive action (red), else the accent colour. */
  tone?: 'danger' | 'primary';
}

/**
 * An in-place question before a learner's irreversible action (delete a reflection, start a course
 * over), in place of the button that asked: no modal dialog, so it works the same in any host page.
 *
 * Focus goes to "No" when the question opens, back to the asking button when it closes with No or
 * Escape, and wherever `onConfirm` decides when the learner goes ahead. Parts: `confirm`,
 * `confirm-button`, `cancel-button`; the asking button keeps its own part, named as `trigger`.
 */
export class ConfirmController implements ReactiveController {
  /** Whether the question is showing. */
  open = false;
  private readonly focus: FocusController;

  /**
   * @param host The element.
   * @param trigger The part of the button that asks, e.g. `'delete-button'`: focused again on No.
   * @param onConfirm Does the action once the learner said yes.
   */
  constructor(
    private readonly host: LitElement,
    private readonly trigger: string,
    private readonly onConfirm: () => void,
  ) {
    host.addController(this);
    this.focus = new FocusController(host);
  }

  hostConnected(): void {}

  /** Shows the question in place of the asking button, and focuses "No". */
  ask(): void {
    this.open = true;
    this.focus.focusAfterUpdate('[part~="cancel-button"]');
  }

  /** Closes the question without acting, and focuses the asking button again. */
  cancel(): void {
    this.open = false;
    this.focus.focusAfterUpdate(`[part~="${this.trigger}"]`);
  }

  /** Closes the question without moving focus (the host was reset). */
  close(): void {
    this.open = false;
    this.host.requestUpdate();
  }

  private readonly handleYes = (): void => {
    this.open = false;
    this.host.requestUpdate();
    this.onConfirm();
  };

  private readonly handleNo = (): void => this.cancel();

  private readonly handleKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      // Escape answers this question only, not a dialog the host page may have around it.
      event.stopPropagation();
      this.cancel();
    }
  };

  /** The question with its two buttons. */
  render({ question, yes, no, extra = nothing, tone = 'primary' }: ConfirmText): TemplateResult {
    return html`<div part="confirm" class="confirm" role="group" aria-labelledby="confirm-question" @keydown=${this.handleKeydown}>
      <p class="confirm-question" id="confirm-question">${question}</p>
      ${extra}
      <div class="actions">
        <button part="confirm-button" class="button ${tone}" type="button" @click=${this.handleYes}>${yes}</button>
        <button part="cancel-button" class="button" type="button" @click=${this.handleNo}>${no}</button>
      </div>
    </div>`;
  }
}
