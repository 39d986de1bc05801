// Server rendering: every element, from the built npm files (run `npm run build` first), renders in
// plain Node with @lit-labs/ssr into a declarative shadow root, without a browser DOM. Run by
// `npm test` (node --test) before the browser tests. Hydration is not covered.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

const dist = new URL('../../dist/components/', import.meta.url);

// Each component's registration file, as `import 'mhm-elements/<name>.js'` loads it on a server.
for (const name of readdirSync(fileURLToPath(dist))) {
  await import(new URL(`${name}/${name}.js`, dist).href);
}

/** The markup a server sends for a template, and the same without styles and Lit's comment markers. */
async function serverRender(template) {
  const markup = await collectResult(render(template));
  const text = markup
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s+/g, ' ');
  return { markup, text };
}

const cases = [
  {
    tag: 'mhm-lesson-card',
    template: html`<mhm-lesson-card heading="Why we meet" duration="4"><p>Body</p></mhm-lesson-card>`,
    expected: ['Why we meet', 'Mark as complete', '<p>Body</p>'],
  },
  {
    tag: 'mhm-quiz',
    template: html`<mhm-quiz heading="Check your understanding"
      ><mhm-question type="true-false" answer="false" prompt="Migration always harms mental health."></mhm-question
    ></mhm-quiz>`,
    // The server cannot read the question child (no light DOM there): the heading renders, and the
    // question stays in the light DOM for the browser.
    expected: ['Check your understanding', 'prompt="Migration always harms mental health."'],
  },
  {
    tag: 'mhm-reflection-prompt',
    template: html`<mhm-reflection-prompt prompt="What helps you when you feel low?"></mhm-reflection-prompt>`,
    expected: ['What helps you when you feel low?', '<textarea', 'Done'],
  },
  {
    tag: 'mhm-five-reasons',
    template: html`<mhm-five-reasons heading="Five reasons to talk"></mhm-five-reasons>`,
    expected: ['Five reasons to talk', 'View as list'],
  },
  {
    tag: 'mhm-course',
    template: html`<mhm-course heading="Mental health and migration"></mhm-course>`,
    expected: ['Mental health and migration', 'Loading the course…'],
  },
];

test('every component registration in dist/ defines its elements on the server', () => {
  for (const { tag } of cases) {
    assert.equal(typeof customElements.get(tag), 'function', `${tag} is defined`);
  }
  assert.equal(typeof customElements.get('mhm-question'), 'function');
  assert.equal(typeof customElements.get('mhm-slide'), 'function');
});

for (const { tag, template, expected } of cases) {
  test(`<${tag}> renders on the server into a declarative shadow root`, async () => {
    const { markup, text } = await serverRender(template);
    assert.match(markup, new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">`));
    for (const fragment of expected) {
      assert.ok(text.includes(fragment), `<${tag}> server output contains ${JSON.stringify(fragment)}:\n${text}`);
    }
  });
}
