import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/components/quiz/quiz.js';
import type { MhmQuiz } from '../../src/components/quiz/quiz.component.js';
import { storagePrefix } from '../../src/internal/storage.js';
import { answer, quizHooks } from '../harness/quiz.js';

describe('<mhm-quiz>', () => {
  quizHooks();

  describe('reset() and the device', () => {
    it('stores nothing for a persist quiz the learner never touched', async () => {
      const el = await fixture<MhmQuiz>(html`<mhm-quiz persist quiz-id="untouched">
        <mhm-question type="true-false" answer="true" prompt="One"></mhm-question>
      </mhm-quiz>`);

      el.reset();
      await elementUpdated(el);

      expect(localStorage.getItem(`${storagePrefix}quiz:untouched`)).to.be.null;
      await answer(el, 'True');
      expect(localStorage.getItem(`${storagePrefix}quiz:untouched`)).to.contain('"checked"');
    });

    it('removes the stored attempt of a quiz the learner answered, and stores nothing until the learner acts again', async () => {
      const el = await fixture<MhmQuiz>(html`<mhm-quiz persist quiz-id="answered">
        <mhm-question type="true-false" answer="true" prompt="One"></mhm-question>
        <mhm-question type="true-false" answer="true" prompt="Two"></mhm-question>
      </mhm-quiz>`);
      await answer(el, 'True');
      expect(localStorage.getItem(`${storagePrefix}quiz:answered`)).not.to.be.null;

      el.reset();
      await elementUpdated(el);

      expect(localStorage.getItem(`${storagePrefix}quiz:answered`)).to.be.null;
      expect([el.score, el.completed]).to.deep.equal([0, false]);
    });

    it('overwrites the stored attempt with the new one when the device refuses to remove it, so a reload does not bring the old answers back', async () => {
      const key = `${storagePrefix}quiz:stuck`;
      const el = await fixture<MhmQuiz>(html`<mhm-quiz persist quiz-id="stuck">
        <mhm-question type="true-false" answer="true" prompt="One"></mhm-question>
      </mhm-quiz>`);
      await answer(el, 'True');
      sinon.stub(Storage.prototype, 'removeItem').throws(new DOMException('The operation is insecure.', 'SecurityError'));

      el.reset();
      await elementUpdated(el);

      expect(JSON.parse(localStorage.getItem(key)!).checked).to.deep.equal({});
    });
  });
});
