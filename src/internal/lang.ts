// Kept apart from localize.ts so code that needs only the language (the LMS bridges) does not
// pull in interface text.

/** The nearest `lang` attribute from `element` outwards, crossing shadow roots, else the document's. */
export function resolveLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) {
        return lang;
      }
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return document.documentElement.lang || 'en';
}
