import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { LocalizeController, refreshAll } from './localize.js';

type MhmEventName = Extract<keyof GlobalEventHandlersEventMap, `mhm-${string}`>;
type EventDetail<K extends MhmEventName> = GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Level of a component's heading in the page outline when `heading-level` is absent or wrong. */
export const defaultHeadingLevel = 3;

/**
 * Base class of every mhm element: localisation, language and direction, typed events and author
 * errors. Not a public API.
 */
export class MhmElement extends LitElement {
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  /** Current mistakes in the author's markup: the message, by attribute. */
  private authorErrors = new Map<string, string>();

  /** Messages already logged, so each mistake is logged once, not on every render. */
  private loggedErrors = new Set<string>();

  protected readonly localize = new LocalizeController(this);

  override attributeChangedCallback(name: string, oldValue: string | null, value: string | null): void {
    super.attributeChangedCallback(name, oldValue, value);
    // Own lang/dir changes inside another element's shadow root escape the document observer.
    if (name == 'lang' || name == 'dir') {
      refreshAll();
    }
  }

  /** Renders only once the interface text of the element's language has arrived. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const translation = this.localize.ready();
    return translation ? translation.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Dispatches a typed event that bubbles out of shadow roots to the partner's page. */
  protected emit<K extends MhmEventName>(name: K, detail: EventDetail<K>): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  /**
   * Records a mistake in the author's markup: shown in place, logged once with `console.warn`.
   * The message names the element, the attribute, the bad value and the fix, in words a course
   * author without JavaScript can act on.
   * @param attribute The attribute (or slot, or child) that is wrong.
   * @param value The value the author gave.
   * @param fix What to write instead, and what the element does meanwhile.
   */
  protected authorError(attribute: string, value: unknown, fix: string): void {
    this.report(attribute, value, fix);
  }

  /**
   * Records a mistake when there is a `fix` to suggest, else clears the attribute's mistake: one
   * call per check, written as `this.report('layout', value, !valid && 'Use …')`.
   */
  protected report(attribute: string, value: unknown, fix: unknown): void {
    const message = fix ? `<${this.localName}> ${attribute}: got ${value == null ? 'nothing' : `"${String(value)}"`}. ${fix}` : undefined;
    if (this.authorErrors.get(attribute) != message) {
      if (message) {
        this.authorErrors.set(attribute, message);
      } else {
        this.authorErrors.delete(attribute);
      }
      this.requestUpdate();
    }
    if (message && !this.loggedErrors.has(message)) {
      this.loggedErrors.add(message);
      console.warn(message, this);
    }
  }

  /** Clears a recorded mistake once the author has fixed it. */
  protected clearAuthorError(attribute: string): void {
    this.report(attribute, null, false);
  }

  /**
   * Checks a `heading-level` value: a whole number from 2 to 6 is used as it is; anything else is
   * an author error, and the element's default level is used meanwhile.
   * @param level The `headingLevel` property's value.
   * @param fallback The element's default level.
   * @returns The level to render.
   */
  protected checkHeadingLevel(level: number, fallback = defaultHeadingLevel): number {
    const valid = Number.isInteger(level) && level >= 2 && level <= 6;
    this.report(
      'heading-level',
      this.getAttribute('heading-level') ?? level,
      !valid && `Use a whole number from 2 to 6. Showing level ${fallback} meanwhile.`,
    );
    return valid ? level : fallback;
  }

  /**
   * The visible list of current mistakes, or nothing: a titled box, readable without colour, in the
   * element's flow so the author sees it where the content should be.
   */
  protected renderAuthorErrors(): TemplateResult | typeof nothing {
    return this.authorErrors.size
      ? html`<div part="author-error" class="author-error" role="note" aria-labelledby="author-error-title">
          <p id="author-error-title"><span aria-hidden="true">⚠ </span>${this.localize.term('authorError')}</p>
          <ul>
            ${[...this.authorErrors.values()].map((message) => html`<li>${message}</li>`)}
          </ul>
        </div>`
      : nothing;
  }
}
