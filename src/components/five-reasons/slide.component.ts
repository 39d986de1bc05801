import { html, type ReactiveElement, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { MhmElement } from '../../internal/mhm-element.js';
import { reflectNow } from '../../internal/reflect-now.js';
import hostStyles from '../../styles/host.styles.js';
import styles from './slide.styles.js';

/**
 * @summary One slide of `<mhm-five-reasons>`, written by the author: `heading` titles it, its
 * children are its body. Outside a carousel it shows its body only. `heading` set as a property (as
 * React and Vue do) is written to the attribute at once, which the carousel reads and watches.
 * @tagname mhm-slide
 *
 * @slot - The default slot: the slide's body (paragraphs, lists, links, images), shown as written.
 *
 * @csspart body - The box around the body.
 * @csspart author-error - The message shown in place when the author's markup has a mistake.
 */
export class MhmSlide extends MhmElement {
  static override styles = [hostStyles, styles];

  /** The slide's title: shown as its heading, and read in its name ("2 of 5: title"). Required. */
  @property({ reflect: true }) heading?: string;

  override requestUpdate(...args: Parameters<ReactiveElement['requestUpdate']>): void {
    super.requestUpdate(...args);
    reflectNow(this, args[0]);
  }

  protected override willUpdate(): void {
    this.report('heading', this.heading, !this.heading?.trim() && 'Give the slide a title: heading="Mutual understanding".');
  }

  override render(): TemplateResult {
    return html`${this.renderAuthorErrors()}
      <div part="body" class="body"><slot></slot></div>`;
  }
}
