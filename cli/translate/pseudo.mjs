// Pseudo-languages for testing a translation before there is one: every text of the course and
// of the interface, accented and about 35% longer (`en-XA`), or also written right to left
// (`ar-XB`: each word wrapped in right-to-left override marks, so Latin letters read backwards,
// as Android's pseudo-locales do). Placeholders and markup codes are kept as they are.
import { setAt } from './units.mjs';

const accents = {
  a: 'å', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'î', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'û', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Å', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Î', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Û', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

/** One text in the pseudo-language; codes (placeholders, markup) untouched. */
export function pseudoText(pieces, rtl) {
  const text = pieces.map((piece) => (typeof piece === 'string' ? accent(piece, rtl) : piece.code)).join('');
  // About 35% longer: German and Finnish run that much past English, and short labels more.
  const letters = pieces.filter((piece) => typeof piece === 'string').join('').replace(/\s/g, '').length;
  const extra = Math.max(2, Math.round(letters * 0.35));
  const padding = ' ' + 'ļöñĝ ţéẋţ '.repeat(Math.ceil(extra / 10)).slice(0, extra).trim();
  return `⟦${text}${rtl ? wrapWords(padding) : padding}⟧`;
}

function accent(text, rtl) {
  const accented = text.replace(/[a-zA-Z]/g, (char) => accents[char]);
  return rtl ? wrapWords(accented) : accented;
}

/** Each word between U+202E (right-to-left override) and U+202C (pop), so it reads right to left. */
const wrapWords = (text) => text.replace(/[^\s]+/g, (word) => `\u202e${word}\u202c`);

/**
 * The course file in a pseudo-language, with its interface text.
 * @param {any} course The source course.
 * @param {import('./units.mjs').Unit[]} units Its units and the interface text's.
 * @param {{ rtl: boolean, lang: string, splitCodes: Function }} options
 */
export function pseudoCourse(course, units, { rtl, lang, splitCodes }) {
  const result = { ...structuredClone(course), lang, ui: {} };
  delete result.dir;
  delete result.$schema;
  delete result.translation;
  for (const unit of units) {
    setAt(result, unit.path, unit.path[1] === '$name' ? (rtl ? 'Pseudo RTL' : 'Pseudo') : pseudoText(splitCodes(unit.source, unit), rtl));
  }
  return result;
}
