import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../internal/localize.js';
import { safeUrl } from '../../internal/safe-url.js';

/**
 * The note on where to get help, always visible under the reflection: the author's `support` slot,
 * or a general note, and the link from `support-href`.
 */

/** Why a support link is refused, or undefined: it must be a full https: or tel: address. */
export function supportUrlProblem(href: string): string | undefined {
  // No relative address: the learner may be on a partner's page anywhere.
  const result = safeUrl(href, { schemes: ['https', 'tel'], relative: false });
  return result.ok ? undefined : result.reason;
}

/**
 * The support note. An https: link opens in a new tab, and says so to screen readers.
 * @param localize The element's localisation.
 * @param url The checked `support-href`, or undefined for none.
 * @param label The author's `support-label`, else a general link text.
 */
export function renderSupportNote(localize: LocalizeController, url: string | undefined, label: string | undefined): TemplateResult {
  const external = url?.toLowerCase().startsWith('https:');
  return html`<div part="support" class="support" role="note" aria-label=${localize.term('reflectionSupport')}>
    <slot name="support"><p>${localize.term('reflectionSupportDefault')}</p></slot>
    ${url === undefined
      ? nothing
      : html`<p><a part="support-link" class="support-link" href=${url} target=${external ? '_blank' : nothing}
            rel=${external ? 'noopener noreferrer' : nothing}>${label || localize.term('reflectionSupportLink')}${external
              ? html`<span class="sr-only"> ${localize.term('reflectionNewTab')}</span>`
              : nothing}</a></p>`}
  </div>`;
}
