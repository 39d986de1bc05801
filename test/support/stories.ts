import { render, type TemplateResult } from 'lit';
import * as course from '../../stories/course.stories.js';
import * as fiveReasons from '../../stories/five-reasons.stories.js';
import * as lessonCard from '../../stories/lesson-card.stories.js';
import * as quiz from '../../stories/quiz.stories.js';
import * as reflectionPrompt from '../../stories/reflection-prompt.stories.js';
import { allUpdated } from './story-checks.js';

/** Every Storybook story module, by name. */
export const storyModules: Record<string, Record<string, unknown>> = { course, fiveReasons, lessonCard, quiz, reflectionPrompt };

type Args = Record<string, unknown>;
export interface StoryAnnotations {
  name?: string;
  args?: Args;
  parameters?: { docs?: { story?: { inline?: boolean; height?: string } } };
  render?: (args: Args, context: object) => TemplateResult | Node | string;
}
export interface Meta extends StoryAnnotations {
  title: string;
}

/** Every story of every module: its meta, its annotations and its export name. */
export function allStories(): Array<{ meta: Meta; story: StoryAnnotations; name: string }> {
  return Object.values(storyModules).flatMap((module) =>
    Object.entries(module)
      .filter(([name, story]) => name !== 'default' && typeof story === 'object' && story !== null)
      .map(([name, story]) => ({ meta: module.default as Meta, story: story as StoryAnnotations, name })),
  );
}

/**
 * Renders a story as Storybook would (meta.render or the story's, with the merged args), without the
 * preview's decorators, into a padded box at the end of the page.
 * @param globals The toolbar's values: `locale` and `theme`.
 */
export async function renderStory(meta: Meta, story: StoryAnnotations, name: string, globals: Record<string, string> = { locale: 'en', theme: 'light' }): Promise<HTMLElement> {
  const args = { ...meta.args, ...story.args };
  const draw = story.render ?? meta.render;
  if (!draw) {
    throw new Error(`${meta.title} / ${name} has no render function`);
  }
  const context = { args, argTypes: {}, globals, name, title: meta.title, viewMode: 'story' };
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
