// Rollup plugin: squeezes the whitespace (and CSS comments) out of Lit's `html` and `css` tagged
// templates, which a JavaScript minifier leaves as they are. It edits only the static text between
// `${}` expressions, found through the parsed syntax tree, so nested templates are handled.
// Runs of whitespace in HTML become one space (never none), so inline text renders the same.

/** Minifies the static CSS text of a `css` template part. */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};])\s*/g, '$1')
    .replace(/([,:])\s+/g, '$1')
    .replace(/;}/g, '}');
}

/** Minifies the static HTML text of an `html` template part. */
export function minifyHtml(text) {
  return text.replace(/\s+/g, ' ').replace(/> </g, '><');
}

function* taggedTemplates(node) {
  if (!node || typeof node.type !== 'string') {
    return;
  }
  if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && /^(html|css)$/.test(node.tag.name)) {
    yield node;
  }
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) {
      for (const child of value) yield* taggedTemplates(child);
    } else if (value && typeof value === 'object' && typeof value.type === 'string') {
      yield* taggedTemplates(value);
    }
  }
}

export function minifyCssLiterals() {
  return {
    name: 'mhm-minify-template-literals',
    transform(code) {
      if (!/\b(html|css)\s*`/.test(code)) {
        return null;
      }
      const edits = [];
      for (const node of taggedTemplates(this.parse(code))) {
        const minify = node.tag.name === 'css' ? minifyCss : minifyHtml;
        for (const quasi of node.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          // `<pre>` and `<textarea>` text is kept as written: from the first such tag on, the part
          // stays as it is; what comes before it is minified.
          const keepFrom = raw.search(/<(pre|textarea)\b/i);
          const min = keepFrom < 0 ? minify(raw) : minify(raw.slice(0, keepFrom)) + raw.slice(keepFrom);
          if (min !== raw) edits.push([quasi.start, quasi.end, min]);
        }
      }
      let result = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) {
        result = result.slice(0, start) + text + result.slice(end);
      }
      return { code: result, map: null };
    },
  };
}
