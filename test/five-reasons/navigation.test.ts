import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/five-reasons/five-reasons.js';
import type { MhmFiveReasons } from '../../src/components/five-reasons/five-reasons.component.js';
import { isShown } from '../support/helpers.js';
import { inside, tabs, seenSlides, focused, shownText, button, recordChanges } from '../harness/five-reasons.js';
import { custom } from './fixtures.js';

describe('<mhm-five-reasons>', () => {
  describe('navigation', () => {
    it('Next and Previous move one slide and say "button"; focus stays on the button', async () => {
      const el = await fixture<MhmFiveReasons>(custom);
      const changes = recordChanges(el);
      const next = button(el, 'next-button');
      next.focus();
      next.click();
      await el.updateComplete;
      expect(shownText(el)).to.equal('Attitudes | Fewer stigmas. Read more');
      expect(seenSlides(el)).to.deep.equal([1]);
      expect(focused(el)).to.equal('next-button');
      button(el, 'previous-button').click();
      await el.updateComplete;
      expect(el.index).to.equal(0);
      expect(changes).to.deep.equal([
        { id: 'reasons', index: 1, previousIndex: 0, reason: 'button' },
        { id: 'reasons', index: 0, previousIndex: 1, reason: 'button' },
      ]);
    });

    it('the event bubbles out of the shadow root to the page', async () => {
      const el = await fixture<MhmFiveReasons>(custom);
      const changed = oneEvent(document, 'mhm-slide-change');
      button(el, 'next-button').click();
      const event = await changed;
      expect(event.bubbles && event.composed).to.be.true;
    });

    it('a picker tab shows its slide and says "picker"', async () => {
      const el = await fixture<MhmFiveReasons>(custom);
      const changes = recordChanges(el);
      tabs(el)[2].click();
      await el.updateComplete;
      expect(shownText(el)).to.equal('Acceptance | Understanding one another.');
      expect(tabs(el).map((tab) => tab.getAttribute('aria-selected'))).to.deep.equal(['false', 'false', 'true']);
      expect(changes).to.deep.equal([{ id: 'reasons', index: 2, previousIndex: 0, reason: 'picker' }]);
    });

    it('the picker is one tab stop (roving tabindex) that arrow keys, Home and End move along, wrapping, saying "keyboard"', async () => {
      const el = await fixture<MhmFiveReasons>(custom);
      const changes = recordChanges(el);
      expect(tabs(el).map((tab) => tab.tabIndex)).to.deep.equal([0, -1, -1]);
      tabs(el)[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(focused(el)).to.equal('tab-1');
      expect(tabs(el).map((tab) => tab.tabIndex)).to.deep.equal([-1, 0, -1]);
      expect(seenSlides(el)).to.deep.equal([1]);
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(focused(el)).to.equal('tab-2');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.index).to.equal(0);
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(el.index).to.equal(2);
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(focused(el)).to.equal('tab-0');
      expect(changes.map((change) => [change.index, change.reason])).to.deep.equal([
        [1, 'keyboard'],
        [2, 'keyboard'],
        [0, 'keyboard'],
        [2, 'keyboard'],
        [0, 'keyboard'],
      ]);
    });

    it('Tab goes from the picker to the Next button, not through every tab', async () => {
      const el = await fixture<MhmFiveReasons>(custom);
      tabs(el)[0].focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal('next-button');
    });

    it('mirrors the arrow keys right to left: ArrowLeft is next', async () => {
      const el = await inside(html`<div lang="ar"><mhm-five-reasons></mhm-five-reasons></div>`);
      tabs(el)[0].focus();
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(el.index).to.equal(1);
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.index).to.equal(0);
      const next = getComputedStyle(button(el, 'next-button').querySelector('svg')!).transform;
      expect(next).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    });

    it('next(), previous() and goTo() say "api"; goTo clamps and ignores the slide already shown', async () => {
      const el = await fixture<MhmFiveReasons>(custom);
      const changes = recordChanges(el);
      el.next();
      el.goTo(99);
      el.previous();
      el.goTo(1);
      el.goTo(Number.NaN);
      await el.updateComplete;
      expect(el.index).to.equal(1);
      expect(seenSlides(el)).to.deep.equal([1]);
      expect(changes.map((change) => [change.index, change.previousIndex, change.reason])).to.deep.equal([
        [1, 0, 'api'],
        [2, 1, 'api'],
        [1, 2, 'api'],
      ]);
    });

    it('fires nothing on first render, nor when an author sets `start`', async () => {
      let fired = 0;
      document.addEventListener('mhm-slide-change', () => (fired += 1), { once: true });
      const el = await fixture<MhmFiveReasons>(html`<mhm-five-reasons start="1">
        <mhm-slide heading="One"><p>1</p></mhm-slide>
        <mhm-slide heading="Two"><p>2</p></mhm-slide>
        <mhm-slide heading="Three"><p>3</p></mhm-slide>
      </mhm-five-reasons>`);
      expect(el.index).to.equal(1);
      el.start = 2;
      await el.updateComplete;
      expect(el.index).to.equal(2);
      expect(fired).to.equal(0);
    });

    describe('at the ends', () => {
      it('without `loop`, disables Previous on the first slide and Next on the last, keeping them shown and focusable', async () => {
        const el = await fixture<MhmFiveReasons>(custom);
        const changes = recordChanges(el);
        const previous = button(el, 'previous-button');
        const next = button(el, 'next-button');
        expect(previous.getAttribute('aria-disabled')).to.equal('true');
        expect(next.getAttribute('aria-disabled')).to.equal('false');
        previous.click();
        await el.updateComplete;
        expect(el.index).to.equal(0);

        next.focus();
        await sendKeys({ press: 'Enter' });
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(el.index).to.equal(2);
        expect(next.getAttribute('aria-disabled')).to.equal('true');
        expect(isShown(next) && isShown(previous)).to.be.true;
        expect(focused(el)).to.equal('next-button');
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(el.index).to.equal(2);
        expect(changes).to.have.length(2);
      });

      it('with `loop`, Next on the last slide shows the first and Previous on the first the last', async () => {
        const el = await fixture<MhmFiveReasons>(html`<mhm-five-reasons loop>
          <mhm-slide heading="One"><p>1</p></mhm-slide>
          <mhm-slide heading="Two"><p>2</p></mhm-slide>
        </mhm-five-reasons>`);
        const changes = recordChanges(el);
        expect(button(el, 'previous-button').getAttribute('aria-disabled')).to.equal('false');
        button(el, 'previous-button').click();
        await el.updateComplete;
        expect(el.index).to.equal(1);
        expect(button(el, 'next-button').getAttribute('aria-disabled')).to.equal('false');
        button(el, 'next-button').click();
        await el.updateComplete;
        expect(el.index).to.equal(0);
        expect(changes.map((change) => change.index)).to.deep.equal([1, 0]);
      });

      it('disables both buttons when there is one slide', async () => {
        const el = await fixture<MhmFiveReasons>(html`<mhm-five-reasons loop><mhm-slide heading="Only"><p>1</p></mhm-slide></mhm-five-reasons>`);
        expect(button(el, 'previous-button').getAttribute('aria-disabled')).to.equal('true');
        expect(button(el, 'next-button').getAttribute('aria-disabled')).to.equal('true');
      });
    });
  });
});
