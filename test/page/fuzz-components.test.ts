import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/components/five-reasons/five-reasons.js';
import '../../src/components/quiz/quiz.js';
import '../../src/components/reflection-prompt/reflection-prompt.js';
import { hostile, uncaught, value } from '../support/fuzz-helpers.js';
import { captureWarnings, part, textOf } from '../support/helpers.js';

// Property-based tests of the quiz, the reflection prompt and the carousel: random attribute values
// and random child structures never throw; each invalid value is named to the author; a valid
// configuration set afterwards clears every message and the element works.

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

/** Invalid when the rule says so; `undefined` means the attribute is absent. */
type Rule = (value: string) => boolean;
const notWhole = (min: number, max: number): Rule => (v) => {
  const n = Number(v);
  return !(Number.isInteger(n) && n >= min && n <= max);
};
const notNumber = (min: number, max: number): Rule => (v) => {
  const n = Number(v);
  return !(Number.isFinite(n) && n >= min && n <= max);
};
const notOneOf = (...allowed: string[]): Rule => (v) => !allowed.includes(v);

interface ComponentSpec {
  tag: string;
  attributes: Record<string, fc.Arbitrary<string>>;
  rules: Record<string, Rule>;
  children: fc.Arbitrary<Node[]>;
  valid: Record<string, string>;
  /** Removes the random children and puts valid ones, then checks the element works. */
  repair(el: Updatable): Promise<void>;
}

const slot = fc.constantFrom(undefined, '', 'prompt', 'hint', 'support', 'explanation', 'unknown');
function element(tag: fc.Arbitrary<string>, depth = 0): fc.Arbitrary<Node> {
  return fc
    .record({ tag, slot, text: value, attrs: fc.dictionary(fc.constantFrom('correct', 'type', 'answer', 'prompt', 'feedback', 'heading', 'value'), value, { maxKeys: 3 }) })
    .chain((spec) =>
      (depth < 2 ? fc.array(element(tag, depth + 1), { maxLength: 3 }) : fc.constant([] as Node[])).map((kids) => {
        if (spec.tag === '#text') return document.createTextNode(spec.text);
        const node = document.createElement(spec.tag);
        if (spec.tag === 'script') {
          node.setAttribute('type', 'application/json');
          node.textContent = spec.text;
          return node;
        }
        for (const [name, v] of Object.entries(spec.attrs)) node.setAttribute(name, v);
        if (spec.slot !== undefined) node.slot = spec.slot;
        node.append(spec.text, ...kids);
        return node;
      }),
    );
}
const jsonScript = fc.oneof(fc.json(), hostile, fc.jsonValue().map((v) => JSON.stringify({ questions: v }))).map((text) => {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = text;
  return script as Node;
});

const specs: ComponentSpec[] = [
  {
    tag: 'mhm-quiz',
    attributes: {
      heading: value,
      'heading-level': value,
      layout: fc.oneof(value, fc.constantFrom('paged', 'list')),
      'pass-mark': value,
      scoring: fc.oneof(value, fc.constantFrom('all', 'partial')),
      attempts: value,
      shuffle: fc.oneof(value, fc.constantFrom('', 'choices', 'questions choices')),
      seed: value,
    },
    rules: {
      'heading-level': notWhole(2, 6),
      layout: notOneOf('paged', 'list'),
      'pass-mark': notNumber(0, 100),
      scoring: notOneOf('all', 'partial'),
      attempts: notWhole(1, Number.MAX_SAFE_INTEGER),
    },
    children: fc.oneof(
      fc.array(element(fc.constantFrom('mhm-question', 'mhm-choice', 'span', 'p', '#text')), { maxLength: 5 }),
      jsonScript.map((script) => [script]),
    ),
    valid: { 'heading-level': '3', layout: 'list', 'pass-mark': '50', scoring: 'all', attempts: '2', shuffle: 'choices' },
    async repair(el) {
      el.replaceChildren();
      el.insertAdjacentHTML(
        'beforeend',
        '<mhm-question prompt="Q"><mhm-choice correct>Yes</mhm-choice><mhm-choice>No</mhm-choice></mhm-question>',
      );
      await el.updateComplete;
      await el.updateComplete;
      const inputs = el.shadowRoot!.querySelectorAll('input');
      expect(inputs.length).to.equal(2);
    },
  },
  {
    tag: 'mhm-reflection-prompt',
    attributes: {
      prompt: value,
      'reflection-id': value,
      'max-length': value,
      'min-length': value,
      rows: value,
      'support-href': value,
      'support-label': value,
    },
    rules: {
      'max-length': notWhole(1, Number.MAX_SAFE_INTEGER),
      rows: notWhole(1, 50),
    },
    children: fc.array(element(fc.constantFrom('li', 'span', 'p', 'strong', '#text')), { maxLength: 5 }),
    valid: { prompt: 'What did coming home mean?', 'reflection-id': 'fuzz', 'max-length': '500', 'min-length': '10', rows: '4', 'support-href': 'https://example.org/help', 'support-label': 'Help' },
    async repair(el) {
      el.replaceChildren();
      await el.updateComplete;
      const field = part<HTMLTextAreaElement>(el, '[part="textarea"]');
      expect(field.maxLength).to.equal(500);
    },
  },
  {
    tag: 'mhm-five-reasons',
    attributes: {
      heading: value,
      'heading-level': value,
      start: value,
    },
    rules: {
      'heading-level': notWhole(2, 6),
    },
    children: fc.array(element(fc.constantFrom('mhm-slide', 'p', 'span', '#text')), { maxLength: 6 }),
    valid: { heading: 'Reasons', 'heading-level': '3', start: '0' },
    async repair(el) {
      el.replaceChildren();
      el.insertAdjacentHTML('beforeend', '<mhm-slide heading="One"><p>1</p></mhm-slide><mhm-slide heading="Two"><p>2</p></mhm-slide>');
      await el.updateComplete;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[role="tab"]').length).to.equal(2);
    },
  },
];

function authorErrors(el: Element): string {
  return textOf(el.shadowRoot?.querySelector('[part="author-error"]'));
}

describe('fuzzing the activities', () => {
  afterEach(() => {
    document.body.replaceChildren();
    localStorage.clear();
    expect((window as { __fuzzed?: number }).__fuzzed).to.be.undefined;
    expect(({} as { polluted?: boolean }).polluted).to.be.undefined;
  });

  for (const spec of specs) {
    it(`<${spec.tag}>: any attributes and children never throw, invalid values reach the author, a valid setup recovers`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.record(spec.attributes, { requiredKeys: [] }), spec.children, async (attrs, children) => {
          let el!: Updatable;
          const problems = await uncaught(async () => {
            await captureWarnings(async () => {
              el = document.createElement(spec.tag) as Updatable;
              for (const [name, v] of Object.entries(attrs)) el.setAttribute(name, v as string);
              el.append(...children);
              document.body.append(el);
              await el.updateComplete;
              await el.updateComplete;
            });
          });
          expect(problems, JSON.stringify(attrs)).to.deep.equal([]);
          expect(part(el, '[part~="base"]')).to.exist;

          const errors = authorErrors(el);
          for (const [name, invalid] of Object.entries(spec.rules)) {
            const given = (attrs as Record<string, string | undefined>)[name];
            if (given !== undefined) {
              expect(errors.includes(`${name}:`), `${name}="${given}" ${JSON.stringify(attrs)}`).to.equal(invalid(given));
            }
          }

          await captureWarnings(async () => {
            for (const name of Object.keys(spec.attributes)) el.removeAttribute(name);
            for (const [name, v] of Object.entries(spec.valid)) el.setAttribute(name, v);
            await spec.repair(el);
          });
          expect(authorErrors(el), JSON.stringify(attrs)).to.equal('');
          el.remove();
        }),
        { numRuns: 60 },
      );
    });
  }
});
