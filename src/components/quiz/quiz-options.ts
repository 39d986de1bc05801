import { parseShuffle } from './quiz-model.js';

/**
 * The quiz's options as an author writes them, and which values it can use: a bad value falls back
 * to a safe default and is shown to the author, never thrown.
 */

/** The options of the quiz an author can get wrong, as its properties hold them. */
export interface QuizOptions {
  layout: string;
  passMark?: number;
  scoring: string;
  attempts?: number;
  shuffle?: string;
}

/** The pass mark as a percentage from 0 to 100; undefined without one, or when it is not a percentage. */
export function passMarkOf(mark: number | undefined): number | undefined {
  return mark != null && mark >= 0 && mark <= 100 ? mark : undefined;
}

/** The number of attempts allowed, a whole number of 1 or more; undefined for no limit. */
export function attemptLimitOf(attempts: number | undefined): number | undefined {
  return Number.isSafeInteger(attempts) && attempts! > 0 ? attempts : undefined;
}

/**
 * Checks every option: its attribute, whether its value is usable, and what the author is told
 * when it is not.
 * @param options The quiz's properties.
 * @param storageKey The key `persist` stores under, if the quiz has one.
 * @param persist Whether the author asked for storage.
 */
export function checkOptions(options: QuizOptions, persist: boolean, storageKey: string | undefined): Array<[attribute: string, ok: boolean, fix: string]> {
  const { layout, passMark, scoring, attempts, shuffle } = options;
  return [
    ['layout', layout === 'paged' || layout === 'list', 'Use layout="paged" or layout="list". Showing "paged" meanwhile.'],
    ['pass-mark', passMark == null || passMarkOf(passMark) !== undefined, 'Use a percentage from 0 to 100. No pass mark meanwhile.'],
    ['scoring', scoring === 'all' || scoring === 'partial', 'Use scoring="all" or scoring="partial". Scoring all or nothing meanwhile.'],
    ['attempts', attempts == null || attemptLimitOf(attempts) !== undefined, 'Use a whole number of 1 or more, or none for no limit. No limit meanwhile.'],
    ['shuffle', parseShuffle(shuffle).unknown.length === 0, 'Use shuffle, shuffle="choices" or shuffle="questions choices". Other words are ignored meanwhile.'],
    ['persist', !persist || storageKey !== undefined, 'Give the quiz a quiz-id="…" unique on the site. Nothing is stored meanwhile.'],
  ];
}
