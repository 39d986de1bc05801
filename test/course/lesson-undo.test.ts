import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { isShown, textOf } from '../support/helpers.js';
import { course, activity, progressText, completeLesson, recordEvents, settle, courseHooks } from '../harness/course.js';
import { completeButton, completeStatus, undoButton, undoComplete } from '../harness/lesson-card.js';

describe('<mhm-course> taking a lesson back', () => {
  courseHooks();

  it('keeps the lesson counted on one more tap where "Mark as complete" was, and counts it out only on "Mark as not complete"', async () => {
    // Arrange: the built-in course with its first lesson done, marked by a tap.
    const el = await course();
    const lesson = activity(el, 'what-is-mental-health');
    const events = recordEvents(el, 'mhm-complete');
    completeButton(lesson).scrollIntoView({ block: 'center' });
    const box = completeButton(lesson).getBoundingClientRect();
    const where: [number, number] = [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
    await sendMouse({ type: 'click', position: where });
    await settle(el);
    expect(progressText(el)).to.equal('1 of 9 activities');

    // Act: an accidental second tap in the same place.
    await sendMouse({ type: 'click', position: where });
    await settle(el);

    // Assert: still counted, and the learner sees that it is done and how to take it back.
    expect(progressText(el)).to.equal('1 of 9 activities');
    expect(el.progress.completed).to.deep.equal(['what-is-mental-health']);
    expect(isShown(completeStatus(lesson)!)).to.be.true;
    expect(textOf(completeStatus(lesson))).to.equal('✓ Completed');
    expect(textOf(undoButton(lesson))).to.equal('Mark as not complete');

    // The deliberate undo counts it out.
    await undoComplete(lesson);
    await settle(el);
    expect(progressText(el)).to.equal('0 of 9 activities');
    expect(el.progress.completed).to.deep.equal([]);
    expect(textOf(completeButton(lesson))).to.equal('Mark as complete');
    expect(events.map((event) => event.detail)).to.deep.equal([
      { activity: 'lesson', id: 'what-is-mental-health', completed: true },
      { activity: 'lesson', id: 'what-is-mental-health', completed: false },
    ]);
  });

  it('still lets a course test mark a lesson twice through the harness: the second time undoes', async () => {
    const el = await course();
    const lesson = activity(el, 'what-is-mental-health');
    await completeLesson(el, lesson);
    await completeLesson(el, lesson);
    expect(progressText(el)).to.equal('0 of 9 activities');
  });
});
