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
 * Checks a `support-href` and its `support-label`, as the reflection prompt and the course both take
 * them, and tells the author what is wrong.
 * @param report The element's `report`.
 * @param href The `support-href`, if any.
 * @param label The `support-label`, if any.
 * @returns The address to link to, or undefined for none.
 */
export function checkSupport(report: (attribute: string, value: unknown, fix: unknown) => void, href?: string, label?: string): string | undefined {
  const problem = href == null ? undefined : supportUrlProblem(href);
  report('support-href', href, problem && `It is not used because ${problem}: use an https:// address or a tel: number.`);
  const labelFix = 'Add support-href with the address or phone number it names. The label is not shown meanwhile.';
  report('support-label', label, label && href == null && labelFix);
  return href == null || problem ? undefined : href.trim();
}

/**
 * The help contact of the `<mhm-course>` an element sits in: the course's checked `support-href`
 * and `support-label`, and `open`, which shows the course's help section (its `support` slot).
 */
export interface CourseSupportContact {
  url?: string;
  label?: string;
  open: () => void;
}

/** Whether `element` sits in an `<mhm-course>`, across shadow roots: the course then speaks for its help, once. */
function insideCourse(element: Element): boolean {
  for (let node: Node | null = element.parentNode; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if (node instanceof Element && node.localName === 'mhm-course') {
      return true;
    }
  }
  return false;
}

/**
 * Tells the author, once, that learners see only a general note. Not for a reflection in a course:
 * the course tells the author itself, once for all its reflections.
 */
export function adviseOnSupport(host: Element, hasSupport: boolean): void {
  if (!hasSupport && !insideCourse(host)) {
    console.info(
      `<${host.localName}> support: no local contact is configured, so learners see a general note. ` +
        'Add support-href="tel:…" or "https://…" with support-label, or a support slot, naming a service near your learners.',
      host,
    );
  }
}

/**
 * A link to a help contact: an https: link opens in a new tab, and says so to screen readers.
 * @param localize The element's localisation.
 * @param url The checked address.
 * @param text The link's text.
 */
export function renderContactLink(localize: Pick<LocalizeController, 'term'>, url: string, text: string): TemplateResult {
  const external = url.toLowerCase().startsWith('https:');
  return html`<a part="support-link" class="support-link" href=${url} target=${external ? '_blank' : nothing}
    rel=${external ? 'noopener noreferrer' : nothing}>${text}${external
      ? html`<span class="sr-only"> ${localize.term('reflectionNewTab')}</span>`
      : nothing}</a>`;
}

/**
 * Where a course's help is reached from inside one of its activities: the course's contact itself,
 * or, when the course gives richer help (its `support` slot) and no address, a button that shows it.
 * @param localize The element's localisation.
 * @param contact The course's contact.
 * @param text The link's text when the author gave no `support-label`.
 */
export function renderCourseHelp(localize: Pick<LocalizeController, 'term'>, contact: CourseSupportContact, text: string): TemplateResult {
  return contact.url === undefined
    ? html`<button part="help-button" class="button help-button" type="button" @click=${contact.open}>${localize.term('courseHelp')}</button>`
    : renderContactLink(localize, contact.url, contact.label || text);
}

/**
 * The support note: the author's `support` slot, or a general note, and the link from `support-href`;
 * without one, the help of the course the reflection sits in.
 * @param localize The element's localisation.
 * @param url The checked `support-href`, or undefined for none.
 * @param label The author's `support-label`, else a general link text.
 * @param course The course's help contact, set by the course on reflections with no contact of their own.
 */
export function renderSupportNote(
  localize: LocalizeController,
  url: string | undefined,
  label: string | undefined,
  course: CourseSupportContact | undefined,
): TemplateResult {
  const link = localize.term('reflectionSupportLink');
  return html`<div part="support" class="support" role="note" aria-label=${localize.term('reflectionSupport')}>
    <slot name="support"><p>${localize.term('reflectionSupportDefault')}</p></slot>
    ${url !== undefined
      ? html`<p>${renderContactLink(localize, url, label || link)}</p>`
      : course
        ? html`<p>${renderCourseHelp(localize, course, link)}</p>`
        : nothing}
  </div>`;
}
