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

/**
 * Languages written right to left, by primary subtag: Arabic, Central Kurdish, Dhivehi, Hebrew,
 * Pashto, Persian (Dari: `prs`, `fa-AF`), Sindhi, Urdu, Uyghur, Yiddish and a few more.
 */
const rightToLeft = /^(ar|arc|azb|ckb|dv|fa|he|iw|ks|lrc|mzn|nqo|pnb|prs|ps|sd|syr|ug|ur|yi)(-|$)/i;

/**
 * The direction a language is written in: `rtl` for right-to-left languages and for any tag with
 * a right-to-left script subtag (`-Arab`, `-Hebr`, `-Thaa`, `-Syrc`, `-Nkoo`, `-Adlm`, `-Rohg`), else `ltr`.
 * @param lang A BCP 47 language tag.
 */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  const tag = lang.trim();
  if (/-(Latn|Cyrl)(-|$)/i.test(tag)) {
    return 'ltr';
  }
  return rightToLeft.test(tag) || /-(Arab|Hebr|Thaa|Syrc|Nkoo|Adlm|Rohg)(-|$)/i.test(tag) ? 'rtl' : 'ltr';
}
