import { type TemplateResult, nothing } from 'lit';
import { MhmElement } from '../../internal/mhm-element.js';
import hostStyles from '../../styles/host.styles.js';

/**
 * Base of the quiz's data-only children (`<mhm-question>`, `<mhm-choice>`): the quiz reads them and
 * draws everything itself, so they render nothing but a mistake in where the author put them.
 */
export abstract class MhmQuizChild extends MhmElement {
  static override styles = [hostStyles];

  /** The element this one must sit directly inside. */
  protected abstract readonly parentTag: string;

  override connectedCallback(): void {
    super.connectedCallback();
    const parent = this.parentElement?.localName;
    this.report('placement', parent, parent !== this.parentTag && `Put <${this.localName}> directly inside an <${this.parentTag}>. It is not shown meanwhile.`);
  }

  override render(): TemplateResult | typeof nothing {
    return this.renderAuthorErrors();
  }
}
