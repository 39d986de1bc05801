// Where a JSON text first breaks, as a line and column an author can find in their editor.
// Node's JSON.parse gives an offset for some mistakes and none for others ("Unexpected token 'x'"),
// so the text is scanned by the JSON grammar (RFC 8259) to find the first character it refuses.

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
