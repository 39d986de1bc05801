import { matchLocale } from './localize.js';

/** Where one language of built-in content comes from: a dynamic import, so it is a chunk of its own. */
export type ContentModule<T> = () => Promise<{ default: T }>;

/**
 * Built-in text an element shows when the author wrote none (the course, the five reasons), in
 * every language it is written in. The one API both elements use:
 * - `locale(lang)`: the language to show for the element's language tag, and whether English
 *   stands in for a language the text is not written in (the element then tells the author);
 * - `load(locale)`: downloads that language (only that one: a page pays for the text it shows).
 *
 * An element takes its source from a property (`contentSource`), so a test, or a partner who hosts
 * the text elsewhere, gives it another one; the modules themselves never change.
 */
export interface ContentSource<T> {
  /** The languages the text is written in. */
  readonly locales: readonly string[];
  /**
   * The language of the text for a language tag: an exact match, else its primary subtag, else English.
   * @param lang The element's language tag (`fr`, `fr-CA`, `ar-MA`…).
   */
  locale(lang: string): { locale: string; fallback: boolean };
  /**
   * Downloads the text of one of `locales`.
   * @param locale A language `locale()` gave.
   */
  load(locale: string): Promise<T>;
}

/**
 * A content source from one dynamic import per language.
 * @param modules By language: `{ en: () => import('./en.js'), fr: () => import('./fr.js') }`.
 */
export function contentSource<T>(modules: Readonly<Record<string, ContentModule<T>>>): ContentSource<T> {
  return {
    locales: Object.keys(modules),
    locale(lang) {
      const locale = matchLocale(lang.trim(), modules);
      return { locale, fallback: locale === 'en' && !/^en(-|$)/i.test(lang.trim()) };
    },
    async load(locale) {
      return (await modules[this.locale(locale).locale]()).default;
    },
  };
}
