import type { ParseResult } from '../../controllers/stored-record.js';
import { readJson } from '../../internal/json.js';

/**
 * The quiz's pure logic, with no DOM: authored questions (from child elements or JSON) become one
 * validated model plus a list of author mistakes; answers are scored; orders are shuffled from a
 * seed; the learner's progress is checked before it is trusted again after a reload.
 */

/** The kinds of question an author can write. */
export type QuestionType = 'single' | 'multiple' | 'true-false';

/** How a `multiple` question is scored: all or nothing, or in proportion to the right ticks. */
export type Scoring = 'all' | 'partial';

/** One choice as authored, before validation: attribute text or JSON values of any type. */
export interface ChoiceSource {
  text?: unknown;
  value?: unknown;
  correct?: unknown;
  feedback?: unknown;
}

/** One question as authored, before validation: the same shape for child elements and JSON. */
export interface QuestionSource {
  type?: unknown;
  prompt?: unknown;
  explanation?: unknown;
  answer?: unknown;
  choices?: unknown;
}

/** A valid choice. */
export interface Choice {
  /** What `mhm-answer` reports: the author's `value`, else the text; `'true'`/`'false'` for true-false. */
  value: string;
  /** The author's text; empty for the generated True and False, which are localised when shown. */
  text: string;
  /** Set on the generated choices of a true-false question. */
  generated?: 'true' | 'false';
  correct: boolean;
  /** Shown when the learner checks an answer that includes this choice. */
  feedback: string;
}

/** A valid question. */
export interface Question {
  /** Position as authored, from 0; invalid questions keep their number, so messages match the markup. */
  index: number;
  /** Identity derived from the content, so stored answers never attach to a question that changed. */
  key: string;
  type: QuestionType;
  prompt: string;
  explanation: string;
  choices: Choice[];
}

/** A mistake in the author's questions: where, what was found, and what to do. */
export interface QuizIssue {
  where: string;
  value: unknown;
  fix: string;
}

/** The usable questions, in authored order, and every mistake found on the way. */
export interface QuizModel {
  questions: Question[];
  issues: QuizIssue[];
}

const questionTypes: readonly QuestionType[] = ['single', 'multiple', 'true-false'];
const leftOut = 'The question is left out meanwhile.';

/** Author text as one line: strings trimmed with runs of white space folded, numbers as written. */
function textOf(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) {
    return String(value);
  }
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A choice counts as correct for `true`, `"true"` and the bare `correct` attribute (`""`). */
function isCorrect(value: unknown): boolean {
  return value === true || (typeof value === 'string' && ['', 'true', 'correct'].includes(value.trim().toLowerCase()));
}

/** 32-bit FNV-1a: a short, stable fingerprint of a text (not for security). */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Reads the `{"questions": […]}` object of a JSON script or file into question sources; `where` names it in an issue. */
export function questionsFromJson(data: unknown, where = 'JSON'): { sources: QuestionSource[]; issue?: QuizIssue } {
  if (isRecord(data) && Array.isArray(data.questions)) {
    return { sources: data.questions.map((item) => (isRecord(item) ? item : {})) };
  }
  return {
    sources: [],
    issue: {
      where,
      value: Array.isArray(data) ? 'a list' : typeof data,
      fix: 'Write {"questions": [{"prompt": "…", "choices": [{"text": "…", "correct": true}]}]}.',
    },
  };
}

/** Validates the authored questions: usable ones in the model, every mistake in `issues`. */
export function buildQuiz(sources: readonly QuestionSource[]): QuizModel {
  const issues: QuizIssue[] = [];
  const questions: Question[] = [];
  const seen = new Map<string, number>();
  const issue = (where: string, value: unknown, fix: string): undefined => {
    issues.push({ where, value, fix });
  };
  sources.forEach((source, index) => {
    const where = `question ${index + 1}`;
    let type = (textOf(source.type).toLowerCase() || 'single') as QuestionType;
    if (!questionTypes.includes(type)) {
      issue(`${where}, type`, source.type, 'Use type="single", "multiple" or "true-false". Treated as "single" meanwhile.');
      type = 'single';
    }
    const prompt = textOf(source.prompt);
    const items: unknown[] = Array.isArray(source.choices) ? source.choices : [];
    const choices: Choice[] = [];
    if (prompt === '') {
      return issue(where, source.prompt ?? null, `Write the question in prompt="…" or in a <span slot="prompt">. ${leftOut}`);
    }
    if (type === 'true-false') {
      if (items.length > 0) {
        issue(`${where}, choices`, `${items.length} choices`, 'True and False are made from answer="…": remove the choices. They are ignored meanwhile.');
      }
      const answer = typeof source.answer === 'boolean' ? String(source.answer) : textOf(source.answer).toLowerCase();
      if (answer !== 'true' && answer !== 'false') {
        return issue(where, source.answer ?? null, `Write answer="true" or answer="false". ${leftOut}`);
      }
      for (const value of ['true', 'false'] as const) {
        choices.push({ value, text: '', generated: value, correct: value === answer, feedback: '' });
      }
    } else {
      items.forEach((item, position) => {
        const data: ChoiceSource = isRecord(item) ? item : {};
        const choiceWhere = `${where}, choice ${position + 1}`;
        const text = textOf(data.text);
        const value = textOf(data.value) || text;
        if (text === '') {
          issue(choiceWhere, data.text ?? '', 'Write the text of the choice, or remove it. It is left out meanwhile.');
        } else if (choices.some((other) => other.text.toLowerCase() === text.toLowerCase() || other.value === value)) {
          issue(choiceWhere, text, 'Another choice of this question reads the same: reword or remove one. This one is left out meanwhile.');
        } else {
          choices.push({ value, text, correct: isCorrect(data.correct), feedback: textOf(data.feedback) });
        }
      });
      if (choices.length < 2) {
        return issue(
          where,
          `${choices.length} usable choice${choices.length === 1 ? '' : 's'}`,
          `Give at least two choices. ${leftOut}`,
        );
      }
      const correct = choices.filter((choice) => choice.correct).length;
      if (correct === 0 || (correct > 1 && type === 'single')) {
        return issue(
          where,
          `${correct} choices marked correct`,
          `${
            correct
              ? 'A single-answer question has exactly one right choice: keep correct on one, or write type="multiple"'
              : `Mark ${type === 'single' ? 'the right choice' : 'at least one right choice'} with the correct attribute (or "correct": true in JSON)`
          }. ${leftOut}`,
        );
      }
    }
    const key = hashText(JSON.stringify([type, prompt, choices.map((choice) => [choice.value, choice.correct])])).toString(36);
    // Two identical questions still need two places to store their answers.
    const copies = (seen.get(key) ?? 0) + 1;
    seen.set(key, copies);
    questions.push({ index, key: copies > 1 ? `${key}~${copies}` : key, type, prompt, explanation: textOf(source.explanation), choices });
  });
  if (sources.length === 0) {
    issue('questions', null, 'Add <mhm-question> children, a <script type="application/json"> child or a src file with the questions.');
  }
  return { questions, issues };
}

/**
 * Points for one answer, from 0 to 1. `single`, `true-false` and all-or-nothing `multiple` give 1
 * only for exactly the right choices. Partial `multiple` gives each right tick an equal share and
 * takes one share away for each wrong tick, never below 0.
 */
export function scoreAnswer(question: Question, selected: readonly string[], scoring: Scoring): number {
  const chosen = new Set(selected);
  const right = question.choices.filter((choice) => choice.correct);
  const hits = right.filter((choice) => chosen.has(choice.value)).length;
  const wrong = question.choices.filter((choice) => !choice.correct && chosen.has(choice.value)).length;
  if (question.type === 'multiple' && scoring === 'partial') {
    return Math.max(0, (hits - wrong) / right.length);
  }
  return hits === right.length && wrong === 0 ? 1 : 0;
}

/** What the learner is told about an answer. */
export type Verdict = 'correct' | 'partial' | 'incorrect';

/**
 * The verdict on an answer. Ticking only right choices but not all of them is "partly right" even
 * when all-or-nothing scoring gives it no point: "Not quite" beside each ticked choice's "Yes, …"
 * would contradict itself.
 */
export function verdictOf(question: Question, checked: readonly string[], scoring: Scoring): Verdict {
  const score = scoreAnswer(question, checked, scoring);
  const onlyRight = checked.length > 0 && checked.every((value) => question.choices.some((choice) => choice.correct && choice.value === value));
  return score === 1 ? 'correct' : score > 0 || (question.type === 'multiple' && onlyRight) ? 'partial' : 'incorrect';
}

/** Where the learner stands: points so far and, once every question is checked, the outcome. */
export interface QuizSummary {
  score: number;
  maxScore: number;
  /** Whole percentage of `maxScore`. */
  percent: number;
  answered: number;
  complete: boolean;
  /** Null until complete, and always when there is no pass mark. */
  passed: boolean | null;
}

/** Sums the checked answers; `passMark` is a percentage, or undefined for none. */
export function summarize(
  questions: readonly Question[],
  checked: Readonly<Record<string, readonly string[]>>,
  scoring: Scoring,
  passMark?: number,
): QuizSummary {
  let score = 0;
  let answered = 0;
  for (const question of questions) {
    const selected = checked[question.key];
    if (selected) {
      answered += 1;
      score += scoreAnswer(question, selected, scoring);
    }
  }
  // Partial credit adds up fractions: keep 0.1 + 0.2 from reading 0.30000000000000004.
  score = Math.round(score * 10000) / 10000;
  const maxScore = questions.length;
  const percent = maxScore === 0 ? 0 : Math.round((score / maxScore) * 100);
  const complete = maxScore > 0 && answered === maxScore;
  const passed = complete && passMark !== undefined ? percent >= passMark : null;
  return { score, maxScore, percent, answered, complete, passed };
}

/** A seeded pseudo-random generator (mulberry32): the same seed always gives the same sequence. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher–Yates) of `items`. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** The seed of one attempt from the author's `seed`, so each "Try again" reshuffles, reproducibly. */
export function attemptSeed(seed: string, attempt: number): number {
  return hashText(`${seed}#${attempt}`);
}

/** What `shuffle` asks for. */
export interface ShuffleOptions {
  questions: boolean;
  choices: boolean;
  /** Words that are neither `questions` nor `choices`. */
  unknown: string[];
}

/** Reads `shuffle`: absent shuffles nothing, present and empty shuffles choices, else the words listed. */
export function parseShuffle(value: string | null | undefined): ShuffleOptions {
  const words = value?.toLowerCase().split(/[\s,]+/).filter(Boolean) ?? [];
  return {
    questions: words.includes('questions'),
    choices: value != null && (words.length === 0 || words.includes('choices')),
    unknown: words.filter((word) => word !== 'questions' && word !== 'choices'),
  };
}

/** A question with its choices in the order the learner sees them. */
export interface ArrangedQuestion {
  question: Question;
  choices: Choice[];
}

/**
 * Puts questions and choices in the learner's order. Each question's choices are shuffled from the
 * seed and the question's own key, so adding a question elsewhere leaves their order alone. True
 * and False keep their order.
 */
export function arrange(questions: readonly Question[], seed: number, options: ShuffleOptions): ArrangedQuestion[] {
  const ordered = options.questions ? shuffled(questions, createRandom(seed)) : questions;
  return ordered.map((question) => ({
    question,
    choices:
      options.choices && question.type !== 'true-false'
        ? shuffled(question.choices, createRandom(seed ^ hashText(question.key)))
        : question.choices,
  }));
}

/** A learner's progress through the quiz: what the component stores with `persist`. */
export interface Progress {
  /** The attempt in progress, from 1. */
  attempt: number;
  /** Attempts finished (every question checked), counted against `attempts`. */
  finished: number;
  /** Shuffle seed of this attempt when the author gave none. */
  seed: number;
  /** The question shown in the paged layout, from 0. */
  position: number;
  /** Choices picked but not yet checked, by question key. */
  selected: Record<string, string[]>;
  /** Checked answers, by question key: locked. */
  checked: Record<string, string[]>;
  /** Whether the paged layout shows the result. */
  showResult: boolean;
}

/** Whether the attempt in progress already counts as finished (against `attempts`). */
export function attemptCounted(progress: Progress): boolean {
  return progress.finished >= progress.attempt;
}

/** `finished` once the attempt in progress is finished: an attempt counts once, however often questions change. */
export function finishedWith(progress: Progress): number {
  return attemptCounted(progress) ? progress.finished : progress.finished + 1;
}

/** The progress of a new attempt. */
export function newAttempt(attempt: number, finished: number, seed: number): Progress {
  return { attempt, finished, seed, position: 0, selected: {}, checked: {}, showResult: false };
}

function answerMap(value: unknown): Record<string, string[]> | undefined {
  if (isRecord(value) && Object.values(value).every((list) => Array.isArray(list) && list.every((item) => typeof item === 'string'))) {
    return value as Record<string, string[]>;
  }
  return undefined;
}

/** Stored progress, if it has the right shape; anything else (an old format, a hand edit) is dropped. */
export function restoreProgress(value: unknown): Progress | undefined {
  if (!isRecord(value)) {
    return undefined;
  }
  const { attempt, finished, seed, position, showResult } = value;
  const selected = answerMap(value.selected);
  const checked = answerMap(value.checked);
  const whole = [attempt, finished, seed, position].every((number, i) => Number.isInteger(number) && (number as number) >= (i ? 0 : 1));
  return selected && checked && whole && typeof showResult === 'boolean'
    ? ({ attempt, finished, seed, position, selected, checked, showResult } as Progress)
    : undefined;
}

/** Stored progress from its JSON text, as `persist` wrote it. */
export function parseProgress(text: string): ParseResult<Progress> {
  const json = readJson(text);
  const progress = json.ok ? restoreProgress(json.value) : undefined;
  return progress ? { ok: true, value: progress } : { ok: false, reason: json.ok ? 'it is not a quiz attempt' : json.message };
}
