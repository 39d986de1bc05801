// `npm run test:integration`: the package as partners get it. Packs it (`npm pack`), installs the
// tarball beside the apps' shared dependencies (test/integration/node_modules, from the committed
// lockfile), then for each partner stack type-checks strictly, builds and runs the app in headless
// Chromium; publint and arethetypeswrong check the tarball itself. Ends with
// `N passed, N failed, N skipped`; exits 1 on any failure.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '../..');
const bin = (name) => join(here, 'node_modules/.bin', name);
const scratch = mkdtempSync(join(tmpdir(), 'mhm-integration-'));

/** Runs a command; on failure throws with the end of its output. */
function run(command, args, options = {}) {
  try {
    return execFileSync(command, args, { cwd: here, encoding: 'utf8', stdio: 'pipe', maxBuffer: 64 * 1024 * 1024, ...options });
  } catch (error) {
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
    throw new Error(`${relative(here, command) || command} ${args.join(' ')} failed:\n${output}`);
  }
}

/** @type {{ name: string, fn: () => Promise<void> | void }[]} */
const tests = [];
const test = (name, fn) => tests.push({ name, fn });
const assert = (condition, message) => {
  if (!condition) {
    throw new Error(message);
  }
};

// ---- The tarball and the apps' install --------------------------------------------------------

/** @type {string} */
let tarball;
/** @type {import('puppeteer-core').Browser | undefined} */
let browser;

test('npm pack makes a tarball with the built files, the types, the editor data and the CLI', () => {
  if (!existsSync(join(root, 'dist/index.js'))) {
    run('npm', ['run', 'build', '--silent'], { cwd: root });
  }
  const [info] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: root }));
  tarball = join(scratch, info.filename);
  const files = new Set(info.files.map((file) => file.path));
  console.log(`  ${info.filename}: ${info.files.length} files, ${(info.size / 1024).toFixed(0)} kB packed, ${(info.unpackedSize / 1024).toFixed(0)} kB unpacked`);
  for (const file of ['LICENSE', 'README.md', 'dist/index.d.ts', 'dist/types/react.d.ts', 'dist/types/vue.d.ts', 'dist/vscode.html-custom-data.json', 'dist/web-types.json', 'custom-elements.json', 'bin/mhm-elements.mjs']) {
    assert(files.has(file), `${file} is not in the tarball`);
  }
});

test('the apps install their dependencies from the lockfile and the tarball', () => {
  // `npm ci` only when the lockfile changed since the last install: CI reruns reuse node_modules.
  const lock = createHash('sha256').update(readFileSync(join(here, 'package-lock.json'))).digest('hex');
  const stamp = join(here, 'node_modules/.mhm-lock-sha256');
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== lock) {
    run('npm', ['ci', '--no-audit', '--no-fund']);
    writeFileSync(stamp, lock);
  }
  run('npm', ['install', '--no-save', '--no-audit', '--no-fund', tarball]);
  const installed = JSON.parse(readFileSync(join(here, 'node_modules/mhm-elements/package.json'), 'utf8'));
  assert(existsSync(join(here, 'node_modules/lit/package.json')), 'lit was not installed with the package');
  console.log(`  mhm-elements ${installed.version} installed with lit ${JSON.parse(readFileSync(join(here, 'node_modules/lit/package.json'), 'utf8')).version}`);
});

test('the apps declare no types of their own: everything they type comes from the package', () => {
  const sources = ['react', 'vue', 'plain-ts'].flatMap((app) => walk(join(here, app, 'src')));
  const own = sources.filter((file) => file.endsWith('.d.ts') || /^\s*declare\s/m.test(readFileSync(file, 'utf8')));
  assert(own.length === 0, `declarations in ${own.map((file) => relative(here, file)).join(', ')}`);
});

// ---- The package itself ---------------------------------------------------------------------------

test('publint finds nothing to fix in the tarball', () => {
  const output = run(bin('publint'), [tarball, '--strict']);
  assert(!/error|warning|suggestion/i.test(output.replace(/All good!/, '')), output);
});

test('arethetypeswrong finds no problem for ESM consumers (node16 and bundler)', () => {
  run(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii']);
});

test('VS Code and JetBrains data name every tag and attribute of the manifest, found through package.json', () => {
  const dir = join(here, 'node_modules/mhm-elements');
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const json = (path) => JSON.parse(readFileSync(join(dir, path), 'utf8'));
  const manifest = json(pkg.customElements);
  const vscode = json(pkg.exports['./vscode.html-custom-data.json']);
  const webTypes = json(pkg['web-types']);
  const expected = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
  assert(expected.length >= 8, `the manifest lists ${expected.length} elements`);
  for (const element of expected) {
    const attributes = (element.attributes ?? []).map((attribute) => attribute.name).sort().join(' ');
    const inVscode = vscode.tags.find((tag) => tag.name === element.tagName);
    const inWebTypes = webTypes.contributions.html.elements.find((tag) => tag.name === element.tagName);
    assert(inVscode && inVscode.attributes.map((a) => a.name).sort().join(' ') === attributes, `VS Code data for <${element.tagName}> lacks attributes`);
    assert(inWebTypes && inWebTypes.attributes.map((a) => a.name).sort().join(' ') === attributes, `web-types for <${element.tagName}> lacks attributes`);
    assert(inVscode.description.value && inWebTypes.description, `<${element.tagName}> has no description`);
  }
});

test('npx mhm-elements scorm packs the French course from the installed package alone', () => {
  const out = join(scratch, 'course-fr.zip');
  const output = run('npx', ['--no-install', 'mhm-elements', 'scorm', '--lang', 'fr', '--out', out]);
  assert(existsSync(out) && /identifier mhm-course-fr/.test(output), output);
  const zip = readFileSync(out);
  assert(zip.includes('imsmanifest.xml') && zip.includes('mhm-elements/mhm-scorm.js'), 'the zip lacks the manifest or the bridge');
  let refused = '';
  try {
    run('npx', ['--no-install', 'mhm-elements', 'scorm', '--lang', 'xx']);
  } catch (error) {
    refused = String(error.message);
  }
  assert(/--lang "xx" is not a language of the built-in course/.test(refused), `a bad --lang was not refused clearly:\n${refused}`);
});

test("docs/embedding.md's Drupal allowed-tags list names every tag and attribute of the manifest", () => {
  const dir = join(here, 'node_modules/mhm-elements');
  const docs = readFileSync(join(dir, 'docs/embedding.md'), 'utf8');
  const listed = new Map([...docs.matchAll(/^\s*<(mhm-[a-z-]+) ([^>="]*)>$/gm)].map((match) => [match[1], new Set(match[2].split(' '))]));
  const manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
  for (const element of manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName)) {
    const attributes = listed.get(element.tagName);
    assert(attributes, `<${element.tagName}> is missing from the list`);
    const missing = (element.attributes ?? []).map((attribute) => attribute.name).filter((name) => !attributes.has(name));
    assert(missing.length === 0, `<${element.tagName}> lacks ${missing.join(', ')} in the list`);
  }
});

// ---- React 19 + Vite 8 + TypeScript 5.9 ----------------------------------------------------------

test('React: tsc --strict type-checks the app with the package\'s JSX types', () => {
  run(bin('tsc'), ['-p', 'react/tsconfig.json']);
});

test('React: the package types reject a wrong attribute and an untyped event detail', () => {
  const probe = join(here, 'react/src/wrong.tsx');
  writeFileSync(
    probe,
    "import type {} from 'mhm-elements/react';\n" +
      'export const wrong = <mhm-quiz layout="cards" onmhm-complete={(event) => event.detail.nope} />;\n',
  );
  try {
    const output = (() => {
      try {
        run(bin('tsc'), ['-p', 'react/tsconfig.json']);
        return '';
      } catch (error) {
        return String(error.message);
      }
    })();
    assert(/"cards"/.test(output) && /nope/.test(output), `tsc accepted layout="cards" or detail.nope:\n${output}`);
  } finally {
    rmSync(probe);
  }
});

test('React: vite build', () => {
  run(bin('vite'), ['build', 'react', '--logLevel', 'warn']);
});

test('React: elements render, mhm-complete arrives with its detail, persist stores progress, no warning', async () => {
  await inBrowser({ '/': join(here, 'react/dist') }, async ({ page, problems, reload, press, answerQuiz, textOf, stored }) => {
    await press(page, '#lesson-1', 'complete-button');
    assert((await textOf(page, '#lesson')) === 'lesson complete', 'the lesson card\'s mhm-complete did not reach React');
    await answerQuiz(page, '#check', [['False'], ['Coping with stress', "Contributing to one's community"]]);
    assert((await textOf(page, '#result')) === 'quiz 2/2 100%', `React showed "${await textOf(page, '#result')}" for the quiz's mhm-complete`);
    assert(await stored(page, 'mhm:quiz:react-check'), 'persist stored nothing under mhm:quiz:react-check');
    assert(problems.length === 0, `the page logged:\n${problems.join('\n')}`);
    await reload();
    assert(await page.$eval('#check', (quiz) => /** @type {any} */ (quiz).completed), 'the quiz did not restore its completed attempt after a reload');
  });
});

// ---- Vue 3.5 + Vite + vue-tsc --strictTemplates ------------------------------------------------

test('Vue: vue-tsc with strictTemplates type-checks the app with the package\'s GlobalComponents', () => {
  run(bin('vue-tsc'), ['-p', 'vue/tsconfig.json']);
});

test('Vue: the package types reject a wrong prop type under strictTemplates', () => {
  const probe = join(here, 'vue/src/Wrong.vue');
  writeFileSync(probe, '<template>\n  <mhm-quiz :pass-mark="\'high\'" />\n</template>\n');
  try {
    let output = '';
    try {
      run(bin('vue-tsc'), ['-p', 'vue/tsconfig.json']);
    } catch (error) {
      output = String(error.message);
    }
    assert(/Wrong\.vue.*'string' is not assignable to type 'number'/.test(output), `vue-tsc accepted the wrong props:\n${output}`);
  } finally {
    rmSync(probe);
  }
});

test('Vue: vite build', () => {
  run(bin('vite'), ['build', 'vue', '--logLevel', 'warn']);
});

test('Vue: slides and questions from v-for render, mhm-complete arrives, persist stores progress, no warning', async () => {
  await inBrowser({ '/': join(here, 'vue/dist') }, async ({ page, problems, reload, answerQuiz, textOf, stored }) => {
    const slides = await page.$eval('mhm-five-reasons', (el) => /** @type {any} */ (el).slideCount);
    assert(slides === 2, `the carousel shows ${slides} slides, not the 2 from v-for`);
    const heading = await page.$eval('mhm-five-reasons', (el) => el.shadowRoot?.querySelector('[part~="slide-heading"]')?.textContent?.trim() ?? '');
    assert(heading === 'Souple', `the first slide's heading reads "${heading}", not the :heading Vue set`);
    await answerQuiz(page, '#verif', [['Faux'], ['Faire face au stress']]);
    assert((await textOf(page, '#result')) === 'quiz true', `Vue showed "${await textOf(page, '#result')}" for mhm-complete`);
    assert(await stored(page, 'mhm:quiz:vue-check'), 'persist stored nothing under mhm:quiz:vue-check');
    assert(problems.length === 0, `the page logged:\n${problems.join('\n')}`);
    await reload();
    assert(await page.$eval('#verif', (quiz) => /** @type {any} */ (quiz).completed), 'the quiz did not restore its completed attempt after a reload');
  });
});

// ---- Plain TypeScript (NodeNext) beside the CDN file ------------------------------------------

test('Plain TypeScript (NodeNext): tsc types the tag map, the events and MhmCourse from the root', () => {
  run(bin('tsc'), ['-p', 'plain-ts/tsconfig.json']);
  const compiled = readFileSync(join(here, 'plain-ts/dist/page.js'), 'utf8');
  assert(!/\bimport\b/.test(compiled), 'the compiled page imports something: type imports should be erased');
});

test('Plain TypeScript: the CDN file renders the quiz, mhm-complete reaches the typed listener, persist stores', async () => {
  const cdn = join(here, 'node_modules/mhm-elements/dist/cdn');
  await inBrowser({ '/': join(here, 'plain-ts'), '/mhm-elements/': cdn }, async ({ page, problems, answerQuiz, textOf, stored }) => {
    await answerQuiz(page, '#plain', [['False']]);
    assert((await textOf(page, 'output')) === 'quiz 1/1 passed=true', `the page showed "${await textOf(page, 'output')}"`);
    assert(await stored(page, 'mhm:quiz:plain-check'), 'persist stored nothing under mhm:quiz:plain-check');
    assert(problems.length === 0, `the page logged:\n${problems.join('\n')}`);
  });
});

// ---- Runner ----------------------------------------------------------------------------------------

/**
 * Serves `mounts`, opens the page in a fresh profile and hands it to `fn`, with `reload()` that keeps storage.
 * @param {Record<string, string>} mounts
 * @param {(session: typeof import('./browser.mjs') & { page: import('puppeteer-core').Page, problems: string[], reload(): Promise<void> }) => Promise<void>} fn
 */
async function inBrowser(mounts, fn) {
  // Imported here: puppeteer-core is installed by the install step above.
  const drivers = await import('./browser.mjs');
  const { serve, launch, open, settle } = drivers;
  const server = await serve(mounts);
  browser ??= await launch();
  const session = await open(browser, server.url);
  try {
    await fn({
      ...drivers,
      ...session,
      reload: async () => {
        await session.page.reload({ waitUntil: 'load' });
        await settle(session.page);
      },
    });
  } finally {
    await session.close();
    await server.close();
  }
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const only = process.argv[2] ? new RegExp(process.argv[2], 'i') : null;
let passed = 0;
let failed = 0;
let skipped = 0;
for (const { name, fn } of tests) {
  // The first two set up everything else: never skipped.
  if (only && !only.test(name) && tests.indexOf(tests.find((t) => t.name === name)) > 1) {
    skipped++;
    continue;
  }
  try {
    await fn();
    passed++;
    console.log(`✓ ${name}`);
  } catch (error) {
    failed++;
    console.log(`✗ ${name}\n  ${String(error instanceof Error ? error.message : error).split('\n').join('\n  ')}`);
  }
}
await browser?.close();
// The shared node_modules stays as the next run's cache; what the run built goes.
for (const dir of [scratch, join(here, 'react/dist'), join(here, 'vue/dist'), join(here, 'plain-ts/dist')]) {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed ? 1 : 0;
