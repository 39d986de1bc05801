// The `html` and `css` template text of our sources, minified by the maintained `minify-literals`
// package (html-minifier-next for HTML, Lightning CSS for CSS), for Rollup and `npm run size` alike.
// Whitespace is collapsed conservatively: a run of spaces and line breaks becomes one space, never
// none, so "<b>Score</b> <i>2 of 3</i>" keeps its space (test/build/whitespace.test.ts).
import { minifyHTMLLiterals } from 'minify-literals';

/** A Rollup plugin; place it after the TypeScript plugin. */
export function minifyTemplates() {
  return {
    name: 'minify-templates',
    async transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id)) {
        return null;
      }
      return minifyHTMLLiterals(code, { fileName: id, html: { conservativeCollapse: true } });
    },
  };
}
