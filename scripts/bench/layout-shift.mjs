// The layout-shift part of `npm run bench`: each element on a page with a paragraph before and
// after it (Arial, 1 rem padding), the README's stylesheet in <head>, and the script arriving only
// after the first paint, as on a slow link. The figure is the sum of every layout shift (a harsher
// count than the browser's session windows), median of the runs, at 360 × 640 and 1280 × 800 px.
import { readFileSync } from 'node:fs';
import { scenarios } from '../../bench/scenarios.mjs';

/** What README tells a partner to paste beside the script tag. */
export const partnerCss = readFileSync(new URL('../../src/styles/mhm-elements.css', import.meta.url), 'utf8');

export const widths = [360, 1280];

const times = (n, markup) => Array.from({ length: n }, (_, i) => markup(i)).join('');

/** The pages: name, element waited for, markup. */
export const shiftPages = [
  { name: 'course (built-in)', tag: 'mhm-course', markup: '<mhm-course></mhm-course>' },
  { name: 'five-reasons (built-in)', tag: 'mhm-five-reasons', markup: '<mhm-five-reasons></mhm-five-reasons>' },
  { name: 'five-reasons (author slides)', tag: 'mhm-five-reasons', markup: scenarios['author-slides'].component(0) },
  { name: 'ten lesson-cards', tag: 'mhm-lesson-card', markup: times(10, scenarios['lesson-card'].component) },
  { name: 'three quizzes', tag: 'mhm-quiz', markup: times(3, scenarios.quiz.component) },
  { name: 'three reflection-prompts', tag: 'mhm-reflection-prompt', markup: times(3, scenarios['reflection-prompt'].component) },
];

const pageStyle = '<style>body { font-family: Arial, sans-serif; line-height: 1.5; margin: 0; padding: 1rem; }</style>';
const before = '<p>The page\'s own text comes first: what this activity is about and why it matters to the team.</p>';
const after = '<p>And the page goes on after it, with more of its own text, which should not move.</p>';

/**
 * Measures each page's upgrade layout shift at each width.
 * @param {(name: string, body: string, options: object) => string} writePage Writes a page, returns its path.
 * @param {(url: string, options: object) => Promise<{ shift: { median: number } }>} series Measures a page `runs` times.
 * @param {string} origin The server's origin.
 * @returns {Promise<{ name: string, shift: Record<number, number> }[]>}
 */
export async function measureLayoutShift(writePage, series, origin) {
  const rows = [];
  for (const [index, page] of shiftPages.entries()) {
    const path = writePage(`shift-${index}`, before + page.markup + after, { tag: page.tag, style: `${pageStyle}<style>${partnerCss}</style>`, hold: true });
    const shift = {};
    for (const width of widths) {
      shift[width] = (await series(origin + path, { width })).shift.median;
    }
    rows.push({ name: page.name, shift });
    console.log(`${page.name.padEnd(30)} ${widths.map((width) => `${width} px: ${shift[width].toFixed(3)}`).join('   ')}`);
  }
  return rows;
}
