import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { childElements } from '../../controllers/children.js';
import type { LocalizeController } from '../../internal/localize.js';
import type { MhmLessonCard } from '../lesson-card/lesson-card.component.js';
import type { MhmReflectionPrompt } from '../reflection-prompt/reflection-prompt.component.js';
import { adviseOnSupport, checkSupport, renderContactLink, type CourseSupportContact } from '../reflection-prompt/reflection-support.js';

/**
 * The course's help contact, set once for the whole course: `support-href` and `support-label`
 * (checked as a reflection checks its own) and the `support` slot, whose children in another
 * language than the page's are hidden when one matches. It renders the header's "Need to talk to
 * someone?" section, and gives the contact to every reflection without support of its own and to
 * every lesson card (their content notes link to it). With none configured, the author is told once.
 */

/** The course, with the attributes that set its contact. */
type Host = ReactiveControllerHost & HTMLElement & { supportHref?: string; supportLabel?: string };
type Report = (attribute: string, value: unknown, fix: unknown) => void;

export class CourseSupport implements ReactiveController {
  /** The contact the course's activities link to; undefined when none is configured. */
  contact?: CourseSupportContact;
  /** Whether the contact was checked once connected (the author is told once per course when there is none). */
  private told = false;

  constructor(
    private readonly host: Host,
    private readonly localize: Pick<LocalizeController, 'term' | 'lang'>,
    private readonly report: Report,
  ) {
    host.addController(this);
  }

  /** Checks the attributes and the slot (call in `willUpdate`). */
  check(): void {
    const { supportHref, supportLabel: label } = this.host;
    const url = checkSupport(this.report, supportHref, label);
    if (url === undefined && this.slotted().length === 0) {
      this.contact = undefined;
    } else if (!this.contact || this.contact.url !== url || this.contact.label !== label) {
      // A new object only when something changed, so the activities update only then.
      this.contact = { url, label: url === undefined ? undefined : label, open: this.handleOpenRequest };
    }
  }

  hostUpdated(): void {
    this.showPageLanguage();
    const { contact } = this;
    for (const reflection of this.host.querySelectorAll<MhmReflectionPrompt>('mhm-reflection-prompt')) {
      const own = reflection.hasAttribute('support-href') || reflection.querySelector(':scope > [slot="support"]');
      reflection.courseSupport = own ? undefined : contact;
    }
    for (const card of this.host.querySelectorAll<MhmLessonCard>('mhm-lesson-card')) {
      card.courseSupport = contact;
    }
    if (!this.told && this.host.isConnected) {
      this.told = true;
      adviseOnSupport(this.host, !!contact);
    }
  }

  /** The author's `support` children (none on a server renderer's host). */
  private slotted(): HTMLElement[] {
    return childElements(this.host).filter((child): child is HTMLElement => child.slot === 'support' && child instanceof HTMLElement);
  }

  /** Of the children with a `lang`, shows those in the page's language (exact, else the same primary language), else all. */
  private showPageLanguage(): void {
    const lang = this.localize.lang().toLowerCase();
    const tagged = this.slotted().filter((child) => child.lang);
    const exact = tagged.filter((child) => child.lang.toLowerCase() === lang);
    const primary = (tag: string): string => tag.toLowerCase().split('-')[0];
    const shown = exact.length > 0 ? exact : tagged.filter((child) => primary(child.lang) === primary(lang));
    for (const child of tagged) {
      child.hidden = shown.length > 0 && !shown.includes(child);
    }
  }

  /** An activity asked to show the course's help: open it and move focus there. */
  private readonly handleOpenRequest = (): void => {
    const help = this.host.shadowRoot?.querySelector<HTMLDetailsElement>('#help');
    if (help) {
      help.open = true;
      help.querySelector<HTMLElement>('summary')?.focus();
    }
  };

  /** The author's slot changed: check it again. */
  private readonly handleSlotChange = (): void => {
    this.host.requestUpdate();
  };

  /** The header's "Need to talk to someone?" section: the author's help, or the general note, and the contact's link. */
  render(): TemplateResult {
    const { localize } = this;
    const url = this.contact?.url;
    return html`<details part="help" class="help" id="help">
      <summary part="help-summary" id="help-summary">${localize.term('courseHelp')}</summary>
      <div part="help-body" class="help-body" role="note" aria-labelledby="help-summary">
        <slot name="support" @slotchange=${this.handleSlotChange}><p>${localize.term('reflectionSupportDefault')}</p></slot>
        ${url === undefined ? nothing : html`<p>${renderContactLink(localize, url, this.contact?.label || localize.term('reflectionSupportLink'))}</p>`}
      </div>
    </details>`;
  }
}
