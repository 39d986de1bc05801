import { expect } from '@open-wc/testing';
import { isShown, textOf } from '../support/helpers.js';
import { course, activity, progressText, completeLesson, recordEvents, settle, courseHooks } from '../harness/course.js';
import { answerUndo, completeButton, pressComplete, undoComplete, undoQuestion } from '../harness/lesson-card.js';

describe('<mhm-course> taking a lesson back', () => {
  courseHooks();

  it('keeps the lesson counted on one more tap, shows the question, and counts it out only when the learner says yes', async () => {
    // Arrange: the built-in course with its first lesson done.
    const el = await course();
    const lesson = activity(el, 'what-is-mental-health');
    const events = recordEvents(el, 'mhm-complete');
    await completeLesson(el, lesson);
    expect(progressText(el)).to.equal('1 of 9 activities');

    // Act: an accidental second tap.
    await pressComplete(lesson);
    await settle(el);

    // Assert: still counted, and the learner sees the question in place of the button.
    expect(progressText(el)).to.equal('1 of 9 activities');
    expect(isShown(undoQuestion(lesson)!)).to.be.true;
    expect(textOf(undoQuestion(lesson))).to.contain('Mark this lesson as not complete?');

    // "No" keeps it.
    await answerUndo(lesson, false);
    await settle(el);
    expect(progressText(el)).to.equal('1 of 9 activities');
    expect(el.progress.completed).to.deep.equal(['what-is-mental-health']);

    // The deliberate undo counts it out.
    await undoComplete(lesson);
    await settle(el);
    expect(progressText(el)).to.equal('0 of 9 activities');
    expect(el.progress.completed).to.deep.equal([]);
    expect(completeButton(lesson).getAttribute('aria-pressed')).to.equal('false');
    expect(events.map((event) => event.detail)).to.deep.equal([
      { activity: 'lesson', id: 'what-is-mental-health', completed: true },
      { activity: 'lesson', id: 'what-is-mental-health', completed: false },
    ]);
  });
});
