import type { UiStrings } from '../content/course/types.js';
import en from '../translations/en.js';
import { loadTranslation, matchLocale, translationLoaders, useTranslation } from './localize.js';
import { compileUi, type CompiledUi } from './ui-text.js';

// Kept apart from localize.ts: only a page that registers interface text (a course file's `ui`,
// or an npm user's call) downloads the template compiler.

/**
 * Gives a language interface text at run time, for every element shown in that language (its
 * `lang`, or its nearest ancestor's): a course file's `ui` does this, and npm users can too.
 * Strings are the JSON form of a course file's `ui`: templates such as `"Question {n} of {total}"`
 * and plural forms (docs/translating.md). Keys it lacks come from the shipped locale of that
 * language, else English; those that fall back to English are listed in one console warning. A
 * later call for the same language replaces the earlier one, and elements already on the page
 * show the new text.
 * @param lang The language tag, e.g. `ha` or `ps-AF`.
 * @param strings Interface text by key (`src/translations/en.ts` lists the keys).
 * @returns The keys that fell back to English, and the mistakes found (each also in the warning).
 */
export async function registerTranslation(lang: string, strings: UiStrings): Promise<Pick<CompiledUi, 'missing' | 'problems'>> {
  const result = await registerUi(lang, strings);
  const { missing, problems } = result;
  if (missing.length || problems.length) {
    const parts = [...problems, missing.length && `no text for ${missing.join(', ')}, so English is shown for them`].filter(Boolean);
    console.warn(`mhm-elements: interface text for "${lang}": ${parts.join('; ')}.`);
  }
  return result;
}

/**
 * `registerTranslation` without the console warning, for a caller that tells the author itself
 * (the course, about its file's `ui`). Keys that fall back to the shipped locale of the language
 * are not counted as missing; those that fall back to English are.
 */
export async function registerUi(lang: string, strings: UiStrings): Promise<Pick<CompiledUi, 'missing' | 'problems'>> {
  const tag = lang.trim().toLowerCase();
  const shipped = matchLocale(tag, translationLoaders);
  const fallback = shipped === 'en' ? en : await loadTranslation(shipped);
  const { translation, missing, problems } = compileUi(lang.trim(), strings ?? {}, fallback);
  useTranslation(tag, translation);
  return { missing: shipped === 'en' && !/^en(-|$)/.test(tag) ? missing : [], problems };
}
