// JSON files a CLI user names (a course file, a previous translation): read, parsed, and where the
// text first breaks reported as a line and column they can find in their editor. Node's JSON.parse
// gives an offset for some mistakes and none for others ("Unexpected token 'x'"), so the text is
// scanned by the JSON grammar (RFC 8259) to find the first character it refuses.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { UsageError } from './commands.mjs';

/**
 * Reads and parses a JSON file the user named; a missing file or invalid JSON is a UsageError
 * naming the option or file, with the line and column of the mistake.
 * @param {string} path
 * @param {string} what how the message names it, e.g. `--course "x.json"`
 * @returns {{ text: string, value: unknown }}
 */
export function readJsonFile(path, what) {
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new UsageError(`${what} is not a file.`);
  }
  // An editor may save a byte order mark; JSON itself has none.
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  try {
    return { text, value: JSON.parse(text) };
  } catch (error) {
    const at = jsonErrorLocation(text);
    const where = at ? ` at line ${at.line}, column ${at.column}` : '';
    throw new UsageError(`${what} is not valid JSON${where}: ${error instanceof Error ? error.message : error}`);
  }
}

/**
 * The line and column (1-based) of the first character that is not valid JSON, or undefined when
 * the text is valid.
 * @param {string} text
 * @returns {{ line: number, column: number } | undefined}
 */
export function jsonErrorLocation(text) {
  const offset = firstErrorOffset(text);
  if (offset === undefined) {
    return undefined;
  }
  const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** Thrown at the first character the grammar refuses. */
class Refused {
  /** @param {number} offset */
  constructor(offset) {
    this.offset = offset;
  }
}

const literal = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
const escape = /["\\/bfnrt]|u[0-9a-fA-F]{4}/y;

/**
 * @param {string} text
 * @returns {number | undefined}
 */
function firstErrorOffset(text) {
  let at = 0;
  const fail = () => {
    throw new Refused(at);
  };
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at])) at++;
  };
  const string = () => {
    at++;
    while (at < text.length) {
      const char = text[at];
      if (char === '"') {
        at++;
        return;
      }
      if (char === '\\') {
        at++;
        escape.lastIndex = at;
        if (!escape.test(text)) fail();
        at = escape.lastIndex;
      } else if (char < ' ') {
        fail();
      } else {
        at++;
      }
    }
    fail();
  };
  const members = (close, member) => {
    at++;
    space();
    if (text[at] === close) {
      at++;
      return;
    }
    for (;;) {
      member();
      space();
      if (text[at] === ',') {
        at++;
      } else if (text[at] === close) {
        at++;
        return;
      } else {
        fail();
      }
    }
  };
  const value = () => {
    space();
    if (text[at] === '{') {
      members('}', () => {
        space();
        if (text[at] !== '"') fail();
        string();
        space();
        if (text[at] !== ':') fail();
        at++;
        value();
      });
    } else if (text[at] === '[') {
      members(']', value);
    } else if (text[at] === '"') {
      string();
    } else {
      literal.lastIndex = at;
      if (!literal.test(text)) fail();
      at = literal.lastIndex;
    }
  };
  try {
    value();
    space();
    if (at < text.length) fail();
    return undefined;
  } catch (error) {
    if (error instanceof Refused) return error.offset;
    throw error;
  }
}
