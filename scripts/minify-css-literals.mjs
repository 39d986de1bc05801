// Rollup plugin: squeezes the whitespace and comments out of Lit `css` tagged templates, which a
// JavaScript minifier leaves as they are. Templates with `${}` interpolations are left alone.
const cssTemplate = /\bcss\s*`([^`]*)`/g;

export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};])\s*/g, '$1')
    .replace(/([,:])\s+/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

export function minifyCssLiterals() {
  return {
    name: 'mhm-minify-css-literals',
    transform(code) {
      if (!/\bcss\s*`/.test(code)) {
        return null;
      }
      const result = code.replace(cssTemplate, (whole, body) => (body.includes('${') ? whole : `css\`${minifyCss(body)}\``));
      return { code: result, map: null };
    },
  };
}
