import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/course/course.js';
import { part } from '../support/helpers.js';
import { settle, course, activity, button, listItems, completeLesson, recordEvents, courseHooks } from '../harness/course.js';

describe('<mhm-course>', () => {
  courseHooks();

  describe('the list of activities', () => {
    it('jumps to an activity and moves focus to its heading', async () => {
      // Arrange
      const el = await course();
      const changes = recordEvents(el, 'mhm-activity-change');
      part(el, '[part~="activities-summary"]').click();
      await settle(el);

      // Act
      listItems(el)[4].click();
      await settle(el);

      // Assert
      const lesson = activity(el, 'what-you-can-do');
      expect(lesson.shadowRoot!.activeElement).to.equal(part(lesson, '[part~="heading"]'));
      expect(changes.map((event) => event.detail)).to.deep.equal([{ id: '', activityId: 'what-you-can-do', index: 4 }]);
      expect(listItems(el)[4].getAttribute('aria-current')).to.equal('step');
      expect(el.progress.current).to.equal('what-you-can-do');
    });

    it('jumps to a reflection’s prompt and to the quiz’s heading', async () => {
      const el = await course();
      part(el, '[part~="activities-summary"]').click();
      listItems(el)[3].click();
      await settle(el);
      const reflection = activity(el, 'mhm-course/return-identity');
      expect(reflection.shadowRoot!.activeElement).to.equal(part(reflection, '[part~="prompt"]'));
      listItems(el)[8].click();
      await settle(el);
      const quiz = activity(el, 'course-quiz');
      expect(quiz.shadowRoot!.activeElement).to.equal(part(quiz, '[part~="heading"]'));
    });

    it('works from the keyboard', async () => {
      const el = await course();
      part(el, '[part~="activities-summary"]').focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.progress.current).to.equal('migration-and-well-being');
    });

    it('follows the learner moving focus into another activity', async () => {
      const el = await course();
      const change = oneEvent(el, 'mhm-activity-change');
      button(activity(el, 'guiding-principles'), 'complete-button').focus();
      expect((await change).detail).to.deep.equal({ id: '', activityId: 'guiding-principles', index: 7 });
    });

    it('offers to continue at the first activity not complete', async () => {
      const el = await course();
      await completeLesson(el, activity(el, 'what-is-mental-health'));
      button(el, 'continue-button').click();
      await settle(el);
      const next = activity(el, 'migration-and-well-being');
      expect(next.shadowRoot!.activeElement).to.equal(part(next, '[part~="heading"]'));
    });
  });
});
