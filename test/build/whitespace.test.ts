import { expect } from '@open-wc/testing';
import { part } from '../support/helpers.js';

// The build minifies `html` and `css` template text (minify-literals, conservative whitespace:
// a run of spaces becomes one space, never none). These are real places where a space in a
// template is part of what the learner gets; a minifier that drops whitespace around tags, or
// squeezes the spaces CSS needs, fails here. Checked on the eager CDN file, alone on the page.
const cdn = '/dist/cdn/mhm-elements.all.js';

type Updating = HTMLElement & { updateComplete: Promise<boolean> };

async function place<T extends Updating>(markup: string): Promise<T> {
  const wrapper = document.createElement('div');
  wrapper.innerHTML = markup;
  document.body.append(wrapper);
  const el = wrapper.firstElementChild as T;
  await el.updateComplete;
  return el;
}

describe('the built files keep the template whitespace', () => {
  let built: string;

  before(async () => {
    await import(cdn);
    built = await (await fetch(cdn)).text();
  });

  afterEach(() => {
    document.body.replaceChildren();
  });

  it('between an inline element and the text after it: "✓ Completed", "Estimated time: 4 minutes"', async () => {
    // lesson-card.component.ts: `<span aria-hidden="true">✓ </span>${completed}` and
    // `<span class="sr-only">${estimatedTime} </span>${minutes}` (read out by screen readers).
    const card = await place('<mhm-lesson-card heading="Spaces" duration="4" completed><p>Body</p></mhm-lesson-card>');
    expect(part(card, '[part="completed-badge"]').innerText).to.equal('✓ Completed');
    expect(part(card, '[part="meta"] > span:first-child').textContent).to.equal('Estimated time: 4 minutes');
    expect(built.includes('<span aria-hidden="true">✓ </span>'), 'the CDN file keeps the badge\'s space').to.equal(true);
  });

  it('between a quiz mark and its words: "✓ Correct answer", "Next ›", "‹ Previous"', async () => {
    // quiz.component.ts: `<span aria-hidden="true">✓ </span>${correctAnswer}` and the Previous button.
    const quiz = await place(`<mhm-quiz heading="Spaces">
      <mhm-question type="true-false" answer="false" prompt="First?"></mhm-question>
      <mhm-question type="true-false" answer="true" prompt="Second?"></mhm-question>
    </mhm-quiz>`);
    quiz.shadowRoot!.querySelectorAll<HTMLInputElement>('input')[1].click();
    await quiz.updateComplete;
    part<HTMLButtonElement>(quiz, '[part~="check-button"]').click();
    await quiz.updateComplete;
    expect(part(quiz, '[part~="mark"].correct').innerText).to.equal('✓ Correct answer');
    expect(part(quiz, '[part~="next-button"]').innerText.trim()).to.equal('Next ›');
    part<HTMLButtonElement>(quiz, '[part~="next-button"]').click();
    await quiz.updateComplete;
    expect(part(quiz, '[part~="previous-button"]').innerText.trim()).to.equal('‹ Previous');
  });

  it('between two inline elements on separate lines of a template (the quiz legend)', async () => {
    // quiz.component.ts: `<span part="question-number">…</span>` newline `<span part="prompt">…</span>`.
    // The legend lays them out as a column, but its text (copied, or read as the group's name)
    // keeps them apart: "Question 1 of 1 First?", not "Question 1 of 1First?".
    const quiz = await place(`<mhm-quiz heading="Spaces">
      <mhm-question type="true-false" answer="false" prompt="First?"></mhm-question>
    </mhm-quiz>`);
    expect(part(quiz, '[part~="legend"]').textContent!.trim()).to.match(/^Question 1 of 1\s+First\?$/);
    expect(/<\/span>\s+<span part="prompt">/.test(built), 'the CDN file keeps the legend\'s line break').to.equal(true);
  });

  it('inside CSS, where a space is syntax: calc(… - …) + … in the course placeholder', async () => {
    // course.styles.ts, `header > .skeleton`: `calc(max(6rem, 23.3rem - 42.5cqi) + 5.75rem)`. Without
    // the spaces around - and +, the declaration is invalid and the placeholder loses its height.
    // (No `content:` string in the styles holds a space: they are '' and '✓'.)
    const declaration = 'min-block-size: calc(max(6rem, 23.3rem - 42.5cqi) + 5.75rem);';
    const source = await (await fetch('/src/components/course/course.styles.ts')).text();
    expect(source, 'the rule this test checks is still in the source').to.contain(declaration);
    // The CSS text as written, and the stylesheet the element adopts.
    // Minified, the declaration may lose the space after a comma, never those around - and +.
    expect(built, 'the CDN file keeps the spaces calc() needs').to.match(/min-block-size: ?calc\(max\(6rem, ?23\.3rem - 42\.5cqi\) \+ 5\.75rem\)/);
    const course = await place('<mhm-course heading="Spaces"><mhm-lesson-card id="one" heading="One"></mhm-lesson-card></mhm-course>');
    const rules = course.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
    const rule = rules.find((candidate): candidate is CSSStyleRule => candidate instanceof CSSStyleRule && candidate.selectorText === 'header > .skeleton');
    expect(rule, 'the adopted stylesheet has the rule').to.exist;
    // The browser accepted the declaration (it drops an invalid one), in its own simplified form.
    expect(rule!.style.minBlockSize).to.match(/^calc\(.*42\.5cqi.*\)$/);
    expect(rule!.style.minBlockSize).to.contain('5.75rem');
  });
});
