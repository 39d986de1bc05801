// The translatable strings of a course file and of the interface text, as units: an id that stays
// the same across versions (from activity ids and field names; an index only inside a list), where
// the text lives in the course file, its source text and a note for the translator.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** @typedef {{ id: string, path: (string|number)[], source: string, note: string, rich?: boolean, ui?: boolean }} Unit */

const packageFile = (path) => new URL(`../../${path}`, import.meta.url);

/** A JSON file shipped in the package (dist/… is written by `npm run build`). */
export function packageJson(path) {
  try {
    return JSON.parse(readFileSync(packageFile(path), 'utf8'));
  } catch (error) {
    throw new Error(`${path} is missing from the package (${error.code ?? error.message}); reinstall mhm-elements, or run "npm run build" in a clone.`);
  }
}

/** The languages the built-in course is written in. */
export const courseLanguages = ['en', 'fr', 'ar'];

/** A short hash of a unit's source text: a changed hash marks the unit for translation again. */
export const sourceHash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 12);

/** An id segment with only the characters an XLIFF id (an XML NMTOKEN) may hold, reversibly. */
const segment = (value) => String(value).replace(/[^A-Za-z0-9_-]/g, (char) => `:${char.codePointAt(0).toString(16)}`);

const quote = (text) => `"${text.length > 50 ? `${text.slice(0, 47)}…` : text}"`;

/**
 * Every translatable text of a course, in course order.
 * @param {any} course A course file.
 * @returns {Unit[]}
 */
export function courseUnits(course) {
  /** @type {Unit[]} */
  const units = [];
  const add = (idParts, path, note, rich = false) => {
    const source = path.reduce((node, step) => node?.[step], course);
    if (typeof source === 'string') units.push({ id: idParts.map(segment).join('.'), path, source, note, rich });
  };
  add(['course', 'title'], ['title'], 'Course title: the heading at the top of the course, and the name of the printed record.');
  add(['course', 'summary'], ['summary'], 'What the course is about, under its title (one or two sentences).');
  course.activities.forEach((activity, index) => {
    const at = (field, note, rich) => add(['a', activity.id, ...field], ['activities', index, ...field], note, rich);
    switch (activity.kind) {
      case 'lesson':
        at(['eyebrow'], `Lesson ${quote(activity.heading)}: the small line above its heading, e.g. "Lesson 1". Keep it short.`);
        at(['heading'], `Lesson heading (activity ${index + 1}); also its name in the list of activities.`);
        at(['contentNote'], `Lesson ${quote(activity.heading)}: the content note shown before the lesson, a gentle warning about distressing experiences.`);
        activity.paragraphs.forEach((block, p) => {
          if (typeof block === 'string') at(['paragraphs', p], `Lesson ${quote(activity.heading)}: paragraph ${p + 1} of its body. Keep the markup codes around the words they mark.`, true);
          else block.list.forEach((_, item) => at(['paragraphs', p, 'list', item], `Lesson ${quote(activity.heading)}: item ${item + 1} of a list in its body.`, true));
        });
        activity.takeaways.forEach((_, t) => at(['takeaways', t], `Lesson ${quote(activity.heading)}: key point ${t + 1}, under "Key points".`));
        at(['source'], `Lesson ${quote(activity.heading)}: where its material comes from, after "Source:".`);
        break;
      case 'reflection':
        at(['prompt'], `Reflection (activity ${index + 1}): the question the learner writes about; the label of the text field.`);
        activity.hints.forEach((_, h) => at(['hints', h], `Reflection ${quote(activity.prompt)}: guiding question ${h + 1}, after "You could think about:".`));
        at(['help'], `Reflection ${quote(activity.prompt)}: the help note under it.`);
        break;
      case 'quiz':
        at(['heading'], `Quiz heading (activity ${index + 1}); also its name in the list of activities.`);
        activity.questions.forEach((question, q) => {
          at(['questions', q, 'prompt'], `Quiz question ${q + 1}: the question.`);
          at(['questions', q, 'explanation'], `Quiz question ${q + 1}: the explanation shown once the learner has checked an answer.`);
          (question.choices ?? []).forEach((choice, c) => {
            at(['questions', q, 'choices', c, 'text'], `Quiz question ${q + 1} ${quote(question.prompt)}: answer choice ${c + 1}${choice.correct ? ' (a right answer)' : ''}.`);
            at(['questions', q, 'choices', c, 'feedback'], `Quiz question ${q + 1}: feedback when the learner's answer includes choice ${quote(choice.text)}. Kind words, never "Wrong".`);
          });
        });
        break;
      default:
        at(['heading'], `Five-reasons carousel (activity ${index + 1}): its heading; also its name in the list of activities.`);
        (activity.reasons ?? []).forEach((_, r) => {
          at(['reasons', r, 'title'], `Five-reasons carousel: the title of reason ${r + 1}, on its slide.`);
          at(['reasons', r, 'body'], `Five-reasons carousel: the text of reason ${r + 1}, one or two sentences on a slide.`);
        });
    }
  });
  add(['course', 'closing', 'heading'], ['closing', 'heading'], 'Closing panel heading, once every activity is complete.');
  course.closing.paragraphs.forEach((_, p) => add(['course', 'closing', 'paragraphs', p], ['closing', 'paragraphs', p], `Closing panel: paragraph ${p + 1}.`));
  add(['course', 'closing', 'furtherLearning'], ['closing', 'furtherLearning'], 'Closing panel: where learners can go further.');
  add(['course', 'supportNote'], ['supportNote'], 'Under every reflection: a gentle line pointing to someone the learner trusts or a local support service.');
  return units;
}

/** A button's room: about as long as the English, with a little more for longer languages. */
function room(note, source) {
  if (!/\bbutton\b|^Label of the|^Summary of|^Badge|^Checkbox/i.test(note)) return '';
  return ` Keep it short: it sits on a button or a label on a phone about 360 pixels wide; the English has ${source.length} characters, aim for ${Math.max(12, Math.round(source.length * 1.5))} at most.`;
}

/**
 * Every interface text as units, with a unit per plural form the target language needs.
 * @param {Record<string, any>} english Interface text templates (dist/translations/en.json or the --from language's).
 * @param {string} lang The target language, for its plural categories.
 * @returns {Unit[]}
 */
export function uiUnits(english, lang) {
  const notes = packageJson('dist/translations/notes.json');
  let categories;
  try {
    categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  } catch {
    categories = ['one', 'other'];
  }
  /** @type {Unit[]} */
  const units = [];
  for (const [key, value] of Object.entries(english)) {
    if (key.startsWith('$')) continue;
    const note = `Interface text "${key}": ${notes[key] ?? ''}`.trim();
    if (typeof value === 'string') {
      units.push({ id: `ui.${key}`, path: ['ui', key], source: value, note: note + room(note, value), ui: true });
      continue;
    }
    const exact = Object.keys(value).filter((form) => form.startsWith('='));
    for (const form of [...exact, ...categories]) {
      const source = value[form] ?? value.other;
      units.push({ id: `ui.${key}.${segment(form)}`, path: ['ui', key, form], source, note: `${note} Plural form "${form}"${form.startsWith('=') ? ` (exactly ${form.slice(1)})` : ` (the ${lang} CLDR plural category)`}.`, ui: true });
    }
  }
  units.push({ id: 'ui.:24name', path: ['ui', '$name'], source: english.$name, note: 'The name of the language, in the language itself (e.g. "Hausa" becomes "Hausa", "French" becomes "Français").', ui: true });
  return units;
}

/** Sets a value at a path, creating objects on the way. */
export function setAt(target, path, value) {
  let node = target;
  path.slice(0, -1).forEach((step, index) => {
    node[step] ??= typeof path[index + 1] === 'number' ? [] : {};
    node = node[step];
  });
  node[path[path.length - 1]] = value;
}

/** The value at a path, or undefined. */
export const getAt = (target, path) => path.reduce((node, step) => node?.[step], target);
