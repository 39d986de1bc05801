import { elementUpdated, expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/components/lesson-card/lesson-card.js';
import { safeUrl } from '../../src/internal/safe-url.js';
import { uncaught, value } from '../support/fuzz-helpers.js';
import { captureWarnings, part, textOf } from '../support/helpers.js';
import { completeButton } from '../harness/lesson-card.js';

// Property-based tests: random attribute values and random children never throw, invalid values
// always give the author message, and a valid value set afterwards makes the element whole again.

function authorErrorText(el: Element): string {
  return textOf(el.shadowRoot?.querySelector('[part="author-error"]'));
}

describe('fuzzing <mhm-lesson-card>', () => {
  afterEach(() => {
    document.body.replaceChildren();
    expect((window as { __fuzzed?: number }).__fuzzed).to.be.undefined;
    expect(({} as { polluted?: boolean }).polluted).to.be.undefined;
  });

  it('any attribute values: no exception, invalid ones named to the author, whole again once fixed', async () => {
    const attributes = fc.record(
      {
        heading: value,
        eyebrow: value,
        'heading-level': value,
        duration: value,
        'image-src': value,
        'image-alt': value,
        href: value,
        completed: fc.constant(''),
        collapsible: fc.constant(''),
        open: fc.constant(''),
        lang: value,
        dir: value,
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(attributes, async (attrs) => {
        let el!: HTMLElement;
        const problems = await uncaught(async () => {
          await captureWarnings(async () => {
            el = document.createElement('mhm-lesson-card');
            for (const [name, v] of Object.entries(attrs)) {
              el.setAttribute(name, v);
            }
            document.body.append(el);
            await elementUpdated(el);
          });
        });
        expect(problems).to.deep.equal([]);
        expect(part(el, '[part="base"]')).to.exist;

        const errors = authorErrorText(el);
        const level = Number(attrs['heading-level']);
        const minutes = Number(attrs.duration);
        const expectations: Array<[string, boolean]> = [
          ['heading:', attrs.heading === undefined || attrs.heading.trim() === ''],
          ['heading-level:', attrs['heading-level'] !== undefined && !(Number.isInteger(level) && level >= 2 && level <= 6)],
          ['duration:', attrs.duration !== undefined && !(Number.isFinite(minutes) && minutes > 0)],
          ['href:', attrs.href !== undefined && !safeUrl(attrs.href).ok],
          ['image-src:', attrs['image-src'] !== undefined && !safeUrl(attrs['image-src']).ok],
        ];
        for (const [label, invalid] of expectations) {
          expect(errors.includes(label), `${label} ${JSON.stringify(attrs)}`).to.equal(invalid);
        }

        await captureWarnings(async () => {
          el.setAttribute('heading', 'Fixed');
          el.setAttribute('heading-level', '2');
          el.setAttribute('duration', '5');
          el.setAttribute('href', 'https://example.org/');
          el.setAttribute('image-src', '/test/fixtures/meeting.svg');
          el.setAttribute('image-alt', 'A meeting');
          await elementUpdated(el);
        });
        expect(authorErrorText(el)).to.equal('');
        expect(textOf(part(el, '[part="heading"]'))).to.equal('Fixed');
        el.remove();
      }),
      { numRuns: 150 },
    );
  });

  it('any children, in any slots, added and removed at random: no exception, still operable', async () => {
    const child = fc.record({
      tag: fc.constantFrom('p', 'ul', 'span', 'figure', 'button', 'mhm-lesson-card', '#text'),
      slot: fc.constantFrom(undefined, '', 'takeaways', 'media', 'actions', 'content-note', 'source', 'unknown'),
      text: value,
    });
    await fc.assert(
      fc.asyncProperty(fc.array(child, { maxLength: 8 }), fc.array(fc.nat(7), { maxLength: 4 }), async (children, removals) => {
        let el!: HTMLElement & { completed: boolean };
        const problems = await uncaught(async () => {
          await captureWarnings(async () => {
            el = document.createElement('mhm-lesson-card') as HTMLElement & { completed: boolean };
            el.setAttribute('heading', 'Lesson');
            document.body.append(el);
            for (const spec of children) {
              if (spec.tag === '#text') {
                el.append(spec.text);
                continue;
              }
              const node = document.createElement(spec.tag);
              node.textContent = spec.text;
              if (spec.slot !== undefined) node.slot = spec.slot;
              el.append(node);
            }
            await elementUpdated(el);
            for (const index of removals) {
              el.childNodes[index]?.remove();
            }
            await elementUpdated(el);
          });
        });
        expect(problems).to.deep.equal([]);
        completeButton(el).click();
        expect(el.completed).to.be.true;
        el.remove();
      }),
      { numRuns: 50 },
    );
  });
});
