import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/lesson-card/lesson-card.js';
import type { MhmLessonCard } from '../../src/components/lesson-card/lesson-card.component.js';
import { part, textOf } from '../support/helpers.js';
import { lesson } from './fixtures.js';
import { completeButton, markComplete } from '../harness/lesson-card.js';

describe('<mhm-lesson-card>', () => {
  describe('marking complete', () => {
    it('toggles completed, reflects it, shows a badge and tells the page with mhm-complete', async () => {
      const el = await fixture<MhmLessonCard>(lesson);
      const toggle = completeButton(el);
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');

      const done = oneEvent(el, 'mhm-complete');
      toggle.click();
      const event = await done;
      await elementUpdated(el);
      expect(event.detail).to.deep.equal({ activity: 'lesson', id: 'lesson-1', completed: true });
      expect(event.bubbles && event.composed).to.be.true;
      expect(el.hasAttribute('completed')).to.be.true;
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(textOf(part(el, '[part="completed-badge"]'))).to.equal('✓ Completed');

      // Taking it back is deliberate: the press asks in place, and "Yes" undoes (the harness answers).
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
      expect(completeButton(el).getAttribute('aria-pressed')).to.equal('false');
    });

    it('is operated from the keyboard with Enter and Space, and shows where focus is', async () => {
      const el = await fixture<MhmLessonCard>(lesson);
      const toggle = completeButton(el);
      toggle.focus();
      expect(getComputedStyle(toggle).outlineStyle).to.equal('solid');
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      expect(el.completed).to.be.true;
      await sendKeys({ press: 'Space' });
      await elementUpdated(el);
      // Space on a completed lesson asks "Mark this lesson as not complete?" with focus on "No"; Yes is just before it.
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      expect(el.completed).to.be.false;
    });

    it('keeps the toggle label constant, as the ARIA toggle-button pattern asks', async () => {
      const el = await fixture<MhmLessonCard>(lesson);
      const toggle = completeButton(el);
      const before = textOf(toggle);
      toggle.click();
      await elementUpdated(el);
      expect(before).to.equal('Mark as complete');
      expect(textOf(toggle)).to.equal(before);
    });
  });
});
