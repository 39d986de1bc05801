import type { UiStrings } from '../content/course/types.js';
import type { CompiledUi } from './ui-text.js';

/**
 * Gives a language interface text at run time, for every element shown in that language (its
 * `lang`, or its nearest ancestor's), as a course file's `ui` does: templates such as
 * `"Question {n} of {total}"` and plural forms (docs/translating.md). Keys it lacks come from the
 * shipped locale of that language, else English; those that fall back to English are listed in
 * one console warning. A later call for the same language replaces the earlier one, and elements
 * already on the page show the new text. The template compiler is downloaded on the first call,
 * so a page that never calls it does not pay for it.
 * @param lang The language tag, e.g. `ha` or `ps-AF`.
 * @param strings Interface text by key (`src/translations/en.ts` lists the keys).
 * @returns The keys that fell back to English, and the mistakes found (each also in the warning).
 */
export async function registerTranslation(lang: string, strings: UiStrings): Promise<Pick<CompiledUi, 'missing' | 'problems'>> {
  return (await import('./register-translation.js')).registerTranslation(lang, strings);
}
