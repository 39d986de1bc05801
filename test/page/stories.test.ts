import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { applyTextSpacing, axeWcag22, clippedText, overflowingElements } from '../support/story-checks.js';
import { renderStory, storyModules, type Meta, type StoryAnnotations } from '../support/stories.js';

// Every Storybook story, rendered as Storybook would (meta.render or the story's, with the merged
// args), must pass axe on WCAG 2.2 AA, log no console error, keep its text whole under WCAG 1.4.12
// text spacing and reflow at 320 px (WCAG 1.4.10).
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
