import { elementUpdated, expect, html } from '@open-wc/testing';
import '../../src/components/course/course.js';
import { storagePrefix } from '../../src/internal/storage.js';
import { answerTrueFalse, child, course, courseHooks, progressText, recordEvents, settle } from '../harness/course.js';
import { press } from '../harness/quiz.js';

describe('<mhm-course>', () => {
  courseHooks();

  describe('a quiz whose questions the author’s script changes', () => {
    it('counts the quiz, with its score, when the script removes the only question the learner had left', async () => {
      // Arrange: a lesson and a paged quiz of three; the learner checks the first two.
      const el = await course(html`<mhm-course heading="Our workshop" course-id="edits" persist>
        <mhm-lesson-card id="intro" heading="Why we meet" heading-level="3"><p>We talk about well-being.</p></mhm-lesson-card>
        <mhm-quiz id="check" heading="Check" heading-level="3" pass-mark="50">
          <mhm-question type="true-false" answer="true" prompt="One"></mhm-question>
          <mhm-question type="true-false" answer="true" prompt="Two"></mhm-question>
          <mhm-question type="true-false" answer="true" prompt="Three"></mhm-question>
        </mhm-quiz>
      </mhm-course>`);
      const quiz = child(el, 'check');
      const progress = recordEvents(el, 'mhm-progress');
      await answerTrueFalse(el, quiz, 'True');
      await press(quiz, 'next-button');
      await answerTrueFalse(el, quiz, 'True');
      expect(progressText(el)).to.equal('0 of 2 activities');

      // Act
      quiz.querySelector('mhm-question[prompt="Three"]')!.remove();
      await new Promise((resolve) => setTimeout(resolve));
      await elementUpdated(quiz);
      await settle(el);

      // Assert: the course counts it, says so, and keeps it with the quiz's result.
      expect(progressText(el)).to.equal('1 of 2 activities');
      expect(progress.map((event) => event.detail.completedIds)).to.deep.equal([['check']]);
      const stored = JSON.parse(localStorage.getItem(`${storagePrefix}course:edits`) ?? '{}');
      expect(JSON.stringify(stored)).to.contain('"check"');
      expect(JSON.stringify(stored)).to.match(/"percent":100/);
    });
  });
});
