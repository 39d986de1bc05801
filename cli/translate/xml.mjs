// A small XML reader and writer for XLIFF files, with Node's standard library only: elements,
// attributes, text, CDATA, comments and processing instructions skipped, the five predefined
// entities and character references. No DTDs (an XLIFF file has none); a file that is not
// well-formed is refused with its line and column.

/** @typedef {{ name: string, attributes: Record<string, string>, children: XmlNode[] }} XmlElement */
/** @typedef {XmlElement | string} XmlNode */

const entities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text, where) {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|\w+);|&/g, (whole, name) => {
    if (!name) throw where('a bare "&" (write &amp;)');
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
    if (!(name in entities)) throw where(`the unknown entity "&${name};"`);
    return entities[name];
  });
}

/**
 * Parses an XML document.
 * @param {string} source
 * @returns {XmlElement} The root element, with every name as written (prefix included).
 */
export function parseXml(source) {
  let index = 0;
  const where = (problem) => {
    const lines = source.slice(0, index).split('\n');
    return new Error(`not well-formed XML at line ${lines.length}, column ${lines[lines.length - 1].length + 1}: ${problem}`);
  };
  /** @type {XmlElement[]} */
  const stack = [];
  /** @type {XmlElement | undefined} */
  let root;
  const text = (value) => {
    if (stack.length) {
      const children = stack[stack.length - 1].children;
      if (typeof children[children.length - 1] === 'string') children[children.length - 1] += value;
      else children.push(value);
    } else if (value.trim()) {
      throw where('text outside the root element');
    }
  };
  while (index < source.length) {
    const next = source.indexOf('<', index);
    if (next < 0) {
      text(decode(source.slice(index), where));
      break;
    }
    if (next > index) text(decode(source.slice(index, next), where));
    index = next;
    if (source.startsWith('<!--', index)) {
      const end = source.indexOf('-->', index);
      if (end < 0) throw where('a comment that never ends');
      index = end + 3;
    } else if (source.startsWith('<![CDATA[', index)) {
      const end = source.indexOf(']]>', index);
      if (end < 0) throw where('a CDATA section that never ends');
      text(source.slice(index + 9, end));
      index = end + 3;
    } else if (source.startsWith('<?', index) || source.startsWith('<!', index)) {
      const end = source.indexOf('>', index);
      if (end < 0) throw where('a declaration that never ends');
      index = end + 1;
    } else if (source.startsWith('</', index)) {
      const match = /^<\/([\w:.-]+)\s*>/.exec(source.slice(index));
      const open = stack.pop();
      if (!match || !open || open.name !== match[1]) throw where(`the closing tag ${match ? `</${match[1]}>` : ''} does not match ${open ? `<${open.name}>` : 'any open element'}`);
      index += match[0].length;
    } else {
      const match = /^<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(source.slice(index));
      if (!match) throw where('a tag that cannot be read');
      if (!stack.length && root) throw where('a second root element');
      /** @type {XmlElement} */
      const element = { name: match[1], attributes: {}, children: [] };
      for (const [, name, double, single] of match[2].matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        element.attributes[name] = decode(double ?? single, where);
      }
      if (stack.length) stack[stack.length - 1].children.push(element);
      else root = element;
      if (!match[3]) stack.push(element);
      index += match[0].length;
    }
  }
  if (stack.length) throw where(`<${stack[stack.length - 1].name}> is never closed`);
  if (!root) throw where('there is no root element');
  return root;
}

/** The local name, without its prefix. */
export const localName = (element) => element.name.replace(/^.*:/, '');

/** Child elements with a local name. */
export const childrenNamed = (element, name) => element.children.filter((child) => typeof child !== 'string' && localName(child) === name);

/** Every element below with a local name, in document order. */
export function descendantsNamed(element, name, found = []) {
  for (const child of element.children) {
    if (typeof child === 'string') continue;
    if (localName(child) === name) found.push(child);
    descendantsNamed(child, name, found);
  }
  return found;
}

/** The text of an element and everything in it. */
export const textContent = (element) => element.children.map((child) => (typeof child === 'string' ? child : textContent(child))).join('');
