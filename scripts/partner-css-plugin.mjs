// Ships the partner stylesheet (src/styles/mhm-elements.css, quoted in README) beside the CDN file
// as dist/cdn/mhm-elements.css, for partners who link it instead of pasting it. Copied as it is.
import { readFileSync } from 'node:fs';

const source = 'src/styles/mhm-elements.css';

/** @returns {import('rollup').Plugin} */
export function partnerCss() {
  return {
    name: 'mhm-partner-css',
    buildStart() {
      this.addWatchFile(source);
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'mhm-elements.css', source: readFileSync(source, 'utf8') });
    },
  };
}
