import type { UiStrings, UiText } from '../content/course/types.js';
import { count, percentage } from './format.js';
import type { Translation } from './localize.js';

/**
 * Interface text as data: how a `Translation` (typed objects with functions, `src/translations/`)
 * and the `ui` of a course file, or `registerTranslation()`'s strings (JSON: templates and plural
 * forms), turn into each other.
 *
 * A template names its values in braces: `"Question {n} of {total}"`. Numbers are formatted by
 * `Intl` for the language (`{percent}` as a percentage). A text whose words change with a count
 * is an object of plural forms, chosen by the last number the text takes: the language's CLDR
 * categories (`one`, `two`, `few`, `many`, `other`) and exact counts (`"=2"`), `other` required.
 */

/** Keys of interface texts that take values. */
type FunctionKey = { [K in keyof Translation]: Translation[K] extends (...args: never[]) => string ? K : never }[keyof Translation];

/** The values each such text takes, by name, in order; `%` a percentage, `$` text (not a number). */
export const termParameters: Readonly<Record<FunctionKey, readonly string[]>> = {
  questionOf: ['n', 'total'],
  stillToAnswer: ['n'],
  answeredOf: ['n', 'total'],
  scoreSummary: ['score', 'maxScore', 'percent%'],
  passed: ['passMark%'],
  notPassed: ['passMark%'],
  attemptsLeft: ['n'],
  reflectionCharactersLeft: ['n'],
  reflectionCharactersOver: ['n'],
  reflectionMinLength: ['n'],
  reflectionSaved: ['when$'],
  slideLabel: ['position', 'count', 'heading$'],
  goToSlide: ['position', 'heading$'],
  courseProgress: ['n', 'total'],
  courseActivityNumber: ['n'],
  courseCompleteSummary: ['total'],
};

/** The placeholder names a key's text may use, e.g. `['n', 'total']`; empty for plain text. */
export function placeholdersOf(key: string): string[] {
  return (Object.hasOwn(termParameters, key) ? termParameters[key as FunctionKey] : []).map((name) => name.replace(/[%$]$/, ''));
}

/** Every key of the interface text, from the English one. */
export function uiKeys(english: Translation): string[] {
  return Object.keys(english).filter((key) => !key.startsWith('$'));
}

/** What `compileUi` made of the strings. */
export interface CompiledUi {
  /** The complete interface text: the given strings, the rest from `fallback`. */
  translation: Translation;
  /** Keys the strings lack, taken from `fallback`. */
  missing: string[];
  /** Mistakes, one message each (an unknown key, a wrong value, an unknown placeholder); those keys use `fallback`. */
  problems: string[];
}

/**
 * Turns JSON interface text into a `Translation` for `lang`.
 * @param lang The language's tag, for number formats and plural rules.
 * @param strings Templates by key (a course file's `ui`).
 * @param fallback The text a key that is missing or wrong keeps (English, or the shipped locale's).
 */
export function compileUi(lang: string, strings: UiStrings, fallback: Translation): CompiledUi {
  const translation: Record<string, unknown> = { ...fallback, $code: lang, $name: typeof strings.$name === 'string' ? strings.$name : lang };
  const missing: string[] = [];
  const problems: string[] = [];
  for (const key of uiKeys(fallback)) {
    const value = Object.hasOwn(strings, key) ? strings[key] : undefined;
    if (value === undefined) {
      missing.push(key);
      continue;
    }
    const problem = uiTextProblem(key, value);
    if (problem) {
      problems.push(`ui.${key}: ${problem}`);
    } else {
      translation[key] = Object.hasOwn(termParameters, key) ? compileTemplate(lang, key as FunctionKey, value) : value;
    }
  }
  for (const key of Object.keys(strings)) {
    if (!key.startsWith('$') && !Object.hasOwn(fallback, key)) {
      problems.push(`ui.${key}: there is no interface text of that name`);
    }
  }
  return { translation: translation as unknown as Translation, missing, problems };
}

/** What is wrong with one interface text, or undefined when it is usable. */
export function uiTextProblem(key: string, value: unknown): string | undefined {
  const names = placeholdersOf(key);
  const forms = typeof value === 'string' ? [value] : isForms(value) ? Object.values(value) : undefined;
  if (!forms) {
    return names.length ? 'expected a text, or plural forms such as { "one": "…", "other": "…" }' : 'expected a text';
  }
  if (typeof value !== 'string' && (!names.length || !('other' in (value as object)))) {
    return names.length ? 'plural forms need "other"' : 'expected a text, not plural forms';
  }
  for (const form of forms) {
    for (const [, name] of form.matchAll(/\{(\w+)\}/g)) {
      if (!names.includes(name)) {
        return `{${name}} is not one of its values (${names.length ? names.map((n) => `{${n}}`).join(', ') : 'it takes none'})`;
      }
    }
  }
  return undefined;
}

function isForms(value: unknown): value is Record<string, string> {
  return !!value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((form) => typeof form === 'string');
}

function compileTemplate(lang: string, key: FunctionKey, text: UiText): (...args: unknown[]) => string {
  const parameters = termParameters[key];
  const countIndex = parameters.map((name) => /[%$]$/.test(name)).lastIndexOf(false);
  return (...args: unknown[]) => {
    let template: string;
    if (typeof text === 'string') {
      template = text;
    } else {
      const value = Number(args[countIndex]);
      template = text[`=${value}`] ?? text[pluralCategory(lang, value)] ?? text.other;
    }
    return template.replace(/\{(\w+)\}/g, (_, name: string) => {
      const index = parameters.findIndex((parameter) => parameter.replace(/[%$]$/, '') === name);
      const parameter = parameters[index];
      const value = args[index];
      return parameter.endsWith('$') ? String(value ?? '') : parameter.endsWith('%') ? percentage(lang, Number(value)) : count(lang, Number(value));
    });
  };
}

function pluralCategory(lang: string, value: number): string {
  try {
    return new Intl.PluralRules(lang).select(value);
  } catch {
    return new Intl.PluralRules('en').select(value);
  }
}

/**
 * A typed `Translation` as JSON templates, for translators and course files: each function is
 * called with stand-in values, which become `{name}`; a text whose words change with its count
 * becomes plural forms (`one`, `"=2"` when two reads differently, `other`).
 * @param translation A shipped locale's interface text.
 */
export function uiTemplates(translation: Translation): Record<string, UiText> {
  const lang = translation.$code;
  const result: Record<string, UiText> = { $name: translation.$name };
  for (const key of uiKeys(translation)) {
    const value = translation[key as keyof Translation];
    if (typeof value === 'string') {
      result[key] = value;
      continue;
    }
    const parameters = termParameters[key as FunctionKey];
    const countIndex = parameters.map((name) => /[%$]$/.test(name)).lastIndexOf(false);
    const standIns = parameters.map((name, index) => (name.endsWith('$') ? `{${name.slice(0, -1)}}` : 345 + index));
    const read = (countValue?: number): string => {
      const args = standIns.map((standIn, index) => (index === countIndex && countValue !== undefined ? countValue : standIn));
      let text = (value as (...a: unknown[]) => string)(...args);
      parameters.forEach((name, index) => {
        const standIn = args[index];
        if (typeof standIn === 'number') {
          const formatted = name.endsWith('%') ? percentage(lang, standIn) : count(lang, standIn);
          text = text.split(formatted).join(`{${name.replace(/%$/, '')}}`);
        }
      });
      return text;
    };
    const other = read();
    if (countIndex < 0) {
      result[key] = other;
      continue;
    }
    const [one, two] = [read(1), read(2)];
    result[key] = one === other && two === other ? other : { one, ...(two === other ? {} : { '=2': two }), other };
  }
  return result;
}
