import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/components/five-reasons/five-reasons.js';
import type { MhmFiveReasons } from '../../src/components/five-reasons/five-reasons.component.js';
import { emulateMediaFeatures, part, textOf } from '../support/helpers.js';
import { tabs, seenSlides, focused, button, recordChanges, centre } from '../harness/five-reasons.js';
import { custom } from './fixtures.js';

describe('<mhm-five-reasons>', () => {
  describe('autoplay', () => {
    let clock: sinon.SinonFakeTimers;
    const rotating = html`<button id="before">Before</button>
      <mhm-five-reasons autoplay="5">
        <mhm-slide heading="One"><p>1</p></mhm-slide>
        <mhm-slide heading="Two"><p>2</p></mhm-slide>
        <mhm-slide heading="Three"><p>3</p></mhm-slide>
      </mhm-five-reasons>`;

    beforeEach(() => {
      clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    });

    afterEach(async () => {
      clock.restore();
      await resetMouse();
      await emulateMediaFeatures({});
    });

    async function rotatingFixture(): Promise<MhmFiveReasons> {
      const wrapper = await fixture(html`<div>${rotating}</div>`);
      return wrapper.querySelector<MhmFiveReasons>('mhm-five-reasons')!;
    }

    it('is off by default: no rotation button, nothing moves, slides announced politely', async () => {
      const el = await fixture<MhmFiveReasons>(custom);
      clock.tick(60_000);
      await el.updateComplete;
      expect(el.index).to.equal(0);
      expect(el.shadowRoot!.querySelector('[part="rotation-button"]')).to.be.null;
      expect(part(el, '[part="slides"]').getAttribute('aria-live')).to.equal('polite');
    });

    it('rotates every `autoplay` seconds, wrapping after the last even without `loop`, and says "autoplay"', async () => {
      const el = await rotatingFixture();
      const changes = recordChanges(el);
      clock.tick(4_999);
      expect(el.index).to.equal(0);
      clock.tick(1);
      await el.updateComplete;
      expect(seenSlides(el)).to.deep.equal([1]);
      clock.tick(10_000);
      await el.updateComplete;
      expect(changes.map((change) => [change.index, change.reason])).to.deep.equal([
        [1, 'autoplay'],
        [2, 'autoplay'],
        [0, 'autoplay'],
      ]);
    });

    it('puts a rotation button first, labelled to stop, and turns the live region off while rotating', async () => {
      const el = await rotatingFixture();
      const rotation = button(el, 'rotation-button');
      expect(textOf(rotation)).to.equal('Stop automatic slide show');
      expect(rotation.hasAttribute('aria-pressed')).to.be.false;
      expect(part(el, '[part="slides"]').getAttribute('aria-live')).to.equal('off');
      document.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal('rotation-button');
    });

    it('stops for good when keyboard focus enters, and stays stopped after focus leaves', async () => {
      const el = await rotatingFixture();
      document.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(textOf(button(el, 'rotation-button'))).to.equal('Start automatic slide show');
      expect(part(el, '[part="slides"]').getAttribute('aria-live')).to.equal('polite');
      clock.tick(20_000);
      expect(el.index).to.equal(0);

      document.querySelector<HTMLButtonElement>('#before')!.focus();
      await el.updateComplete;
      clock.tick(20_000);
      await el.updateComplete;
      expect(el.index).to.equal(0);
      expect(textOf(button(el, 'rotation-button'))).to.equal('Start automatic slide show');
    });

    it('pauses while the mouse hovers, and carries on when it leaves', async () => {
      const el = await rotatingFixture();
      await sendMouse({ type: 'move', position: centre(part(el, '[part="slides"]')) });
      clock.tick(20_000);
      expect(el.index).to.equal(0);
      expect(textOf(button(el, 'rotation-button'))).to.equal('Stop automatic slide show');
      await sendMouse({ type: 'move', position: [0, 0] });
      clock.tick(5_000);
      expect(el.index).to.equal(1);
    });

    it('the rotation button stops it, and only the rotation button starts it again', async () => {
      const el = await rotatingFixture();
      const rotation = button(el, 'rotation-button');
      rotation.click();
      await el.updateComplete;
      expect(textOf(rotation)).to.equal('Start automatic slide show');
      clock.tick(20_000);
      expect(el.index).to.equal(0);
      rotation.click();
      await el.updateComplete;
      expect(textOf(rotation)).to.equal('Stop automatic slide show');
      expect(part(el, '[part="slides"]').getAttribute('aria-live')).to.equal('off');
      clock.tick(5_000);
      expect(el.index).to.equal(1);
    });

    it('stops when the learner navigates', async () => {
      const el = await rotatingFixture();
      tabs(el)[2].click();
      await el.updateComplete;
      clock.tick(20_000);
      expect(el.index).to.equal(2);
      expect(textOf(button(el, 'rotation-button'))).to.equal('Start automatic slide show');
    });

    it('starts stopped under prefers-reduced-motion: reduce', async () => {
      await emulateMediaFeatures({ 'prefers-reduced-motion': 'reduce' });
      const el = await rotatingFixture();
      expect(textOf(button(el, 'rotation-button'))).to.equal('Start automatic slide show');
      expect(part(el, '[part="slides"]').getAttribute('aria-live')).to.equal('polite');
      clock.tick(20_000);
      expect(el.index).to.equal(0);
    });

    it('takes 10 seconds per slide for a bare `autoplay`', async () => {
      const el = await fixture<MhmFiveReasons>(html`<mhm-five-reasons autoplay>
        <mhm-slide heading="One"><p>1</p></mhm-slide><mhm-slide heading="Two"><p>2</p></mhm-slide>
      </mhm-five-reasons>`);
      clock.tick(9_999);
      expect(el.index).to.equal(0);
      clock.tick(1);
      expect(el.index).to.equal(1);
    });

    it('rotates the built-in slides once they are loaded', async () => {
      const el = await fixture<MhmFiveReasons>(html`<mhm-five-reasons autoplay="4"></mhm-five-reasons>`);
      await el.updateComplete;
      clock.tick(4_000);
      expect(el.index).to.equal(1);
    });

    it('does not rotate in list view, and stops when the learner switches views', async () => {
      const el = await rotatingFixture();
      button(el, 'view-toggle').click();
      await el.updateComplete;
      clock.tick(20_000);
      expect(el.index).to.equal(0);
      expect(el.shadowRoot!.querySelector('[part="rotation-button"]')).to.be.null;
      button(el, 'view-toggle').click();
      await el.updateComplete;
      clock.tick(20_000);
      expect(el.index).to.equal(0);
    });

    it('stops its timer when removed from the page, and carries on where it is moved', async () => {
      const el = await rotatingFixture();
      el.remove();
      expect(clock.countTimers()).to.equal(0);
      const target = await fixture(html`<section></section>`);
      target.append(el);
      clock.tick(5_000);
      expect(el.index).to.equal(1);
    });
  });
});
