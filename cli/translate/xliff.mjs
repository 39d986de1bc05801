// XLIFF 2.0 and 1.2, written and read for `mhm-elements translate`. Placeholders (`{n}`) and the
// markup of a lesson's body (`<em>`, `</em>`, `<a href="…">`) become inline `<ph>` codes, which a
// translation tool shows as tags the translator can move but not break. Each unit keeps a hash of
// its source text, so the next export can tell which texts changed.
import { escapeMarkup } from '../markup.mjs';
import { childrenNamed, descendantsNamed, localName, parseXml, textContent } from './xml.mjs';

/** @typedef {import('./units.mjs').Unit} Unit */
/** @typedef {{ id: string, source: string, target?: string, state?: string, hash?: string, lost: string[], added: string[] }} ReadUnit */

const mhmNamespace = 'https://github.com/mhm-elements/xliff';

/**
 * Splits a text into text and inline codes: placeholders in interface text, the allowed tags in a
 * lesson's body.
 * @param {string} text
 * @param {{ ui?: boolean, rich?: boolean }} unit
 * @returns {(string | { code: string })[]}
 */
export function splitCodes(text, { ui, rich }) {
  const pattern = ui ? /\{\w+\}/g : rich ? /<\/?(?:em|strong)>|<a href="[^"]*">|<\/a>/g : null;
  if (!pattern) return [text];
  const pieces = [];
  let index = 0;
  for (const match of text.matchAll(pattern)) {
    pieces.push(text.slice(index, match.index), { code: match[0] });
    index = match.index + match[0].length;
  }
  pieces.push(text.slice(index));
  return pieces.filter((piece) => piece !== '');
}

/** The inline content of a source or target, with its codes as `<ph>`. */
function inline(pieces, version) {
  let n = 0;
  return pieces
    .map((piece) => {
      if (typeof piece === 'string') return escapeMarkup(piece);
      n += 1;
      return version === '1.2' ? `<ph id="${n}">${escapeMarkup(piece.code)}</ph>` : `<ph id="${n}" dataRef="d${n}" disp="${escapeMarkup(piece.code)}"/>`;
    })
    .join('');
}

/** Codes of a unit by `ph` id: `1` for the first code of its source, and so on. */
const codesOf = (pieces) => pieces.filter((piece) => typeof piece !== 'string').map((piece) => piece.code);

/**
 * Writes an XLIFF document.
 * @param {{ version: '2.0' | '1.2', from: string, lang: string, original: string, units: (Unit & { target?: string, state: string })[] }} options
 */
export function writeXliff({ version, from, lang, original, units }) {
  const groups = [
    { id: 'course', original, units: units.filter((unit) => !unit.ui) },
    { id: 'ui', original: 'mhm-elements interface text', units: units.filter((unit) => unit.ui) },
  ];
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  if (version === '1.2') {
    lines.push(`<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:mhm="${mhmNamespace}">`);
    for (const group of groups) {
      lines.push(`  <file original="${escapeMarkup(group.original)}" source-language="${from}" target-language="${lang}" datatype="plaintext">`, '    <body>');
      for (const unit of group.units) {
        const pieces = splitCodes(unit.source, unit);
        const state = { initial: 'needs-translation', translated: 'translated', final: 'final' }[unit.state] ?? unit.state;
        lines.push(`      <trans-unit id="${unit.id}" mhm:source-hash="${unit.hash}">`);
        lines.push(`        <source>${inline(pieces, version)}</source>`);
        if (unit.target !== undefined) lines.push(`        <target state="${state}">${inline(splitCodes(unit.target, unit), version)}</target>`);
        lines.push(`        <note from="mhm-elements">${escapeMarkup(unit.note)}</note>`, '      </trans-unit>');
      }
      lines.push('    </body>', '  </file>');
    }
  } else {
    lines.push(`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" version="2.0" srcLang="${from}" trgLang="${lang}">`);
    for (const group of groups) {
      lines.push(`  <file id="${group.id}" original="${escapeMarkup(group.original)}">`);
      for (const unit of group.units) {
        const pieces = splitCodes(unit.source, unit);
        lines.push(`    <unit id="${unit.id}">`);
        lines.push(`      <mda:metadata><mda:metaGroup category="mhm-elements"><mda:meta type="source-hash">${unit.hash}</mda:meta></mda:metaGroup></mda:metadata>`);
        lines.push(`      <notes><note category="location">${escapeMarkup(unit.note)}</note></notes>`);
        const codes = codesOf(pieces);
        if (codes.length) lines.push(`      <originalData>${codes.map((code, i) => `<data id="d${i + 1}">${escapeMarkup(code)}</data>`).join('')}</originalData>`);
        lines.push(`      <segment state="${unit.state}">`, `        <source>${inline(pieces, version)}</source>`);
        if (unit.target !== undefined) lines.push(`        <target>${inline(splitCodes(unit.target, unit), version)}</target>`);
        lines.push('      </segment>', '    </unit>');
      }
      lines.push('  </file>');
    }
  }
  lines.push('</xliff>', '');
  return lines.join('\n');
}

/**
 * Reads an XLIFF 2.0 or 1.2 document: each unit's source and target as text, its inline codes put
 * back from the source's (a code the target lost or gained is listed, not guessed).
 * @param {string} text
 * @returns {{ version: string, from?: string, lang?: string, units: ReadUnit[] }}
 */
export function readXliff(text) {
  const root = parseXml(text);
  if (localName(root) !== 'xliff') throw new Error(`this is not an XLIFF file: its root element is <${root.name}>, not <xliff>`);
  const version = root.attributes.version;
  if (version !== '2.0' && version !== '1.2' && version !== '2.1') throw new Error(`XLIFF version "${version ?? ''}" is not supported: use 2.0 or 1.2`);
  /** @type {ReadUnit[]} */
  const units = [];
  let from = root.attributes.srcLang;
  let lang = root.attributes.trgLang;
  if (version === '1.2') {
    for (const file of descendantsNamed(root, 'file')) {
      from ??= file.attributes['source-language'];
      lang ??= file.attributes['target-language'];
    }
    for (const unit of descendantsNamed(root, 'trans-unit')) {
      const [source] = childrenNamed(unit, 'source');
      const [target] = childrenNamed(unit, 'target');
      const codes = new Map(descendantsNamed(source ?? { children: [] }, 'ph').map((ph) => [ph.attributes.id, textContent(ph)]));
      const hash = Object.entries(unit.attributes).find(([name]) => localName({ name }) === 'source-hash')?.[1];
      units.push({ id: unit.attributes.id, source: source ? flatten(source, codes).text : '', ...readTarget(target, codes), state: target?.attributes.state, hash });
    }
  } else {
    for (const unit of descendantsNamed(root, 'unit')) {
      const data = new Map(descendantsNamed(unit, 'data').map((entry) => [entry.attributes.id, textContent(entry)]));
      const hash = descendantsNamed(unit, 'meta').find((meta) => meta.attributes.type === 'source-hash');
      const segments = childrenNamed(unit, 'segment');
      const sources = segments.map((segment) => childrenNamed(segment, 'source')[0]).filter(Boolean);
      const codes = new Map(sources.flatMap((source) => descendantsNamed(source, 'ph')).map((ph) => [ph.attributes.id, data.get(ph.attributes.dataRef) ?? ph.attributes.disp ?? '']));
      const targets = segments.map((segment) => childrenNamed(segment, 'target')[0]);
      const target = targets.every(Boolean) && targets.length ? { name: 'target', attributes: {}, children: targets.flatMap((t) => t.children) } : undefined;
      units.push({
        id: unit.attributes.id,
        source: sources.map((source) => flatten(source, codes).text).join(''),
        ...readTarget(target, codes),
        state: segments[0]?.attributes.state,
        hash: hash ? textContent(hash) : undefined,
      });
    }
  }
  return { version, from, lang, units };
}

/** A source or target as text, with its `ph` codes put back; the ids it used. */
function flatten(element, codes, used = []) {
  let text = '';
  for (const child of element.children) {
    if (typeof child === 'string') text += child;
    else if (localName(child) === 'ph') {
      used.push(child.attributes.id);
      text += codes.get(child.attributes.id) ?? '';
    } else text += flatten(child, codes, used).text;
  }
  return { text, used };
}

function readTarget(target, codes) {
  if (!target) return { lost: [], added: [] };
  const { text, used } = flatten(target, codes);
  const lost = [...codes.entries()].filter(([id]) => !used.includes(id)).map(([, code]) => code);
  const added = used.filter((id, index) => !codes.has(id) || used.indexOf(id) !== index).map((id) => codes.get(id) ?? `<ph id="${id}"/>`);
  return { target: text, lost, added };
}
