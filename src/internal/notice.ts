import { html, type TemplateResult } from 'lit';

/**
 * A note to the learner in the element's flow (progress not saved on this device, stored data that
 * could not be read): readable without colour, marked by an ⓘ that screen readers skip. Styled by
 * the shared `.notice` block; its part is `notice`.
 * @param text The note, in the element's language.
 */
export function renderNotice(text: string): TemplateResult {
  return html`<p part="notice" class="notice" role="note"><span aria-hidden="true">ⓘ </span>${text}</p>`;
}
