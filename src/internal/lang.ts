// Kept apart from localize.ts so code that needs only the language (the LMS bridges) does not
// pull in interface text.

/** The nearest `lang` attribute from `element` outwards, crossing shadow roots, else the document's. */
export function resolveLang(element: Element): string {
  for (let node: Node | null = element; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    const lang = (node as Partial<Element>).getAttribute?.('lang');
    if (lang) {
      return lang;
    }
  }
  return document.documentElement.lang || 'en';
}
