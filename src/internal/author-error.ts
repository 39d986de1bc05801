import { html, nothing, type TemplateResult } from 'lit';

/** One mistake in an author's markup, as shown in place and logged. */
export interface AuthorErrorEntry {
  attribute: string;
  message: string;
}

/**
 * Builds the one-line message for a mistake: the element, the attribute, the bad value and the
 * fix, in words a course author without JavaScript can act on.
 */
export function authorErrorMessage(tagName: string, attribute: string, value: unknown, fix: string): string {
  const shown = value === null || value === undefined ? 'nothing' : `"${String(value)}"`;
  return `<${tagName.toLowerCase()}> ${attribute}: got ${shown}. ${fix}`;
}

/**
 * Renders the visible message for an element's current mistakes: a titled box, readable without
 * colour, in the element's flow so the author sees it where the content should be.
 */
export function renderAuthorErrors(title: string, errors: Iterable<AuthorErrorEntry>): TemplateResult | typeof nothing {
  const list = [...errors];
  if (list.length === 0) {
    return nothing;
  }
  return html`<div part="author-error" class="author-error" role="note" aria-labelledby="author-error-title">
    <p class="author-error-title" id="author-error-title"><span aria-hidden="true">⚠ </span>${title}</p>
    <ul>
      ${list.map((error) => html`<li>${error.message}</li>`)}
    </ul>
  </div>`;
}
