/** Keys that could reach an object's prototype when author data is merged or spread later. */
const forbiddenKeys = ['__proto__', 'constructor', 'prototype'];

export type JsonResult<T> =
  | { ok: true; value: T; droppedKeys: string[] }
  | { ok: false; message: string; line?: number; column?: number };

/**
 * Parses author-written JSON without throwing.
 *
 * On failure it says what broke and where (line and column, 1-based), so an author can find the
 * typo in a CMS text field. On success it drops `__proto__`, `constructor` and `prototype` keys at
 * every depth and lists which were found, so nothing an author pastes can pollute a prototype.
 */
export function readJson<T = unknown>(text: string | null | undefined): JsonResult<T> {
  const source = text ?? '';
  if (!source.trim()) {
    return { ok: false, message: 'the JSON is empty' };
  }
  const droppedKeys: string[] = [];
  try {
    const value = JSON.parse(source, (key, item: unknown) => {
      if (!forbiddenKeys.includes(key)) {
        return item;
      }
      if (!droppedKeys.includes(key)) {
        droppedKeys.push(key);
      }
    }) as T;
    return { ok: true, value, droppedKeys };
  } catch (error) {
    const { message } = error as Error;
    const position = locate(source, message);
    const where = position ? ` at line ${position.line}, column ${position.column}` : '';
    return { ok: false, message: `the JSON is not valid${where}: ${message}`, ...position };
  }
}

/** Turns the engine's error message into a line and column, whichever form the engine uses. */
function locate(source: string, message: string): { line: number; column: number } | undefined {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) {
    return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  }
  const offset = /position (\d+)/.exec(message)?.[1] ?? (/end of (JSON|data) input/i.test(message) ? source.length : undefined);
  if (offset !== undefined) {
    const lines = source.slice(0, Number(offset)).split('\n');
    return { line: lines.length, column: lines[lines.length - 1].length + 1 };
  }
  return undefined;
}
