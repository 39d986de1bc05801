import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/components/course/course.js';
import type { MhmCourse } from '../../src/components/course/course.js';
import type { MhmLessonCard } from '../../src/components/lesson-card/lesson-card.js';
import type { MhmReflectionPrompt } from '../../src/components/reflection-prompt/reflection-prompt.js';
import { serializeRecord } from '../../src/components/reflection-prompt/reflection-model.js';
import { storagePrefix } from '../../src/internal/storage.js';
import { withBrokenStorage } from '../support/broken-storage.js';
import { part, quietFixture, textOf } from '../support/helpers.js';
import { builtInIds, settle, course, activity, button, completeLesson, completeReflection, recordEvents, child, returnIdentity, reflectionKey, storedText, fieldOf, keepReflection, twoCourses, courseHooks } from '../harness/course.js';
import { authorCourse } from './fixtures.js';

describe('<mhm-course>', () => {
  courseHooks();

  describe('built-in reflections in two courses', () => {
    it('keeps each course’s reflections under its own course-id', async () => {
      // Arrange
      const [accra, dakar] = await twoCourses();

      // Act
      await keepReflection(accra, 'Accra words');

      // Assert
      expect(fieldOf(dakar).value).to.equal('');
      expect(storedText(`accra/${returnIdentity}`)).to.equal('Accra words');
      expect(localStorage.getItem(reflectionKey(`dakar/${returnIdentity}`))).to.equal(null);
      expect(localStorage.getItem(reflectionKey(returnIdentity))).to.equal(null);
    });

    it('leaves the other course’s reflections alone when one starts over and deletes its own', async () => {
      // Arrange
      const [accra, dakar] = await twoCourses();
      await keepReflection(accra, 'Accra words');
      await keepReflection(dakar, 'Dakar words');

      // Act
      button(dakar, 'start-over-button').click();
      await settle(dakar);
      part<HTMLInputElement>(dakar, '#clear-reflections').click();
      button(dakar, 'confirm-button').click();
      await settle(dakar);
      await settle(accra);

      // Assert
      expect(fieldOf(dakar).value).to.equal('');
      expect(localStorage.getItem(reflectionKey(`dakar/${returnIdentity}`))).to.equal(null);
      expect(fieldOf(accra).value).to.equal('Accra words');
      expect(storedText(`accra/${returnIdentity}`)).to.equal('Accra words');
      expect(accra.progress.completed).to.deep.equal([returnIdentity]);
    });

    it('moves a reflection kept before course-id scoped it to the first course that runs', async () => {
      // Arrange: what an earlier version stored, unscoped.
      localStorage.setItem(reflectionKey(returnIdentity), serializeRecord('Written last year', 1764000000000));

      // Act
      const [accra, dakar] = await twoCourses();

      // Assert
      expect(fieldOf(accra).value).to.equal('Written last year');
      expect(part<HTMLInputElement>(activity(accra, returnIdentity), '#keep').checked).to.equal(true);
      expect(storedText(`accra/${returnIdentity}`)).to.equal('Written last year');
      expect(localStorage.getItem(reflectionKey(returnIdentity))).to.equal(null);
      expect(fieldOf(dakar).value).to.equal('');
    });

    it('moves copies once set aside as unreadable too, so the learner’s Delete in that course erases them', async () => {
      // Arrange: an earlier version kept a damaged record aside, unscoped.
      const setAside = `${reflectionKey(returnIdentity)}:unreadable:1764000000000`;
      localStorage.setItem(setAside, 'Damaged words from last year');
      const el = await course(html`<mhm-course persist course-id="accra"></mhm-course>`);
      const reflection = activity(el, returnIdentity);
      const keysHolding = () => Object.keys(localStorage).filter((key) => localStorage.getItem(key)?.includes('Damaged words'));
      expect(keysHolding()).to.deep.equal([`${reflectionKey(`accra/${returnIdentity}`)}:unreadable:1764000000000`]);

      // Act
      await keepReflection(el, 'New words');
      button(reflection, 'delete-button').click();
      await settle(el);
      button(reflection, 'confirm-button').click();
      await settle(el);

      // Assert
      expect(keysHolding()).to.deep.equal([]);
      expect(localStorage.getItem(setAside)).to.equal(null);
    });

    it('never replaces a course’s own reflection with the old unscoped copy, and sets that copy aside where Delete reaches it', async () => {
      // Arrange: the course's own text, and an old unscoped copy (an older copy of the library on the site may still write it).
      localStorage.setItem(reflectionKey(returnIdentity), serializeRecord('Old copy', 1764000000000));
      localStorage.setItem(reflectionKey(`accra/${returnIdentity}`), serializeRecord('Own copy', 1764000000001));
      const keysHolding = (text: string) => Object.keys(localStorage).filter((key) => localStorage.getItem(key)?.includes(text));

      // Act
      const el = await course(html`<mhm-course persist course-id="accra"></mhm-course>`);
      const reflection = activity(el, returnIdentity);

      // Assert
      expect(fieldOf(el).value).to.equal('Own copy');
      expect(keysHolding('Old copy')).to.have.length(1);
      expect(keysHolding('Old copy')[0]).to.match(new RegExp(`^${reflectionKey(`accra/${returnIdentity}`)}:unreadable:\\d+$`));

      // Act: the learner deletes the reflection.
      button(reflection, 'delete-button').click();
      await settle(el);
      button(reflection, 'confirm-button').click();
      await settle(el);

      // Assert: nothing of either copy is left.
      expect([...keysHolding('Old copy'), ...keysHolding('Own copy')]).to.deep.equal([]);
    });

    it('shows the next learner only their own progress and reflections when course-id changes on the page', async () => {
      // Arrange: a first learner completes the first lesson and keeps a reflection.
      const el = await course(html`<mhm-course persist course-id="learner-a"></mhm-course>`);
      await completeLesson(el, activity(el, builtInIds[0]));
      await keepReflection(el, 'First learner words');

      // Act: the host signs the next learner in, on the same page.
      el.courseId = 'learner-b';
      await settle(el);

      // Assert
      expect(el.progress.completed).to.deep.equal([]);
      expect(fieldOf(el).value).to.equal('');
      expect(part<HTMLInputElement>(activity(el, returnIdentity), '#keep').checked).to.equal(false);
      expect(storedText(`learner-a/${returnIdentity}`)).to.equal('First learner words');
      expect(localStorage.getItem(reflectionKey(`learner-b/${returnIdentity}`))).to.equal(null);

      // Act: the first learner comes back.
      el.courseId = 'learner-a';
      await settle(el);

      // Assert
      expect(el.progress.completed).to.include.members([builtInIds[0], returnIdentity]);
      expect(fieldOf(el).value).to.equal('First learner words');
    });

    it('moves nothing without persist', async () => {
      localStorage.setItem(reflectionKey(returnIdentity), serializeRecord('Old copy', 1764000000000));
      const el = await course(html`<mhm-course course-id="accra"></mhm-course>`);
      expect(fieldOf(el).value).to.equal('');
      expect(storedText(returnIdentity)).to.equal('Old copy');
    });
  });

  describe('resume', () => {
    it('restores progress after a reload with persist and course-id, without an event', async () => {
      // Arrange
      const first = await course(html`<mhm-course persist course-id="resume"></mhm-course>`);
      await completeLesson(first, activity(first, 'what-is-mental-health'));
      await completeReflection(first, activity(first, 'mhm-course/return-identity'), 'my secret words');
      first.remove();

      // Act
      const el = await fixture<MhmCourse>(html`<mhm-course persist course-id="resume"></mhm-course>`);
      const events = recordEvents(el, 'mhm-progress');
      await settle(el);

      // Assert
      expect(el.progress.completed).to.deep.equal(['what-is-mental-health', 'mhm-course/return-identity']);
      expect(activity<MhmLessonCard>(el, 'what-is-mental-health').completed).to.equal(true);
      expect(activity<MhmReflectionPrompt>(el, 'mhm-course/return-identity').completed).to.equal(true);
      expect(events).to.have.length(0);
      const stored = JSON.parse(localStorage.getItem(`${storagePrefix}course:resume`)!);
      expect(stored).to.deep.include({ v: 1, completed: ['what-is-mental-health', 'mhm-course/return-identity'], finished: false });
      expect(JSON.stringify(stored)).not.to.contain('secret');
    });

    it('ignores stored progress in an older or damaged format, with a note', async () => {
      for (const stored of ['{"v":0,"done":["x"]}', 'not json', '{"v":1,"completed":"all"}']) {
        localStorage.setItem(`${storagePrefix}course:old`, stored);
        const info = sinon.stub(console, 'info');
        try {
          const el = await course(html`<mhm-course persist course-id="old"></mhm-course>`);
          expect(el.progress.completed).to.deep.equal([]);
          expect(textOf(part(el, '[part~="notice"]'))).to.contain('could not be read');
          expect(info.calledWithMatch(/stored progress was ignored/)).to.equal(true);
          el.remove();
        } finally {
          info.restore();
        }
      }
    });

    it('stores nothing, and tells the author, with persist but no course-id', async () => {
      const el = await quietFixture<MhmCourse>(html`<mhm-course persist></mhm-course>`);
      await settle(el);
      await completeLesson(el, activity(el, 'what-is-mental-health'));
      expect(textOf(part(el, '[part~="author-error"]'))).to.contain('course-id');
      expect(Object.keys(localStorage).filter((key) => key.startsWith(storagePrefix))).to.deep.equal([]);
    });

    it('stores nothing without persist', async () => {
      const el = await course(html`<mhm-course course-id="nothing"></mhm-course>`);
      await completeLesson(el, activity(el, 'what-is-mental-health'));
      expect(Object.keys(localStorage).filter((key) => key.startsWith(storagePrefix))).to.deep.equal([]);
    });

    for (const kind of ['quota', 'security', 'missing', 'read'] as const) {
      it(`keeps progress in the page when storage fails (${kind})`, async () => {
        await withBrokenStorage(kind, async () => {
          // Its own course-id: what a failing device kept in page memory stays there for the next test.
          const el = await course(html`<mhm-course persist course-id=${`broken-${kind}`}></mhm-course>`);
          await completeLesson(el, activity(el, 'what-is-mental-health'));
          expect(el.progress.completed).to.deep.equal(['what-is-mental-health']);
          if (kind !== 'read') {
            expect(textOf(part(el, '[part~="notice"]'))).to.contain('cannot be saved');
          }
        });
      });
    }
  });

  describe('restoreProgress()', () => {
    it('marks known activities complete, ignores unknown ids, and fires only mhm-progress', async () => {
      // Arrange
      const el = await course(authorCourse());
      const progress = recordEvents(el, 'mhm-progress');
      const completions = recordEvents(el, 'mhm-course-complete');
      const childEvents = recordEvents(el, 'mhm-complete');

      // Act
      el.restoreProgress({ completed: ['check', 'nope', 'intro', 'think', 'reasons'], current: 'think' });
      await settle(el);

      // Assert
      expect(el.progress).to.deep.equal({ completed: ['intro', 'think', 'reasons', 'check'], total: 4, percent: 100, current: 'think' });
      expect(progress.map((event) => event.detail.completedIds)).to.deep.equal([['intro', 'think', 'reasons', 'check']]);
      expect(completions).to.have.length(0);
      expect(childEvents).to.have.length(0);
      expect(child<MhmLessonCard>(el, 'intro').completed).to.equal(true);
      expect(child<MhmReflectionPrompt>(el, 'think').completed).to.equal(true);

      // A lesson taken back and marked again after a restored completion is no new completion.
      await completeLesson(el, child(el, 'intro'));
      await completeLesson(el, child(el, 'intro'));
      expect(completions).to.have.length(0);
    });

    it('waits for the built-in course when called right after creation', async () => {
      const el = document.createElement('mhm-course');
      el.restoreProgress({ completed: ['five-reasons', 'what-is-mental-health'] });
      const progress = oneEvent(el, 'mhm-progress');
      document.body.append(el);
      try {
        expect((await progress).detail.completedIds).to.deep.equal(['what-is-mental-health', 'five-reasons']);
        await settle(el);
        expect(activity<MhmLessonCard>(el, 'what-is-mental-health').completed).to.equal(true);
      } finally {
        el.remove();
      }
    });

    it('refuses what is not progress, without throwing', async () => {
      const el = await course(authorCourse());
      const warn = sinon.stub(console, 'warn');
      try {
        el.restoreProgress(null as never);
        el.restoreProgress({ completed: 'intro' } as never);
        el.restoreProgress({ completed: [3, 'intro'] } as never);
      } finally {
        warn.restore();
      }
      expect(el.progress.completed).to.deep.equal(['intro']);
      expect(warn.callCount).to.equal(2);
    });
  });

  describe('Start over', () => {
    it('asks in place, and Cancel or Escape keeps everything', async () => {
      const el = await course();
      await completeLesson(el, activity(el, 'what-is-mental-health'));
      button(el, 'start-over-button').click();
      await settle(el);
      const group = part(el, '[part~="confirm"]');
      expect(group.getAttribute('role')).to.equal('group');
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 'cancel-button'));
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 'start-over-button'));
      expect(el.progress.completed).to.have.length(1);
    });

    it('clears progress and storage but keeps reflections unless the learner ticks the box', async () => {
      // Arrange
      const el = await course(html`<mhm-course persist course-id="again"></mhm-course>`);
      const reflection = activity<MhmReflectionPrompt>(el, 'mhm-course/return-identity');
      await completeLesson(el, activity(el, 'what-is-mental-health'));
      await completeReflection(el, reflection, 'kept');
      const progress = recordEvents(el, 'mhm-progress');

      // Act
      button(el, 'start-over-button').click();
      await settle(el);
      button(el, 'confirm-button').click();
      await settle(el);

      // Assert
      expect(el.progress.completed).to.deep.equal([]);
      expect(progress.map((event) => event.detail.completed)).to.deep.equal([0]);
      expect(localStorage.getItem(`${storagePrefix}course:again`)).to.equal(null);
      expect(activity<MhmLessonCard>(el, 'what-is-mental-health').completed).to.equal(false);
      expect(reflection.completed).to.equal(false);
      expect(part<HTMLTextAreaElement>(reflection, 'textarea').value).to.equal('kept');
      expect(el.shadowRoot!.activeElement).to.equal(part(el, '#heading'));
      expect(textOf(part(el, '[role="status"]'))).to.contain('cleared');
    });

    it('deletes the reflections when the learner ticks "Also delete my reflections"', async () => {
      const el = await course();
      const reflection = activity<MhmReflectionPrompt>(el, 'mhm-course/return-identity');
      await completeReflection(el, reflection, 'private');
      button(el, 'start-over-button').click();
      await settle(el);
      part<HTMLInputElement>(el, '#clear-reflections').click();
      button(el, 'confirm-button').click();
      await settle(el);
      expect(part<HTMLTextAreaElement>(reflection, 'textarea').value).to.equal('');
    });

    it('lets the course be completed, and the event fire, again', async () => {
      const el = await course(authorCourse());
      el.restoreProgress({ completed: ['intro', 'think', 'check'] });
      await settle(el);
      button(child(el, 'reasons'), 'next-button').click();
      await settle(el);
      expect(el.progress.percent).to.equal(100);
      el.startOver();
      await settle(el);
      const completions = recordEvents(el, 'mhm-course-complete');
      el.restoreProgress({ completed: ['intro', 'think', 'check'] });
      button(child(el, 'reasons'), 'next-button').click();
      await settle(el);
      expect(completions).to.have.length(1);
    });
  });
});
