import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/quiz/quiz.js';
import type { MhmQuiz } from '../../src/components/quiz/quiz.component.js';
import { emulateMediaFeatures, part, quietFixture, textOf } from '../support/helpers.js';
import { inputs, choose, press, answer, quizHooks } from '../harness/quiz.js';
import { twoQuestions, uprooting } from './fixtures.js';

describe('<mhm-quiz>', () => {
  quizHooks();

  describe('display preferences and sizes', () => {
    afterEach(async () => {
      await emulateMediaFeatures({});
      await setViewport({ width: 800, height: 600 });
    });

    it('has choice targets at least 24 px high and wide', async () => {
      const el = await fixture<MhmQuiz>(twoQuestions);
      for (const target of [...el.shadowRoot!.querySelectorAll('label, button')]) {
        const box = target.getBoundingClientRect();
        expect(box.height, textOf(target)).to.be.at.least(24);
        expect(box.width, textOf(target)).to.be.at.least(24);
      }
    });

    it('turns transitions off under prefers-reduced-motion', async () => {
      const el = await fixture<MhmQuiz>(twoQuestions);
      const choice = part(el, '[part~="choice"]');
      expect(getComputedStyle(choice).transitionDuration).to.not.equal('0s');
      await emulateMediaFeatures({ 'prefers-reduced-motion': 'reduce' });
      expect(getComputedStyle(choice).transitionDuration).to.equal('0s');
    });

    it('marks the chosen choice with system colours in forced-colours mode', async () => {
      const el = await fixture<MhmQuiz>(twoQuestions);
      await emulateMediaFeatures({ 'forced-colors': 'active' });
      const [chosen, other] = inputs(el).map((control) => control.labels![0]);
      await choose(el, 'A state of well-being');
      expect(getComputedStyle(chosen).borderInlineStartWidth).to.equal('3px');
      expect(getComputedStyle(other).borderInlineStartWidth).to.equal('1px');
    });

    for (const width of [320, 1280]) {
      it(`fits a ${width} px viewport without horizontal scrolling, in the result too`, async () => {
        await setViewport({ width, height: 800 });
        const el = await fixture<MhmQuiz>(html`<mhm-quiz heading="Checkyourunderstandingofmentalhealthandmigrationwithoutspaces">
          <mhm-question prompt="Averyveryverylongquestionwithoutanyspacesthatacmsmightpasteintoaquestionprompt">
            <mhm-choice correct>Averyveryverylongchoicewithoutanyspacesthatacmsmightpaste</mhm-choice>
            <mhm-choice>Short</mhm-choice>
          </mhm-question>
        </mhm-quiz>`);
        const fits = () => {
          expect(el.getBoundingClientRect().width).to.be.at.most(width);
          expect(part(el, '[part="base"]').scrollWidth).to.be.at.most(Math.ceil(el.getBoundingClientRect().width));
          expect(document.documentElement.scrollWidth).to.be.at.most(width);
        };
        fits();
        await answer(el, 'Short');
        await press(el, 'result-button');
        fits();
      });
    }
  });

  describe('accessibility', () => {
    it('has no axe violations unanswered', async () => {
      const el = await fixture<MhmQuiz>(twoQuestions);
      await expect(el).to.be.accessible();
    });

    it('has no axe violations after Check, with the error shown and in a multiple-answer question', async () => {
      const el = await fixture<MhmQuiz>(html`<mhm-quiz layout="list" heading="H">${uprooting}
        <mhm-question type="true-false" answer="true" prompt="P"></mhm-question></mhm-quiz>`);
      await press(el, 'check-button');
      await answer(el, 'Home and family');
      await expect(el).to.be.accessible();
    });

    it('has no axe violations in the result, light and dark', async () => {
      const el = await fixture<MhmQuiz>(html`<mhm-quiz pass-mark="80" attempts="3">${uprooting}</mhm-quiz>`);
      await answer(el, 'Home and family');
      await press(el, 'result-button');
      await expect(el).to.be.accessible();
      await emulateMediaFeatures({ 'prefers-color-scheme': 'dark' });
      try {
        await expect(el).to.be.accessible();
      } finally {
        await emulateMediaFeatures({});
      }
    });

    it('has no axe violations showing author errors, in Arabic', async () => {
      const el = await quietFixture<MhmQuiz>(html`<mhm-quiz lang="ar" pass-mark="abc">
        <mhm-question prompt="P"><mhm-choice>A</mhm-choice><mhm-choice>B</mhm-choice></mhm-question>
        <mhm-question type="true-false" answer="true" prompt="سؤال"></mhm-question>
      </mhm-quiz>`);
      await expect(el).to.be.accessible();
    });
  });
});
