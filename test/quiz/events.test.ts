import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/quiz/quiz.js';
import type { MhmQuiz } from '../../src/components/quiz/quiz.component.js';
import type { MhmCompleteDetail } from '../../src/events/complete.js';
import { answer, quizHooks } from '../harness/quiz.js';
import { twoQuestions } from './fixtures.js';

describe('<mhm-quiz>', () => {
  quizHooks();

  describe('events', () => {
    it('fires nothing on first render, when an author changes attributes, or when a script sets properties', async () => {
      const fired: string[] = [];
      const listener = (event: Event) => fired.push(event.type);
      document.addEventListener('mhm-answer', listener);
      document.addEventListener('mhm-complete', listener);
      try {
        const el = await fixture<MhmQuiz>(twoQuestions);
        el.passMark = 80;
        el.setAttribute('layout', 'list');
        await elementUpdated(el);
      } finally {
        document.removeEventListener('mhm-answer', listener);
        document.removeEventListener('mhm-complete', listener);
      }
      expect(fired).to.deep.equal([]);
    });

    it('bubbles out of the shadow root to the page', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><mhm-quiz id="q">
        <mhm-question type="true-false" answer="true" prompt="Only"></mhm-question>
      </mhm-quiz></div>`);
      const el = wrapper.querySelector('mhm-quiz')!;
      const answered = oneEvent(wrapper, 'mhm-answer');
      const completed = oneEvent(wrapper, 'mhm-complete');
      await answer(el, 'True');
      const [answerEvent, completeEvent] = await Promise.all([answered, completed]);
      expect(answerEvent.composed && completeEvent.composed).to.be.true;
      const detail: MhmCompleteDetail = completeEvent.detail;
      expect(detail).to.deep.equal({ activity: 'quiz', id: 'q', completed: true, score: 1, maxScore: 1, percent: 100, passed: null });
    });
  });
});
