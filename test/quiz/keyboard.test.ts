import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/quiz/quiz.js';
import type { MhmQuiz } from '../../src/components/quiz/quiz.component.js';
import { part, textOf } from '../support/helpers.js';
import { input, focused, quizHooks } from '../harness/quiz.js';
import { twoQuestions, uprooting } from './fixtures.js';

describe('<mhm-quiz>', () => {
  quizHooks();

  describe('keyboard', () => {
    it('is answered with Tab, arrows, Space and Enter, focus never lost to the page', async () => {
      const el = await fixture<MhmQuiz>(twoQuestions);
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(input(el, 'A state of well-being'));
      await sendKeys({ press: 'ArrowDown' });
      await elementUpdated(el);
      expect(input(el, 'The absence of any mental disorder').checked).to.be.true;
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      expect(textOf(part(el, '[part="verdict"]'))).to.equal('✓Correct');
      expect(focused(el)).to.equal(part(el, '[part~="feedback"]'));

      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(part(el, '[part~="next-button"]'));
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      expect(focused(el)).to.equal(part(el, 'legend'));

      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(input(el, 'True'));
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(part(el, '[part="check-button"]'));
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      expect(textOf(part(el, '[part="error"]'))).to.contain('Choose an answer');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      await elementUpdated(el);
      expect(focused(el)).to.equal(part(el, '[part~="feedback"]'));
      expect(document.activeElement).to.equal(el);
    });

    it('checks a multiple-answer question with Space to tick and Enter to check', async () => {
      const el = await fixture<MhmQuiz>(html`<mhm-quiz>${uprooting}</mhm-quiz>`);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      const event = oneEvent(el, 'mhm-answer');
      await sendKeys({ press: 'Enter' });
      expect((await event).detail).to.include({ correct: true, score: 1 });
    });

    it('shows where focus is on a choice', async () => {
      const el = await fixture<MhmQuiz>(twoQuestions);
      await sendKeys({ press: 'Tab' });
      const choice = input(el, 'A state of well-being').labels![0];
      expect(getComputedStyle(choice).outlineStyle).to.equal('solid');
    });
  });
});
