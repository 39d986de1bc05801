import { matchLocale } from '../../internal/localize.js';
import type { FiveReasonsContent } from './types.js';

type Loader = () => Promise<{ default: FiveReasonsContent }>;

/**
 * One loader per language of the built-in five reasons. Each is a separate dynamic import, so a
 * bundler splits every language into its own chunk and a page downloads only the one it shows.
 * Mutable only so tests can stand in for a failed download.
 */
export const fiveReasonsLoaders: Record<string, Loader> = {
  en: () => import('./en.js'),
  fr: () => import('./fr.js'),
  ar: () => import('./ar.js'),
  pt: () => import('./pt.js'),
  es: () => import('./es.js'),
};

/** The language of the built-in five reasons for a language tag, and whether English stands in. */
export function fiveReasonsLocale(lang: string): { locale: string; fallback: boolean } {
  const locale = matchLocale(lang, fiveReasonsLoaders);
  return { locale, fallback: locale === 'en' && !/^en\b/i.test(lang) };
}

/** Downloads the five reasons in one of the languages of `fiveReasonsLoaders`, as `fiveReasonsLocale` gives it. */
export async function loadFiveReasons(locale: string): Promise<FiveReasonsContent> {
  return (await fiveReasonsLoaders[locale]()).default;
}
