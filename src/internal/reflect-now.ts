import { defaultConverter, notEqual, type ReactiveElement } from 'lit';

/**
 * Writes a reflected property to its attribute at once, instead of at the element's next update.
 *
 * For data-only children (`<mhm-question>`, `<mhm-choice>`, `<mhm-slide>`): their parent reads the
 * children's attributes and watches them with a MutationObserver. React, Vue and Preact set such data
 * as properties (`question.prompt = '…'`) before the tree is in the page; written at once, the
 * attribute is there when the parent first reads, and a later change reaches the parent's observer.
 * An attribute that already means the value is left as the author wrote it (`correct="false"`).
 * @param element The child, from its `requestUpdate`.
 * @param name The property that changed; anything but a reflected property is ignored.
 */
export function reflectNow(element: ReactiveElement, name: PropertyKey | undefined): void {
  const options = typeof name === 'string' ? (element.constructor as typeof ReactiveElement).elementProperties.get(name) : undefined;
  if (!options?.reflect) {
    return;
  }
  const attribute = typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase();
  const { converter } = options;
  const fromAttribute = (typeof converter === 'function' ? converter : converter?.fromAttribute) ?? defaultConverter.fromAttribute!;
  const toAttribute = (typeof converter === 'object' && converter.toAttribute) || defaultConverter.toAttribute!;
  const value = (element as unknown as Record<string, unknown>)[name as string];
  if (!notEqual(fromAttribute(element.getAttribute(attribute), options.type), value ?? null)) {
    return;
  }
  const text = toAttribute(value, options.type) as string | null | undefined;
  if (text === null || text === undefined) {
    element.removeAttribute(attribute);
  } else {
    element.setAttribute(attribute, String(text));
  }
}
