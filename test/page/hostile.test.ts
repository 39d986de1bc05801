import { expect } from '@open-wc/testing';
import '../../src/all.js';
import { captureWarnings } from '../support/helpers.js';
import { deepElements } from '../support/story-checks.js';

// Hostile input in every attribute, slot and JSON field renders as inert text: no markup is
// parsed from it, no live javascript: or data: link or image comes of it, no prototype is polluted.

const markup = '<img src=x onerror="window.__hostile=1">';
const script = 'javascript:window.__hostile=1';
const payloads = [markup, script, 'data:text/html,<script>window.__hostile=1</script>', '{"__proto__":{"polluted":true}}'];

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

const components: Record<string, string[]> = {
  'mhm-lesson-card': ['heading', 'eyebrow', 'heading-level', 'duration', 'image-src', 'image-alt', 'href'],
  'mhm-quiz': ['heading', 'heading-level', 'layout', 'pass-mark', 'scoring', 'attempts', 'shuffle', 'seed', 'quiz-id'],
  'mhm-reflection-prompt': ['prompt', 'reflection-id', 'max-length', 'min-length', 'rows', 'support-href', 'support-label'],
  'mhm-five-reasons': ['heading', 'heading-level', 'start', 'autoplay'],
};

const liveUrlElements = new Set(['a', 'area', 'img', 'iframe', 'source', 'video', 'audio', 'link', 'script', 'embed', 'object', 'image', 'use']);

/** Everything that would make hostile input live, anywhere in the rendered trees. */
function liveThings(root: Element): string[] {
  return deepElements(root).flatMap((el) => {
    const found: string[] = [];
    for (const attr of el.getAttributeNames()) {
      if (attr.startsWith('on')) found.push(`<${el.localName} ${attr}>`);
    }
    // Only elements the browser follows or loads; the author's own attribute on a host is data.
    const url = liveUrlElements.has(el.localName) ? (el.getAttribute('href') ?? el.getAttribute('src') ?? '') : '';
    if (/^\s*(javascript|data|vbscript):/i.test(url)) found.push(`<${el.localName} href/src="${url}">`);
    if (el.localName === 'img' && el.getAttribute('src') === 'x') found.push('an <img> parsed from text');
    return found;
  });
}

async function render(html: (payload: string) => string, payload: string): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.append(host);
  // The markup is the author's own page here; the payload only ever sits in attribute values and text.
  host.innerHTML = html(payload);
  await captureWarnings(async () => {
    for (const el of deepElements(host)) {
      await (el as Partial<Updatable>).updateComplete;
    }
    await new Promise((resolve) => setTimeout(resolve));
    for (const el of deepElements(host)) {
      await (el as Partial<Updatable>).updateComplete;
    }
  });
  return host;
}

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const text = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');

describe('hostile input', () => {
  afterEach(() => {
    document.body.replaceChildren();
    localStorage.clear();
    expect((window as { __hostile?: number }).__hostile).to.be.undefined;
    expect(({} as { polluted?: boolean }).polluted).to.be.undefined;
  });

  for (const [tag, attributes] of Object.entries(components)) {
    for (const payload of payloads) {
      it(`<${tag}>: ${JSON.stringify(payload)} in every attribute stays inert`, async () => {
        const host = await render(
          (p) => `<${tag} ${attributes.map((name) => `${name}="${attr(p)}"`).join(' ')}></${tag}>`,
          payload,
        );
        expect(liveThings(host)).to.deep.equal([]);
        if (payload === markup) {
          const shown = deepElements(host).map((el) => el.shadowRoot?.textContent ?? '').join(' ');
          expect(shown).to.contain(markup);
        }
      });
    }
  }

  for (const payload of payloads) {
    it(`slotted text and child attributes with ${JSON.stringify(payload)} stay inert in every component`, async () => {
      const host = await render(
        (p) => `
          <mhm-lesson-card heading="${attr(p)}"><p>${text(p)}</p><ul slot="takeaways"><li>${text(p)}</li></ul>
            <span slot="content-note">${text(p)}</span><span slot="source">${text(p)}</span></mhm-lesson-card>
          <mhm-reflection-prompt prompt="Q" reflection-id="hostile"><li slot="hint">${text(p)}</li>
            <span slot="support">${text(p)}</span></mhm-reflection-prompt>
          <mhm-five-reasons><mhm-slide heading="${attr(p)}"><p>${text(p)}</p></mhm-slide>
            <mhm-slide heading="B"><p>B</p></mhm-slide></mhm-five-reasons>
          <mhm-quiz layout="list"><mhm-question prompt="${attr(p)}" explanation="${attr(p)}">
            <mhm-choice correct feedback="${attr(p)}" value="${attr(p)}">${text(p)}</mhm-choice>
            <mhm-choice feedback="${attr(p)}">Other</mhm-choice></mhm-question></mhm-quiz>`,
        payload,
      );
      expect(liveThings(host)).to.deep.equal([]);
    });

    it(`every JSON field of a quiz with ${JSON.stringify(payload)} stays inert`, async () => {
      const question = {
        type: 'single',
        prompt: payload,
        explanation: payload,
        __proto__: { polluted: true },
        constructor: { prototype: { polluted: true } },
        choices: [
          { text: payload, correct: true, feedback: payload, value: payload },
          { text: 'Other', feedback: payload },
        ],
      };
      const json = JSON.stringify({ questions: [question], __proto__: { polluted: true } }).replace(/</g, '\\u003c');
      const host = await render(() => `<mhm-quiz layout="list"><script type="application/json">${json}</script></mhm-quiz>`, payload);
      const quiz = host.querySelector<Updatable>('mhm-quiz')!;
      expect(quiz.shadowRoot!.querySelectorAll('input').length).to.equal(2);
      expect(liveThings(host)).to.deep.equal([]);
      if (payload === markup) {
        expect(quiz.shadowRoot!.textContent).to.contain(markup);
      }
    });
  }
});
