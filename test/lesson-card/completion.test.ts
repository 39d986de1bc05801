import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/lesson-card/lesson-card.js';
import type { MhmLessonCard } from '../../src/components/lesson-card/lesson-card.component.js';
import { part, textOf } from '../support/helpers.js';
import { lesson } from './fixtures.js';
import { completeButton, completeStatus, markComplete, undoButton } from '../harness/lesson-card.js';

describe('<mhm-lesson-card>', () => {
  describe('marking complete', () => {
    it('marks completed, reflects it, shows a badge and tells the page with mhm-complete', async () => {
      const el = await fixture<MhmLessonCard>(lesson);
      const toggle = completeButton(el);
      expect(toggle.hasAttribute('aria-pressed')).to.be.false;

      const done = oneEvent(el, 'mhm-complete');
      toggle.click();
      const event = await done;
      await elementUpdated(el);
      expect(event.detail).to.deep.equal({ activity: 'lesson', id: 'lesson-1', completed: true });
      expect(event.bubbles && event.composed).to.be.true;
      expect(el.hasAttribute('completed')).to.be.true;
      expect(textOf(completeStatus(el))).to.equal('✓ Completed');
      expect(textOf(part(el, '[part="completed-badge"]'))).to.equal('✓ Completed');

      // Taking it back is deliberate: "Mark as not complete" (the harness presses it).
      const undone = oneEvent(el, 'mhm-complete');
      await markComplete(el);
      expect((await undone).detail.completed).to.be.false;
      await elementUpdated(el);
      expect(el.hasAttribute('completed')).to.be.false;
      expect(el.shadowRoot!.querySelector('[part="completed-badge"]')).to.be.null;
    });

    it('does not fire mhm-complete when an author or script sets completed', async () => {
      const el = await fixture<MhmLessonCard>(html`<mhm-lesson-card heading="Lesson" completed></mhm-lesson-card>`);
      let fired = 0;
      el.addEventListener('mhm-complete', () => (fired += 1));
      el.completed = false;
      await elementUpdated(el);
      expect(fired).to.equal(0);
      expect(textOf(completeButton(el))).to.equal('Mark as complete');
      expect(completeStatus(el)).to.be.null;
    });

    it('is operated from the keyboard with Enter and Space, and shows where focus is', async () => {
      const el = await fixture<MhmLessonCard>(lesson);
      const toggle = completeButton(el);
      toggle.focus();
      expect(getComputedStyle(toggle).outlineStyle).to.equal('solid');
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      expect(el.completed).to.be.true;
      // Focus is on the status now; "Mark as not complete" is the next stop.
      await sendKeys({ press: 'Tab' });
      expect(getComputedStyle(undoButton(el)).outlineStyle).to.equal('solid');
      await sendKeys({ press: 'Space' });
      await elementUpdated(el);
      expect(el.completed).to.be.false;
    });

    it('says "✓ Completed" and offers "Mark as not complete" once pressed, instead of the instruction "Mark as complete"', async () => {
      const el = await fixture<MhmLessonCard>(lesson);
      const toggle = completeButton(el);
      const before = textOf(toggle);
      toggle.click();
      await elementUpdated(el);
      expect(before).to.equal('Mark as complete');
      expect(textOf(part(el, '[part~="footer"]'))).to.not.contain('Mark as complete');
      expect(textOf(completeStatus(el))).to.equal('✓ Completed');
      expect(textOf(undoButton(el))).to.equal('Mark as not complete');
    });
  });
});
