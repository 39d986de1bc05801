import { contentSource, type ContentModule } from '../../internal/built-in-content.js';
import type { FiveReasonsContent } from './types.js';

// One dynamic import per language, so a bundler splits every language into its own chunk and a
// page downloads only the one it shows.
// TODO(architecture): still exported and mutable for the tests that replace a download; they move
// to the elements' `contentSource` property, then this record becomes private.
export const fiveReasonsLoaders: Record<string, ContentModule<FiveReasonsContent>> = {
  en: () => import('./en.js'),
  fr: () => import('./fr.js'),
  ar: () => import('./ar.js'),
  pt: () => import('./pt.js'),
  es: () => import('./es.js'),
};

/** The built-in five reasons: `locale(lang)` and `load(locale)`, one chunk per language. */
export const fiveReasonsContent = contentSource(fiveReasonsLoaders);

/** The language of the built-in five reasons for a language tag, and whether English stands in. */
export const fiveReasonsLocale = (lang: string) => fiveReasonsContent.locale(lang);

/** Downloads the five reasons in one of their languages, as `fiveReasonsLocale` gives it. */
export const loadFiveReasons = (locale: string) => fiveReasonsContent.load(locale);
