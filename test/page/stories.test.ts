import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { render, type TemplateResult } from 'lit';
import * as course from '../../stories/course.stories.js';
import * as fiveReasons from '../../stories/five-reasons.stories.js';
import * as lessonCard from '../../stories/lesson-card.stories.js';
import * as quiz from '../../stories/quiz.stories.js';
import * as reflectionPrompt from '../../stories/reflection-prompt.stories.js';
import { allUpdated, applyTextSpacing, axeWcag22, clippedText, overflowingElements } from '../support/story-checks.js';

// Every Storybook story, rendered as Storybook would (meta.render or the story's, with the merged
// args), must pass axe on WCAG 2.2 AA, log no console error, keep its text whole under WCAG 1.4.12
// text spacing and reflow at 320 px (WCAG 1.4.10).
const storyModules: Record<string, Record<string, unknown>> = { course, fiveReasons, lessonCard, quiz, reflectionPrompt };

type Args = Record<string, unknown>;
interface StoryAnnotations {
  args?: Args;
  render?: (args: Args, context: object) => TemplateResult | Node | string;
}
interface Meta extends StoryAnnotations {
  title: string;
}

async function renderStory(meta: Meta, story: StoryAnnotations, name: string): Promise<HTMLElement> {
  const args = { ...meta.args, ...story.args };
  const draw = story.render ?? meta.render;
  if (!draw) {
    throw new Error(`${meta.title} / ${name} has no render function`);
  }
  const context = { args, argTypes: {}, globals: { locale: 'en', theme: 'light' }, name, title: meta.title, viewMode: 'story' };
  const output = draw(args, context);
  const container = document.createElement('div');
  container.style.padding = '1rem';
  document.body.append(container);
  if (typeof output === 'string') {
    container.insertAdjacentHTML('beforeend', output);
  } else if (output instanceof Node) {
    container.append(output);
  } else {
    render(output, container);
  }
  await allUpdated(container);
  return container;
}

describe('every story', () => {
  let errors: string[];
  const originalError = console.error;
  const onError = (event: ErrorEvent) => errors.push(String(event.message));

  beforeEach(() => {
    errors = [];
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    window.addEventListener('error', onError);
  });

  afterEach(async () => {
    console.error = originalError;
    window.removeEventListener('error', onError);
    document.body.replaceChildren();
    await setViewport({ width: 800, height: 600 });
  });

  for (const module of Object.values(storyModules)) {
    const meta = module.default as Meta;
    for (const [name, story] of Object.entries(module)) {
      if (name === 'default' || typeof story !== 'object' || story === null) {
        continue;
      }
      describe(`${meta.title} / ${name}`, () => {
        it('renders with no console error and no axe violation on WCAG 2.2 AA', async () => {
          const container = await renderStory(meta, story as StoryAnnotations, name);
          expect(await axeWcag22(container)).to.deep.equal([]);
          expect(errors).to.deep.equal([]);
        });

        it('keeps all text visible under WCAG 1.4.12 text spacing', async () => {
          const container = await renderStory(meta, story as StoryAnnotations, name);
          const undo = applyTextSpacing(container);
          try {
            expect(clippedText(container)).to.deep.equal([]);
          } finally {
            undo();
          }
        });

        it('reflows at 320 px with no sideways scrolling', async () => {
          await setViewport({ width: 320, height: 640 });
          const container = await renderStory(meta, story as StoryAnnotations, name);
          expect(overflowingElements(container, 320)).to.deep.equal([]);
        });
      });
    }
  }
});
