import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/quiz/quiz.js';
import { captureConsole, textOf } from '../support/helpers.js';

// A quiz's questions and choices are data the quiz draws itself: they take no shadow root of their
// own (render speed, issue 16) until the author has a mistake to be shown in place.
describe('<mhm-question> and <mhm-choice> as data', () => {
  it('still show the author, in place, a question or a choice put outside its parent', async () => {
    let root!: HTMLElement;
    await captureConsole('warn', async () => {
      root = await fixture(html`<div><mhm-question prompt="Alone"></mhm-question><mhm-choice>Alone</mhm-choice></div>`);
    });
    const [question, choice] = [...root.children] as (HTMLElement & { updateComplete: Promise<unknown> })[];
    await Promise.all([question.updateComplete, choice.updateComplete]);
    const message = (el: Element) => el.shadowRoot?.querySelector('[part="author-error"]');
    expect(textOf(message(question)!)).to.include('Put <mhm-question> directly inside an <mhm-quiz>');
    expect(textOf(message(choice)!)).to.include('Put <mhm-choice> directly inside an <mhm-question>');
    expect(message(question)!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('show a message that comes later, when a question is moved out of its quiz', async () => {
    const root = await fixture<HTMLElement>(html`<div><mhm-quiz><mhm-question prompt="Q"><mhm-choice correct>A</mhm-choice><mhm-choice>B</mhm-choice></mhm-question></mhm-quiz></div>`);
    const question = root.querySelector('mhm-question') as HTMLElement & { updateComplete: Promise<unknown> };
    await question.updateComplete;
    expect(question.shadowRoot?.querySelector('[part="author-error"]') ?? null).to.be.null;
    await captureConsole('warn', async () => {
      root.append(question);
      await question.updateComplete;
    });
    expect(textOf(question.shadowRoot!.querySelector('[part="author-error"]')!)).to.include('directly inside an <mhm-quiz>');
  });
});
