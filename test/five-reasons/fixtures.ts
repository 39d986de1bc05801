import { html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/components/five-reasons/five-reasons.js';

/** Carousels as an author writes them, and pages to put them on. */

/** Three author slides, the second with a link, as an author writes them. */
export const custom = html`<mhm-five-reasons id="reasons" heading="Why it matters">
  <mhm-slide heading="Awareness"><p>Noticing what returnees feel.</p></mhm-slide>
  <mhm-slide heading="Attitudes"><p>Fewer stigmas. <a href="#more">Read more</a></p></mhm-slide>
  <mhm-slide heading="Acceptance"><p>Understanding one another.</p></mhm-slide>
</mhm-five-reasons>`;

/** A page a phone shows a screen of at a time: a screen of text, the element, and another screen. */
export const onAPage = (carousel: TemplateResult) => html`<div>
  <p style="block-size: 100vh">Introduction.</p>
  ${carousel}
  <p style="block-size: 100vh">The end.</p>
</div>`;

/** Five author slides in list view, each `height` px tall (a photo, say), with nothing else on screen at first. */
export const listOfFive = (height: number) => onAPage(html`<mhm-five-reasons id="listed" show-all>
  ${['One', 'Two', 'Three', 'Four', 'Five'].map(
    (title) => html`<mhm-slide heading=${title}><p style="block-size: ${height}px">${title}.</p></mhm-slide>`,
  )}
</mhm-five-reasons>`);
