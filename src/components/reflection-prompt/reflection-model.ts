import { readJson } from '../../internal/json.js';

/**
 * The stored form of a reflection and the text file it exports to. Pure functions: no DOM, no
 * storage, so the format can be tested and changed on its own.
 *
 * A record is versioned JSON, `{"v":1,"keep":true,"text":"…","updatedAt":1764000000000}`. It exists
 * only while the learner has ticked "Keep on this device", so `keep` is always true; it is there so
 * that the choice is stored with the text, as the learner made it. `updatedAt` (milliseconds since
 * 1970) is when the text last changed, and decides which copy wins when two tabs disagree.
 */

/** The record format this code writes and reads. Anything else is kept aside, never overwritten. */
export const recordVersion = 1;

export interface ReflectionRecord {
  v: typeof recordVersion;
  keep: true;
  text: string;
  updatedAt: number;
}

export type ParsedRecord =
  | { kind: 'none' }
  | { kind: 'record'; record: ReflectionRecord }
  /** `reason` says why in words, never quoting the stored text: it goes to the console. */
  | { kind: 'unreadable'; reason: string };

/** Storage key (below the library's prefix) of the reflection `reflectionId`. */
export function recordKey(reflectionId: string): string {
  return `reflection:${reflectionId}`;
}

/** Key under which an unreadable record is kept aside, unchanged, instead of being overwritten. */
export function asideKey(reflectionId: string, now: number): string {
  return `${recordKey(reflectionId)}:unreadable:${now}`;
}

/** Serialises what is written to the device. */
export function serializeRecord(text: string, updatedAt: number): string {
  return JSON.stringify({ v: recordVersion, keep: true, text, updatedAt } satisfies ReflectionRecord);
}

/** Reads a stored value: nothing, a record of the current format, or something kept aside. */
export function parseRecord(raw: string | null): ParsedRecord {
  if (raw === null) {
    return { kind: 'none' };
  }
  const json = readJson<Partial<ReflectionRecord>>(raw);
  if (!json.ok) {
    // Not the engine's message: it quotes the stored text, and the reason is logged.
    const where = json.line ? ` at line ${json.line}, column ${json.column}` : '';
    return { kind: 'unreadable', reason: `it is not valid JSON${where}` };
  }
  const value = json.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { kind: 'unreadable', reason: 'it is not a record' };
  }
  if (value.v !== recordVersion) {
    return { kind: 'unreadable', reason: `it is in format ${JSON.stringify(value.v ?? null)}, not ${recordVersion}` };
  }
  if (typeof value.text !== 'string' || value.keep !== true || typeof value.updatedAt !== 'number') {
    return { kind: 'unreadable', reason: 'a field is missing or has the wrong type' };
  }
  if (Number.isNaN(new Date(value.updatedAt).getTime())) {
    // Past the range of a Date (or infinite): no clock writes this, so the record is set aside whole.
    return { kind: 'unreadable', reason: `its time ${value.updatedAt} is not a date` };
  }
  return { kind: 'record', record: { v: recordVersion, keep: true, text: value.text, updatedAt: storedTime(value.updatedAt) } };
}

/**
 * The time of a stored record as the draft compares it. A time before 1970 comes from a device whose
 * clock was wrong; the text is still the learner's, so it is read as 0, "older than anything written
 * since": it shows, and any text written with a real time wins over it. 0 has no date to show.
 */
function storedTime(updatedAt: number): number {
  return Math.max(0, updatedAt);
}

/** Whether a record's time is worth showing as a date: not 0, the time of a wrong clock (or of no change yet). */
export function hasTime(updatedAt: number): boolean {
  return updatedAt > 0;
}

/** A date in the element's language, or in English when its tag is malformed. */
export { date as formatDate } from '../../internal/format.js';

/** File name of an export: `reflection-<id>.txt`, with anything a file system may refuse replaced. */
export function exportFileName(reflectionId: string): string {
  const slug = reflectionId
    .normalize('NFC')
    // Each run of other characters and hyphens becomes one hyphen.
    .replace(/[^\p{L}\p{N}_]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
  return slug ? `reflection-${slug}.txt` : 'reflection.txt';
}

/**
 * The prompt as the export's first line: one line of plain text, without the bidi embedding, override
 * and isolate controls (U+202A–U+202E, U+2066–U+2069) that could make it read otherwise than the
 * author's words look. The marks a right-to-left prompt needs (U+200E, U+200F, U+061C) stay.
 * @param prompt The `prompt` attribute, or the text of the prompt slot.
 * @returns The line, empty when nothing but spaces and controls was written.
 */
export function promptLine(prompt: string): string {
  return prompt
    .replace(/[\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface ExportContent {
  /** The question the learner answered. */
  prompt: string;
  /** The date, already formatted in the learner's language. */
  date: string;
  /** What the learner wrote, unchanged. */
  text: string;
}

/**
 * The exported text: prompt, date and text, separated by blank lines. It starts with a byte-order
 * mark so that older editors (Windows Notepad among them) open Arabic and accented text as UTF-8.
 */
export function exportText({ prompt, date, text }: ExportContent): string {
  return `\uFEFF${[prompt, date, text].filter(Boolean).join('\n\n')}\n`;
}
