import { expect } from '@open-wc/testing';
import { controlFor, withAttributeControls } from '../../.storybook/controls.js';
import * as courseStories from '../../stories/course.stories.js';
import { allStories, renderStory, type Meta, type StoryAnnotations } from '../support/stories.js';

// What a designer meets in Storybook besides the stories themselves: the controls of the attribute
// table, read from the custom-elements manifest the build writes; the toolbar's locale, which
// switches the text of every story of built-in text; the course's docs page.

/** The text a learner reads in a story, shadow roots included; author messages (English, for the author) and hidden elements left out. */
function learnerText(root: Node): string {
  let text = '';
  for (const node of root.childNodes) {
    if (node instanceof Text) {
      text += node.data;
    } else if (node instanceof Element && !node.hasAttribute('hidden') && !node.matches('[part~="author-error"], style, script')) {
      text += ` ${['heading', 'prompt', 'eyebrow', 'explanation'].map((name) => node.getAttribute(name) ?? '').join(' ')} `;
      text += learnerText(node.shadowRoot ?? node) + (node.shadowRoot ? learnerText(node) : '');
    }
  }
  return text;
}

/** The share of Arabic letters among the letters of a text. */
function arabicShare(text: string): number {
  const arabic = text.match(/\p{Script=Arabic}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return arabic / Math.max(1, arabic + latin);
}

interface ManifestAttribute {
  name: string;
  type?: { text?: string };
}
interface Manifest {
  modules: { declarations?: { tagName?: string; attributes?: ManifestAttribute[] }[] }[];
}

/** Every attribute of every element in the generated manifest, as `tag attribute` → its type text. */
async function manifestAttributes(): Promise<Map<string, string | undefined>> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
  const found = new Map<string, string | undefined>();
  for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
    for (const attribute of declaration.attributes ?? []) {
      found.set(`${declaration.tagName} ${attribute.name}`, attribute.type?.text);
    }
  }
  return found;
}

describe('Storybook controls', () => {
  const selects: Record<string, unknown[]> = {
    'mhm-quiz layout': ['paged', 'list'],
    'mhm-quiz scoring': ['all', 'partial'],
    'mhm-quiz heading-level': [2, 3, 4, 5, 6],
    'mhm-course heading-level': [2, 3, 4, 5, 6],
    'mhm-lesson-card heading-level': [2, 3, 4, 5, 6],
    'mhm-five-reasons heading-level': [2, 3, 4, 5, 6],
    'mhm-course theme': ['light', 'dark'],
    'mhm-question type': ['single', 'multiple', 'true-false'],
  };

  for (const [row, values] of Object.entries(selects)) {
    it(`offers the fixed values of ${row} in a select`, async () => {
      const attributes = await manifestAttributes();
      expect(attributes.has(row), `${row} is in the manifest`).to.be.true;
      const [, name] = row.split(' ');

      expect(controlFor(name, attributes.get(row))).to.deep.equal({ control: 'select', options: [undefined, ...values] });
    });
  }

  for (const row of ['mhm-quiz pass-mark', 'mhm-quiz attempts', 'mhm-course pass-mark', 'mhm-lesson-card duration', 'mhm-reflection-prompt rows', 'mhm-reflection-prompt max-length']) {
    it(`gives the number ${row} a number field`, async () => {
      const attributes = await manifestAttributes();
      const [, name] = row.split(' ');

      expect(controlFor(name, attributes.get(row))).to.deep.equal({ control: 'number' });
    });
  }

  it('keeps text fields for text and booleans', () => {
    expect(controlFor('heading', 'string')).to.be.undefined;
    expect(controlFor('persist', 'boolean')).to.be.undefined;
    expect(controlFor('autoplay', 'boolean | number')).to.be.undefined;
  });

  it('sets the control on the attribute rows of the table only', () => {
    const rows = withAttributeControls({
      layout: { table: { category: 'attributes', type: { summary: "'paged' | 'list'" } } },
      scoring: { table: { category: 'properties', type: { summary: "'all' | 'partial'" } } },
    });

    expect(rows.layout).to.include({ options: rows.layout.options });
    expect(rows.layout.control).to.deep.equal({ type: 'select' });
    expect(rows.layout.options).to.deep.equal([undefined, 'paged', 'list']);
    expect(rows.scoring.control).to.be.undefined;
  });
});

describe('Storybook stories and the toolbar’s locale', () => {
  afterEach(() => document.body.replaceChildren());

  for (const { meta, story, name } of allStories()) {
    const title = story.name ?? name;
    const args = { ...meta.args, ...story.args };
    if (/author-written/.test(title)) {
      it(`${meta.title} / ${title}: marks the author's text with its language`, async () => {
        const container = await renderStory(meta, story, name, { locale: 'ar', theme: 'light' });

        expect(container.firstElementChild?.getAttribute('lang'), 'lang on the story\'s element').to.equal(args.lang);
      });
    } else if (args.lang) {
      it(`${meta.title} / ${title}: shows its own language, marked on its element`, async () => {
        const container = await renderStory(meta, story, name, { locale: 'ar', theme: 'light' });

        expect(container.firstElementChild?.getAttribute('lang')).to.equal(args.lang);
      });
    } else {
      it(`${meta.title} / ${title}: shows built-in text in the toolbar's language: Arabic text for Arabic`, async () => {
        const container = await renderStory(meta, story, name, { locale: 'ar', theme: 'light' });

        expect(container.firstElementChild?.getAttribute('lang'), 'lang on the story\'s element').to.equal('ar');
        expect(arabicShare(learnerText(container)), 'share of Arabic letters').to.be.above(0.9);
      });
    }
  }
});

describe('the course’s docs page', () => {
  it('shows one course whole and every other story in a frame of its own height', () => {
    const meta = courseStories.default as unknown as Meta;
    const docsOf = (story: StoryAnnotations) => ({ ...meta.parameters?.docs?.story, ...story.parameters?.docs?.story });
    const stories = Object.entries(courseStories).filter(([name]) => name !== 'default') as Array<[string, StoryAnnotations]>;

    const whole = stories.filter(([, story]) => docsOf(story).inline !== false).map(([name]) => name);
    expect(whole).to.deep.equal(['Default']);
    for (const [name, story] of stories.filter(([, story]) => docsOf(story).inline === false)) {
      expect(docsOf(story).height, name).to.match(/^\d+(rem|px)$/);
    }
  });
});
