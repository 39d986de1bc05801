import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/five-reasons/five-reasons.js';
import type { MhmFiveReasons } from '../../src/components/five-reasons/five-reasons.component.js';
import { carousel, inside, slides, button, painted, scrollToCentre, scrollToPeek, recordCompletions } from '../harness/five-reasons.js';
import { custom, onAPage, listOfFive } from './fixtures.js';

describe('<mhm-five-reasons>', () => {
  describe('completion', () => {
    it('fires mhm-complete once, when the last unseen slide is shown', async () => {
      const el = await fixture<MhmFiveReasons>(custom);
      const events: CustomEvent[] = [];
      el.addEventListener('mhm-complete', (event) => events.push(event));
      button(el, 'next-button').click();
      expect(events).to.have.length(0);
      const done = oneEvent(el, 'mhm-complete');
      button(el, 'next-button').click();
      const event = await done;
      expect(event.detail).to.deep.equal({ activity: 'carousel', id: 'reasons', completed: true, viewed: 3 });
      expect(event.bubbles && event.composed).to.be.true;
      el.goTo(0);
      el.goTo(2);
      await el.updateComplete;
      expect(events).to.have.length(1);
    });

    it('counts the first slide shown, whichever `start` makes it', async () => {
      const el = await fixture<MhmFiveReasons>(html`<mhm-five-reasons start="1">
        <mhm-slide heading="One"><p>1</p></mhm-slide><mhm-slide heading="Two"><p>2</p></mhm-slide>
      </mhm-five-reasons>`);
      const done = oneEvent(el, 'mhm-complete');
      button(el, 'previous-button').click();
      expect((await done).detail.viewed).to.equal(2);
    });

    it('fires when the learner views every slide as a list, not when an author sets show-all on slides off screen', async () => {
      let fired = 0;
      const count = () => (fired += 1);
      document.addEventListener('mhm-complete', count);
      try {
        await inside(onAPage(html`<mhm-five-reasons show-all></mhm-five-reasons>`));
        await painted();
        expect(fired).to.equal(0);
        const el = await carousel(html`<mhm-five-reasons></mhm-five-reasons>`);
        button(el, 'view-toggle').click();
        expect(fired).to.equal(1);
      } finally {
        document.removeEventListener('mhm-complete', count);
      }
    });
  });

  describe('completion in list view (`show-all`)', () => {
    // A 360 px phone: the list is much taller than the screen.
    beforeEach(async () => {
      await setViewport({ width: 360, height: 640 });
    });

    afterEach(async () => {
      window.scrollTo(0, 0);
      await setViewport({ width: 800, height: 600 });
    });

    it('fires mhm-complete once, when the learner has scrolled the last slide on screen, not before', async () => {
      // Arrange
      const el = await inside(listOfFive(400));
      const events = recordCompletions(el);
      await painted();

      // Act: each slide in turn in the middle of the screen, its neighbours peeking in.
      for (const slide of slides(el).slice(0, 4)) {
        await scrollToCentre(slide);
      }

      // Assert
      expect(events, 'four of five slides seen').to.have.length(0);
      await scrollToCentre(slides(el)[4]);
      expect(events).to.have.length(1);
      expect(events[0].detail).to.deep.equal({ activity: 'carousel', id: 'listed', completed: true, viewed: 5 });
      expect(events[0].bubbles && events[0].composed).to.be.true;
      for (const slide of slides(el).reverse()) {
        await scrollToCentre(slide);
      }
      expect(events, 'once per element').to.have.length(1);
    });

    it('does not count the first slide for being first: a learner who jumps past it has not seen it', async () => {
      const el = await inside(listOfFive(400));
      const events = recordCompletions(el);
      for (const slide of slides(el).slice(1).reverse()) {
        await scrollToCentre(slide);
      }
      expect(events).to.have.length(0);
      await scrollToCentre(slides(el)[0]);
      expect(events).to.have.length(1);
    });

    it('counts a slide taller than the screen once it fills half the screen, not for its first lines', async () => {
      // Arrange: slides two and a half screens tall can never be half on screen.
      const el = await inside(listOfFive(1600));
      const events = recordCompletions(el);
      for (const slide of slides(el).slice(0, 4)) {
        await scrollToCentre(slide);
      }
      const last = slides(el)[4];

      // Act and assert
      await scrollToPeek(last, 120);
      expect(events, 'the last slide’s first lines only').to.have.length(0);
      await scrollToPeek(last, 400);
      expect(events).to.have.length(1);
      expect(events[0].detail.viewed).to.equal(5);
    });

    it('completes the built-in five reasons read one after another on a phone', async () => {
      const el = await inside(onAPage(html`<mhm-five-reasons show-all></mhm-five-reasons>`));
      const events = recordCompletions(el);
      for (const slide of slides(el)) {
        await scrollToCentre(slide);
      }
      expect(events).to.have.length(1);
      expect(events[0].detail.viewed).to.equal(5);
    });

    it('counts nothing while the element is hidden, and the slides on screen once it is shown', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div hidden>
        <mhm-five-reasons show-all><mhm-slide heading="One"><p>1</p></mhm-slide><mhm-slide heading="Two"><p>2</p></mhm-slide></mhm-five-reasons>
      </div>`);
      const el = wrapper.querySelector<MhmFiveReasons>('mhm-five-reasons')!;
      const events = recordCompletions(el);
      await painted();
      expect(events).to.have.length(0);
      wrapper.hidden = false;
      await painted();
      expect(events).to.have.length(1);
    });

    it('counts nothing while removed from the page, and carries on counting where it is moved', async () => {
      // Arrange: two slides seen, then the element taken out of the page.
      const el = await inside(listOfFive(400));
      const events = recordCompletions(el);
      await scrollToCentre(slides(el)[0]);
      await scrollToCentre(slides(el)[1]);
      const parent = el.parentElement!;
      el.remove();
      await painted();
      expect(events).to.have.length(0);

      // Act: put back at the top of the page, then read down to the end.
      parent.prepend(el);
      await el.updateComplete;
      for (const slide of slides(el).slice(2)) {
        await scrollToCentre(slide);
      }

      // Assert
      expect(events).to.have.length(1);
    });

    it('after reset(), counts the slide on screen then and the others as they come, for a second mhm-complete', async () => {
      // Arrange: every slide read, the last one on screen.
      const el = await inside(listOfFive(400));
      const events = recordCompletions(el);
      for (const slide of slides(el)) {
        await scrollToCentre(slide);
      }

      // Act: start over, then read back up.
      el.reset();
      await el.updateComplete;
      await painted();
      for (const slide of slides(el).slice(1, 4).reverse()) {
        await scrollToCentre(slide);
      }

      // Assert
      expect(events, 'the first slide not seen again yet').to.have.length(1);
      await scrollToCentre(slides(el)[0]);
      expect(events).to.have.length(2);
    });
  });
});
