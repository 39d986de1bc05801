import type { CourseContent } from '../content/course/types.js';
import { readJson } from './json.js';
import { directionOf } from './lang.js';
import { markupProblems } from './rich-text.js';

/**
 * Reads a course file (the JSON `<mhm-course src>`, a `<script type="application/json">` child and
 * `loadCourse()` take) and checks it against the course format, the same rules as
 * `schema/course.schema.json`, written out here so the browser needs no schema library. Every
 * mistake is named by its place in the file, a JSON Pointer (`/activities/2/questions/0/choices`),
 * so an author or a translator can find it.
 */

/** A course file that cannot be used: why, one message per mistake. */
export class CourseFileError extends Error {
  /**
   * @param problems One message per mistake: `/path: what is wrong`, or the JSON's line and column.
   */
  constructor(readonly problems: readonly string[]) {
    super(`The course file cannot be used: ${problems.join('; ')}.`);
    this.name = 'CourseFileError';
  }
}

/** What reading a course file gave: the course, or why not. */
export type CourseFileResult = { ok: true; course: CourseContent } | { ok: false; problems: string[] };

/**
 * Reads and checks a course file's text.
 * @param text The file's text.
 */
export function readCourseFile(text: string | null | undefined): CourseFileResult {
  const json = readJson(text);
  return json.ok ? checkCourse(json.value) : { ok: false, problems: [json.message] };
}

/**
 * Checks a course given as JSON text or as parsed data, for npm users: returns the course (with
 * `dir` from its language when the file has none) or throws a `CourseFileError` that lists every
 * mistake by its path in the file.
 * @param json The course file's text, or the object `JSON.parse` made of it.
 */
export function loadCourse(json: string | object): CourseContent {
  const result = typeof json === 'string' ? readCourseFile(json) : checkCourse(json);
  if (!result.ok) {
    throw new CourseFileError(result.problems);
  }
  return result.course;
}

type Check = (value: unknown, path: string, problems: string[]) => void;

const text: Check = (value, path, problems) => {
  if (typeof value !== 'string' || !value.trim()) {
    problems.push(`${path}: expected a text${typeof value === 'string' ? ', not an empty one' : `, got ${describe(value)}`}`);
  }
};

const richText: Check = (value, path, problems) => {
  text(value, path, problems);
  if (typeof value === 'string') {
    problems.push(...markupProblems(value).map((problem) => `${path}: ${problem}`));
  }
};

function describe(value: unknown): string {
  return value === undefined ? 'nothing' : Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value === 'object' ? 'an object' : JSON.stringify(value);
}

function list(item: Check, min = 1): Check {
  return (value, path, problems) => {
    if (!Array.isArray(value) || value.length < min) {
      problems.push(`${path}: expected a list of at least ${min}, got ${Array.isArray(value) ? `${value.length}` : describe(value)}`);
    } else {
      value.forEach((entry, index) => item(entry, `${path}/${index}`, problems));
    }
  };
}

function oneOf(...allowed: unknown[]): Check {
  return (value, path, problems) => {
    if (!allowed.includes(value)) {
      problems.push(`${path}: expected ${allowed.map((choice) => JSON.stringify(choice)).join(' or ')}, got ${describe(value)}`);
    }
  };
}

const positive: Check = (value, path, problems) => {
  if (typeof value !== 'number' || !(value > 0)) {
    problems.push(`${path}: expected a number above 0, got ${describe(value)}`);
  }
};

const anything: Check = () => {};

/** An object with these fields (`?` after a name: optional), and no others. */
function object(fields: Record<string, Check>): Check {
  return (value, path, problems) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      problems.push(`${path || '/'}: expected an object, got ${describe(value)}`);
      return;
    }
    const record = value as Record<string, unknown>;
    for (const [field, check] of Object.entries(fields)) {
      const name = field.replace(/\?$/, '');
      if (record[name] !== undefined || name === field) {
        check(record[name], `${path}/${name}`, problems);
      }
    }
    for (const key of Object.keys(record)) {
      if (!(key in fields) && !(`${key}?` in fields)) {
        problems.push(`${path}/${key}: unknown field (check its spelling; allowed: ${Object.keys(fields).join(', ')})`);
      }
    }
  };
}

const block: Check = (value, path, problems) =>
  typeof value === 'string' ? richText(value, path, problems) : object({ list: list(richText), 'ordered?': oneOf(true, false) })(value, path, problems);

const choice = object({ text, 'correct?': oneOf(true, false), 'feedback?': text });

const question: Check = (value, path, problems) => {
  const type = (value as { type?: unknown } | null)?.type;
  const base = { type: oneOf('single', 'multiple', 'true-false'), prompt: text, explanation: text };
  if (type === 'true-false') {
    return object({ ...base, answer: oneOf('true', 'false') })(value, path, problems);
  }
  object({ ...base, choices: list(choice, 2) })(value, path, problems);
  const choices = (value as { choices?: unknown } | null)?.choices;
  if (Array.isArray(choices)) {
    const right = choices.filter((entry) => (entry as { correct?: unknown } | null)?.correct === true).length;
    if (type === 'single' ? right !== 1 : right < 1) {
      problems.push(`${path}/choices: a "${String(type)}" question needs ${type === 'single' ? 'exactly one choice' : 'at least one choice'} with "correct": true, got ${right}`);
    }
  }
};

const activities: Record<string, Check> = {
  lesson: object({
    kind: anything,
    id: text,
    eyebrow: text,
    heading: text,
    duration: positive,
    'contentNote?': text,
    paragraphs: list(block),
    takeaways: list(text, 0),
    'source?': text,
  }),
  reflection: object({ kind: anything, id: text, prompt: text, hints: list(text, 0), 'help?': text }),
  quiz: object({ kind: anything, id: text, heading: text, questions: list(question) }),
  'five-reasons': object({ kind: anything, id: text, 'heading?': text, 'reasons?': list(object({ title: text, body: text })) }),
};

const activity: Check = (value, path, problems) => {
  const kind = (value as { kind?: unknown } | null)?.kind;
  if (typeof kind === 'string' && Object.hasOwn(activities, kind)) {
    activities[kind](value, path, problems);
  } else {
    problems.push(`${path}/kind: expected "lesson", "quiz", "reflection" or "five-reasons", got ${describe(kind)}`);
  }
};

const uiText: Check = (value, path, problems) => {
  const forms = value && typeof value === 'object' && !Array.isArray(value) ? Object.values(value) : [value];
  if (!forms.every((form) => typeof form === 'string')) {
    problems.push(`${path}: expected a text, or plural forms such as { "one": "…", "other": "…" }`);
  }
};

const course = object({
  '$schema?': text,
  lang: (value, path, problems) => {
    if (typeof value !== 'string' || !/^[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8})*$/.test(value)) {
      problems.push(`${path}: expected a language tag such as "ha" or "ps-AF", got ${describe(value)}`);
    }
  },
  'dir?': oneOf('ltr', 'rtl'),
  title: text,
  summary: text,
  activities: list(activity),
  closing: object({ heading: text, paragraphs: list(text, 0), furtherLearning: text }),
  supportNote: text,
  'ui?': (value, path, problems) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      problems.push(`${path}: expected an object of interface texts, got ${describe(value)}`);
    } else {
      Object.entries(value).forEach(([key, entry]) => uiText(entry, `${path}/${key}`, problems));
    }
  },
  'translation?': object({ from: text, 'sourceHashes?': anything }),
});

/**
 * Checks parsed course data against the course format.
 * @param value What `JSON.parse` made of the file.
 */
export function checkCourse(value: unknown): CourseFileResult {
  const problems: string[] = [];
  course(value, '', problems);
  const ids = new Set<string>();
  for (const [index, entry] of (Array.isArray((value as { activities?: unknown } | null)?.activities) ? (value as { activities: unknown[] }).activities : []).entries()) {
    const id = (entry as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && ids.has(id)) {
      problems.push(`/activities/${index}/id: "${id}" is the id of an earlier activity too; give each its own`);
    }
    ids.add(id as string);
  }
  if (problems.length) {
    return { ok: false, problems };
  }
  const file = value as CourseContent;
  return { ok: true, course: { ...file, dir: file.dir ?? directionOf(file.lang) } };
}
