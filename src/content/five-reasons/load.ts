import { contentSource } from '../../internal/built-in-content.js';
import type { FiveReasonsContent } from './types.js';

/**
 * The built-in five reasons: `locale(lang)` and `load(locale)`. One dynamic import per language, so
 * a bundler splits every language into its own chunk and a page downloads only the one it shows.
 * `<mhm-five-reasons>` and `<mhm-course>` take it as their default `contentSource`.
 */
export const fiveReasonsContent = contentSource<FiveReasonsContent>({
  en: () => import('./en.js'),
  fr: () => import('./fr.js'),
  ar: () => import('./ar.js'),
  pt: () => import('./pt.js'),
  es: () => import('./es.js'),
});
