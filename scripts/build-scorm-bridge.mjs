// Builds, at `npm run build`, the bridge module a SCORM package carries, so that `npx mhm-elements
// scorm` only copies files from the installed package (no rollup, no TypeScript at package time):
//   dist/scorm/packaged-bridge.js               connects the page's <mhm-course> to the LMS
//   dist/scorm/packaged-bridge-interactions.js  the same, recording each checked quiz answer too
// Each is connectScorm12 from dist/scorm/scorm12.js bundled and minified into one file.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';

const root = fileURLToPath(new URL('..', import.meta.url));
const bridgeSource = `${root}dist/scorm/scorm12.js`;

/** @param {boolean} interactions */
async function bridge(interactions) {
  const entry = '\0mhm-scorm-entry';
  const code =
    `import { connectScorm12 } from ${JSON.stringify(bridgeSource)};\n` +
    `const course = document.querySelector('mhm-course');\n` +
    `if (course) connectScorm12(course${interactions ? ', { interactions: true }' : ''});\n` +
    `else console.warn('mhm-elements: this page has no <mhm-course>; nothing is recorded in the LMS.');\n`;
  const bundle = await rollup({
    input: entry,
    plugins: [
      { name: 'entry', resolveId: (id) => (id === entry ? id : null), load: (id) => (id === entry ? code : null) },
      nodeResolve({ exportConditions: ['production'] }),
      terser({ module: true, ecma: 2021, format: { comments: false } }),
    ],
    onwarn: (warning) => {
      throw new Error(`bundling the SCORM bridge: ${warning.message}`);
    },
  });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  return output[0].code;
}

writeFileSync(`${root}dist/scorm/packaged-bridge.js`, await bridge(false));
writeFileSync(`${root}dist/scorm/packaged-bridge-interactions.js`, await bridge(true));
