import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import '../../src/components/quiz/quiz.js';
import type { MhmQuiz } from '../../src/components/quiz/quiz.component.js';
import { part, textOf } from '../support/helpers.js';
import { inputs, press, answer, legends, focused, quizHooks } from '../harness/quiz.js';
import { uprooting } from './fixtures.js';

describe('<mhm-quiz>', () => {
  quizHooks();

  describe('list layout', () => {
    it('shows every question at once and the result below once all are checked', async () => {
      const el = await fixture<MhmQuiz>(html`<mhm-quiz layout="list">
        <mhm-question type="true-false" answer="true" prompt="One"></mhm-question>
        <mhm-question type="true-false" answer="false" prompt="Two"></mhm-question>
      </mhm-quiz>`);
      expect(legends(el)).to.deep.equal(['Question 1 of 2 One', 'Question 2 of 2 Two']);
      expect(el.shadowRoot!.querySelector('[part="navigation"]')).to.be.null;
      const [, second] = [...el.shadowRoot!.querySelectorAll('[part="question"]')];
      second.querySelectorAll('input')[1].click();
      second.querySelector<HTMLButtonElement>('[part="check-button"]')!.click();
      await elementUpdated(el);
      expect(el.shadowRoot!.querySelector('[part="result"]')).to.be.null;
      expect(focused(el)).to.equal(second.querySelector('[part~="feedback"]'));

      await answer(el, 'True');
      expect(textOf(part(el, '[part="score"]'))).to.equal('You scored 2 out of 2 (100%).');
    });
  });

  describe('shuffle and seed', () => {
    const manyChoices = html`${['a', 'b', 'c', 'd', 'e', 'f'].map(
      (name) => html`<mhm-question prompt="Question ${name}">
        ${['1', '2', '3', '4', '5'].map((n) => html`<mhm-choice ?correct=${n === '1'}>${name}${n}</mhm-choice>`)}
      </mhm-question>`,
    )}`;

    const prompts = (el: MhmQuiz) => [...el.shadowRoot!.querySelectorAll('[part="prompt"]')].map((prompt) => textOf(prompt));
    const order = (el: MhmQuiz) => [...prompts(el), ...inputs(el).map((control) => control.value)];

    it('gives the same order for the same seed, and another for another seed', async () => {
      const a = await fixture<MhmQuiz>(html`<mhm-quiz layout="list" shuffle="questions choices" seed="print">${manyChoices}</mhm-quiz>`);
      const b = await fixture<MhmQuiz>(html`<mhm-quiz layout="list" shuffle="questions choices" seed="print">${manyChoices}</mhm-quiz>`);
      const c = await fixture<MhmQuiz>(html`<mhm-quiz layout="list" shuffle="questions choices" seed="other">${manyChoices}</mhm-quiz>`);
      const plain = await fixture<MhmQuiz>(html`<mhm-quiz layout="list">${manyChoices}</mhm-quiz>`);
      expect(order(a)).to.deep.equal(order(b));
      expect(order(a)).to.not.deep.equal(order(c));
      expect(order(a)).to.not.deep.equal(order(plain));
      expect([...order(a)].sort()).to.deep.equal([...order(plain)].sort());
    });

    it('shuffles only the choices with a bare shuffle attribute, and reshuffles on Try again', async () => {
      const el = await fixture<MhmQuiz>(html`<mhm-quiz layout="list" shuffle seed="7">${manyChoices}</mhm-quiz>`);
      expect(prompts(el)).to.deep.equal(['Question a', 'Question b', 'Question c', 'Question d', 'Question e', 'Question f']);
      const first = order(el);
      for (const question of el.shadowRoot!.querySelectorAll('[part="question"]')) {
        question.querySelector('input')!.click();
        question.querySelector<HTMLButtonElement>('[part="check-button"]')!.click();
      }
      await elementUpdated(el);
      await press(el, 'try-again-button');
      expect(order(el)).to.not.deep.equal(first);
    });
  });

  describe('language and direction', () => {
    it('reads lang="ar": Arabic interface text, generated choices and numbers, right to left', async () => {
      const wrapper = await fixture(html`<div lang="ar">
        <mhm-quiz heading="تحقّق من فهمك">
          <mhm-question type="true-false" answer="false" prompt="الهجرة تضر دائمًا بالصحة النفسية."></mhm-question>
          <mhm-question type="true-false" answer="true" prompt="الهوية مهمة للعافية النفسية."></mhm-question>
        </mhm-quiz>
      </div>`);
      const el = wrapper.querySelector('mhm-quiz')!;
      await elementUpdated(el);
      expect(part(el, '[part="base"]').getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(part(el, 'fieldset')).direction).to.equal('rtl');
      expect(textOf(part(el, '[part="question-number"]'))).to.equal('السؤال 1 من 2');
      expect(inputs(el).map((control) => textOf(control.labels![0]))).to.deep.equal(['صح', 'خطأ']);
      await answer(el, 'خطأ');
      expect(textOf(part(el, '[part="verdict"]'))).to.equal('✓إجابة صحيحة');
      expect(textOf(part(el, '[part~="next-button"]'))).to.equal('التالي ›');
    });

    it('follows French and formats partial scores the French way', async () => {
      const el = await fixture<MhmQuiz>(html`<mhm-quiz lang="fr" scoring="partial">${uprooting}</mhm-quiz>`);
      expect(textOf(part(el, '[part="hint"]'))).to.equal('Choisissez toutes les réponses qui conviennent.');
      await answer(el, 'Home and family');
      await press(el, 'result-button');
      expect(textOf(part(el, '[part="score"]'))).to.equal('Vous avez obtenu 0,33 sur 1 (33 %).');
    });
  });
});
