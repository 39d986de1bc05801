import { type ReactiveElement, type TemplateResult, nothing } from 'lit';
import { MhmElement } from '../../internal/mhm-element.js';
import { reflectNow } from '../../internal/reflect-now.js';
import hostStyles from '../../styles/host.styles.js';

/**
 * Base of the quiz's data-only children (`<mhm-question>`, `<mhm-choice>`): the quiz reads them and
 * draws everything itself, so they render nothing but a mistake in where the author put them.
 * Their properties and attributes are one: a property set by a framework (`question.prompt = '…'`)
 * is written to its attribute at once, which the quiz reads and watches.
 */
export abstract class MhmQuizChild extends MhmElement {
  static override styles = [hostStyles];

  /** The element this one must sit directly inside. */
  protected abstract readonly parentTag: string;

  override requestUpdate(...args: Parameters<ReactiveElement['requestUpdate']>): void {
    super.requestUpdate(...args);
    reflectNow(this, args[0]);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const parent = this.parentElement?.localName;
    this.report('placement', parent, parent !== this.parentTag && `Put <${this.localName}> directly inside an <${this.parentTag}>. It is not shown meanwhile.`);
  }

  /**
   * No shadow root, nor its styles, until there is a message to show: a quiz has dozens of these
   * children, and attaching 12,000 empty shadow roots with their styles took a fifth of the time
   * 500 six-question quizzes took to render (issue 16's profile). A server-rendered root is kept.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return this.shadowRoot ?? document.createDocumentFragment();
  }

  override render(): TemplateResult | typeof nothing {
    const errors = this.renderAuthorErrors();
    if (errors !== nothing && !this.shadowRoot && this.isConnected) {
      // Lit renders into `renderRoot` right after `render()`: the message goes into a real root.
      (this as { renderRoot: HTMLElement | DocumentFragment }).renderRoot = super.createRenderRoot();
    }
    return errors;
  }
}
