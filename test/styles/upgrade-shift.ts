import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { recordLayoutShift } from '../support/helpers.js';

// The benchmark's upgrade layout shift as a test: its pages (bench/scenarios.mjs: ten lesson cards,
// three quizzes of six questions, three reflection prompts) between two paragraphs of the page's own
// text, with the partner stylesheet README gives, and the script arriving after the first paint.
// An element upgrades once per page, so each viewport width has a test file of its own.

const scenariosUrl: string = '/bench/scenarios.mjs';
const painted = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const times = (n: number, markup: (i: number) => string) => Array.from({ length: n }, (_, i) => markup(i)).join('');

const pages: [name: string, scenario: string, count: number, load: () => Promise<unknown>][] = [
  ['ten lesson cards', 'lesson-card', 10, () => import('../../src/components/lesson-card/lesson-card.js')],
  ['three paged quizzes of six questions', 'quiz', 3, () => import('../../src/components/quiz/quiz.js')],
  ['three reflection prompts', 'reflection-prompt', 3, () => import('../../src/components/reflection-prompt/reflection-prompt.js')],
];

/**
 * Describes the upgrade of each page at one viewport size.
 * @param width The viewport's width in CSS pixels.
 * @param height The viewport's height.
 */
export function describeUpgradeShift(width: number, height: number): void {
  describe(`the partner stylesheet, when the script arrives after the first paint at ${width} × ${height} px`, () => {
    let container: HTMLElement;

    before(async () => {
      await setViewport({ width, height });
      const style = document.createElement('style');
      style.textContent = await (await fetch('/src/styles/mhm-elements.css')).text();
      document.head.append(style);
    });

    afterEach(() => container.remove());

    for (const [name, scenario, count, load] of pages) {
      it(`${name} keep their place: layout shift under 0.05`, async () => {
        const { scenarios } = await import(scenariosUrl);
        container = document.createElement('div');
        container.style.cssText = 'font-family: Arial, sans-serif; line-height: 1.5';
        container.append(
          document.createRange().createContextualFragment(
            '<p>The page\'s own text comes first: what this activity is about and why it matters to the team.</p>' +
              `${times(count, scenarios[scenario].component)}<p>And the page goes on after it, with more of its own text, which should not move.</p>`,
          ),
        );
        document.body.append(container);
        const elements = [...container.children].slice(1, -1) as (HTMLElement & { updateComplete: Promise<unknown> })[];
        await painted();
        const shift = recordLayoutShift();
        await load();
        await Promise.all(elements.map((el) => el.updateComplete));
        expect(elements.every((el) => el.matches(':defined'))).to.be.true;
        expect(await shift()).to.be.below(0.05);
      });
    }
  });
}
