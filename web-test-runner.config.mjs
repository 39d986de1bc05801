import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';
import { mediaFeaturesPlugin } from './scripts/media-features-plugin.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';

/** The strict policy partners can use (README, "Content Security Policy"); test/csp/ is served with it. */
export const strictCsp =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

export default {
  files: ['test/**/*.test.ts', '!test/integration/**'],
  nodeResolve: { exportConditions: ['production'] },
  middleware: [
    async (context, next) => {
      await next();
      if (context.path.startsWith('/test/csp/')) {
        context.set('Content-Security-Policy', strictCsp);
      }
    },
  ],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }), mediaFeaturesPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChromium(),
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
  // One page at a time: a background page gets no animation frames and no focus, and the tests
  // check both (fixtures await a frame; keyboard tests need real focus).
  concurrency: 1,
  testFramework: { config: { timeout: 5000 } },
  reporters: [defaultReporter(), summaryReporter()],
};
