import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/components/quiz/quiz.js';
import type { MhmQuiz } from '../../src/components/quiz/quiz.component.js';
import { withBrokenStorage } from '../support/broken-storage.js';
import { part, textOf } from '../support/helpers.js';
import { inputs, press, answer, liveText, legends, quizHooks } from '../harness/quiz.js';
import { migration, uprooting } from './fixtures.js';

describe('<mhm-quiz>', () => {
  quizHooks();

  describe('persist', () => {
    it('resumes an unfinished attempt after the element is created again', async () => {
      const quiz = html`<mhm-quiz persist quiz-id="resume" shuffle="questions choices" seed="s">
        ${uprooting}
        <mhm-question type="true-false" answer="false" prompt=${migration}></mhm-question>
        <mhm-question type="true-false" answer="true" prompt="Third"></mhm-question>
      </mhm-quiz>`;
      const first = await fixture<MhmQuiz>(quiz);
      const firstLegend = legends(first)[0];
      await answer(first, ...inputs(first).slice(0, 1).map((control) => control.value));
      await press(first, 'next-button');
      const secondLegend = legends(first)[0];
      first.remove();

      const again = await fixture<MhmQuiz>(quiz);
      expect(legends(again)).to.deep.equal([secondLegend]);
      await press(again, 'previous-button');
      expect(legends(again)).to.deep.equal([firstLegend]);
      expect(part(again, '[part~="feedback"]')).to.exist;
      expect(again.score + again.maxScore).to.be.greaterThan(2);
    });

    it('shows a finished attempt’s result again after the element is created again, complete but without an event', async () => {
      // Arrange
      const quiz = html`<mhm-quiz persist quiz-id="finished" pass-mark="50">
        <mhm-question type="true-false" answer="true" prompt="One"></mhm-question>
        <mhm-question type="true-false" answer="true" prompt="Two"></mhm-question>
      </mhm-quiz>`;
      const first = await fixture<MhmQuiz>(quiz);
      await answer(first, 'True');
      await press(first, 'next-button');
      await answer(first, 'False');
      await press(first, 'result-button');
      first.remove();
      const completions = sinon.spy();
      document.addEventListener('mhm-complete', completions);

      // Act
      let again: MhmQuiz;
      try {
        again = await fixture<MhmQuiz>(quiz);
      } finally {
        document.removeEventListener('mhm-complete', completions);
      }

      // Assert
      expect(textOf(part(again, '[part="score"]'))).to.equal('You scored 1 out of 2 (50%).');
      expect([again.completed, again.score, again.maxScore, again.percent, again.passed]).to.deep.equal([true, 1, 2, 50, true]);
      expect(completions.called).to.be.false;
      expect(liveText(again)).to.equal('');
    });

    it('stores nothing without persist', async () => {
      const before = Object.keys(localStorage).length;
      const el = await fixture<MhmQuiz>(html`<mhm-quiz quiz-id="not-persisted">
        <mhm-question type="true-false" answer="true" prompt="P"></mhm-question>
      </mhm-quiz>`);
      await answer(el, 'True');
      expect(Object.keys(localStorage).length).to.equal(before);
    });

    for (const kind of ['quota', 'security', 'missing', 'read'] as const) {
      it(`keeps the learner's progress in the page when storage fails (${kind}), and says so when nothing is saved`, async () => {
        await withBrokenStorage(kind, async () => {
          const el = await fixture<MhmQuiz>(html`<mhm-quiz persist quiz-id="broken-${kind}">
            <mhm-question type="true-false" answer="true" prompt="One"></mhm-question>
            <mhm-question type="true-false" answer="true" prompt="Two"></mhm-question>
          </mhm-quiz>`);
          await answer(el, 'True');
          expect(textOf(part(el, '[part="verdict"]'))).to.equal('✓Correct');
          await press(el, 'next-button');
          await answer(el, 'True');
          expect([el.completed, el.score]).to.deep.equal([true, 2]);
          await press(el, 'previous-button');
          expect(textOf(part(el, '[part="verdict"]'))).to.equal('✓Correct');
          const notice = el.shadowRoot!.querySelector('[part="notice"]');
          if (kind === 'read') {
            // Writing still works: the answers are on the device, nothing to warn about.
            expect(notice).to.be.null;
          } else {
            expect(textOf(notice)).to.equal('ⓘ Your answers cannot be saved on this device. They stay on this page until you leave it.');
          }
        });
      });
    }
  });
});
