import { expect } from '@open-wc/testing';
import '../../src/components/course/course.js';
import { settle, course, activity, completeLesson, courseHooks } from '../harness/course.js';

describe('<mhm-course>', () => {
  courseHooks();

  describe('lifecycle', () => {
    it('works when created but never attached', () => {
      const el = document.createElement('mhm-course');
      expect(el.progress).to.deep.equal({ completed: [], total: 0, percent: 0, current: null });
      expect(el.activities).to.deep.equal([]);
      el.restoreProgress({ completed: ['x'] });
      el.startOver();
    });

    it('lists an author’s children before it is attached', () => {
      const el = document.createElement('mhm-course');
      el.innerHTML = '<mhm-lesson-card id="a" heading="A"></mhm-lesson-card>';
      el.restoreProgress({ completed: ['a'] });
      expect(el.progress.completed).to.deep.equal(['a']);
    });

    it('survives being removed at once', async () => {
      const el = document.createElement('mhm-course');
      document.body.append(el);
      el.remove();
      await el.updateComplete;
      expect(el.progress.total).to.equal(0);
    });

    it('keeps progress and keeps counting when moved', async () => {
      const el = await course();
      await completeLesson(el, activity(el, 'what-is-mental-health'));
      const other = document.createElement('div');
      document.body.append(other);
      try {
        other.append(el);
        await settle(el);
        await completeLesson(el, activity(el, 'migration-and-well-being'));
        expect(el.progress.completed).to.deep.equal(['what-is-mental-health', 'migration-and-well-being']);
      } finally {
        other.remove();
      }
    });
  });
});
