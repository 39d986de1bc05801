import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import sinon from 'sinon';
import '../../src/components/five-reasons/five-reasons.js';
import { AutoplayController, readAutoplay } from '../../src/components/five-reasons/autoplay-controller.js';
import type { MhmFiveReasons } from '../../src/components/five-reasons/five-reasons.component.js';
import { SeenController } from '../../src/components/five-reasons/seen-controller.js';
import { pickerTarget, readStart } from '../../src/components/five-reasons/slides.js';
import { SwipeController } from '../../src/components/five-reasons/swipe-controller.js';
import { emulateMediaFeatures } from '../support/helpers.js';

/** A bare host for the carousel's controllers: three slides, a list view of them, nothing else. */
class ControllerHost extends LitElement {
  slides = 3;
  listed = false;
  rtl = false;
  readonly advanced: number[] = [];
  readonly swipes: number[] = [];
  readonly completions: number[] = [];
  readonly rotation = new AutoplayController(this, {
    canRotate: () => this.slides > 1,
    advance: () => this.advanced.push(this.advanced.length + 1),
  });
  readonly swipe = new SwipeController(this, { rtl: () => this.rtl, swiped: (delta) => this.swipes.push(delta) });
  readonly seen = new SeenController(this, { slideCount: () => this.slides, completed: (viewed) => this.completions.push(viewed) });

  override render(): TemplateResult {
    return this.listed
      ? html`<ol class="list">${[...Array(this.slides).keys()].map((index) => html`<li class="slide">${index + 1}</li>`)}</ol>`
      : html`<p>Carousel</p>`;
  }
}
customElements.define('test-five-reasons-controllers', ControllerHost);

function pointer(type: string, clientX: number, clientY = 0, init: PointerEventInit = {}): PointerEvent {
  return new PointerEvent(type, { pointerId: 1, isPrimary: true, button: 0, clientX, clientY, ...init });
}

describe('five reasons controllers', () => {
  describe('readAutoplay', () => {
    it('reads off, the default, seconds, too few seconds and nonsense', () => {
      expect(readAutoplay(false)).to.deep.equal({ interval: 0 });
      expect(readAutoplay(true)).to.deep.equal({ interval: 10 });
      expect(readAutoplay(8)).to.deep.equal({ interval: 8 });
      expect(readAutoplay(1)).to.deep.equal({ interval: 3, fix: 'Learners need at least 3 seconds per slide: using 3.' });
      expect(readAutoplay(Number.NaN).interval).to.equal(10);
      expect(readAutoplay(Number.NaN).fix).to.match(/^Use a number of seconds, e\.g\. autoplay="8"/);
    });
  });

  describe('AutoplayController', () => {
    let clock: sinon.SinonFakeTimers;

    beforeEach(() => {
      clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    });

    afterEach(async () => {
      clock.restore();
      await emulateMediaFeatures({});
    });

    it('starts no timer before the host is in the page, starts one on connect and clears it on disconnect', async () => {
      const host = document.createElement('test-five-reasons-controllers') as ControllerHost;
      host.rotation.configure(5);
      expect(clock.countTimers()).to.equal(0);
      document.body.append(host);
      expect(clock.countTimers()).to.equal(1);
      clock.tick(5_000);
      expect(host.advanced).to.deep.equal([1]);
      host.remove();
      expect(clock.countTimers()).to.equal(0);
    });

    it('pauses while a mouse hovers, not for a finger, and stops for good when asked', async () => {
      const host = await fixture<ControllerHost>(html`<test-five-reasons-controllers></test-five-reasons-controllers>`);
      host.rotation.configure(5);
      await host.updateComplete;
      host.rotation.handlePointerHover(new PointerEvent('pointerenter', { pointerType: 'touch' }));
      expect(clock.countTimers()).to.equal(1);
      host.rotation.handlePointerHover(new PointerEvent('pointerenter', { pointerType: 'mouse' }));
      expect(clock.countTimers()).to.equal(0);
      host.rotation.handlePointerHover(new PointerEvent('pointerleave', { pointerType: 'mouse' }));
      expect(clock.countTimers()).to.equal(1);
      host.rotation.stop();
      expect(host.rotation.rotating).to.be.false;
      expect(clock.countTimers()).to.equal(0);
      host.rotation.handleButtonClick();
      await host.updateComplete;
      expect(host.rotation.rotating).to.be.true;
      expect(clock.countTimers()).to.equal(1);
    });

    it('does not rotate one slide', async () => {
      const host = await fixture<ControllerHost>(html`<test-five-reasons-controllers .slides=${1}></test-five-reasons-controllers>`);
      host.rotation.configure(5);
      await host.updateComplete;
      expect(host.rotation.rotating).to.be.true;
      expect(clock.countTimers()).to.equal(0);
    });

    it('starts stopped when the learner asks for reduced motion', async () => {
      await emulateMediaFeatures({ 'prefers-reduced-motion': 'reduce' });
      const host = await fixture<ControllerHost>(html`<test-five-reasons-controllers></test-five-reasons-controllers>`);
      host.rotation.configure(5);
      await host.updateComplete;
      expect(host.rotation.rotating).to.be.false;
      clock.tick(60_000);
      expect(host.advanced).to.deep.equal([]);
    });
  });

  describe('SwipeController', () => {
    it('counts a sideways drag of 40 px towards the start as next, mirrored right to left', () => {
      const host = document.createElement('test-five-reasons-controllers') as ControllerHost;
      host.swipe.handlePointerDown(pointer('pointerdown', 200));
      host.swipe.handlePointerUp(pointer('pointerup', 150));
      host.swipe.handlePointerDown(pointer('pointerdown', 150));
      host.swipe.handlePointerUp(pointer('pointerup', 200));
      host.rtl = true;
      host.swipe.handlePointerDown(pointer('pointerdown', 150));
      host.swipe.handlePointerUp(pointer('pointerup', 200));
      expect(host.swipes).to.deep.equal([1, -1, 1]);
    });

    it('ignores short, mostly vertical, cancelled and secondary drags', () => {
      const host = document.createElement('test-five-reasons-controllers') as ControllerHost;
      host.swipe.handlePointerDown(pointer('pointerdown', 200));
      host.swipe.handlePointerUp(pointer('pointerup', 170));
      host.swipe.handlePointerDown(pointer('pointerdown', 200, 0));
      host.swipe.handlePointerUp(pointer('pointerup', 140, 100));
      host.swipe.handlePointerDown(pointer('pointerdown', 200));
      host.swipe.handlePointerCancel();
      host.swipe.handlePointerUp(pointer('pointerup', 100));
      host.swipe.handlePointerDown(pointer('pointerdown', 200, 0, { button: 2 }));
      host.swipe.handlePointerUp(pointer('pointerup', 100));
      expect(host.swipes).to.deep.equal([]);
    });

    it('drops the mouse click that ends a swipe, never a keyboard click', () => {
      const host = document.createElement('test-five-reasons-controllers') as ControllerHost;
      host.swipe.handlePointerDown(pointer('pointerdown', 200));
      host.swipe.handlePointerUp(pointer('pointerup', 100));
      const keyboardClick = new MouseEvent('click', { cancelable: true, detail: 0 });
      host.swipe.handleClick.handleEvent(keyboardClick);
      expect(keyboardClick.defaultPrevented).to.be.false;
      host.swipe.handlePointerDown(pointer('pointerdown', 200));
      host.swipe.handlePointerUp(pointer('pointerup', 100));
      const mouseClick = new MouseEvent('click', { cancelable: true, detail: 1 });
      host.swipe.handleClick.handleEvent(mouseClick);
      expect(mouseClick.defaultPrevented).to.be.true;
    });
  });

  describe('SeenController', () => {
    it('completes once every slide is seen, and again after reset()', () => {
      const host = document.createElement('test-five-reasons-controllers') as ControllerHost;
      host.seen.keep(0);
      host.seen.see([1]);
      host.seen.see([1]);
      expect(host.completions).to.deep.equal([]);
      host.seen.see([2]);
      host.seen.see([0, 1, 2]);
      expect(host.completions).to.deep.equal([3]);
      host.seen.reset(0);
      host.seen.see([1, 2]);
      expect(host.completions).to.deep.equal([3, 3]);
    });

    it('forgets slides that are gone', () => {
      const host = document.createElement('test-five-reasons-controllers') as ControllerHost;
      host.seen.see([0, 1]);
      host.slides = 1;
      host.seen.keep();
      host.slides = 3;
      host.seen.see([2]);
      expect(host.completions).to.deep.equal([]);
    });

    it('watches the list only when the list view renders in the page, never before', async () => {
      const observer = sinon.spy(window, 'IntersectionObserver');
      try {
        const host = document.createElement('test-five-reasons-controllers') as ControllerHost;
        host.listed = true;
        expect(observer).to.not.have.been.called;
        document.body.append(host);
        await host.updateComplete;
        expect(observer).to.have.been.calledOnce;
        host.remove();
        const carousel = await fixture<ControllerHost>(html`<test-five-reasons-controllers></test-five-reasons-controllers>`);
        await carousel.updateComplete;
        expect(observer).to.have.been.calledOnce;
      } finally {
        observer.restore();
      }
    });
  });

  describe('slides', () => {
    it('readStart keeps a slide there is and explains any other', () => {
      expect(readStart(1, 3)).to.deep.equal({ index: 1 });
      expect(readStart(9, 3)).to.deep.equal({ index: 2, fix: 'Use a whole number from 0 to 2 (0 is the first slide). Using start="2" meanwhile.' });
      expect(readStart(Number.NaN, 3).index).to.equal(0);
    });

    it('pickerTarget moves along the tabs, wrapping, mirrored right to left, and leaves other keys alone', () => {
      const key = (name: string, init: KeyboardEventInit = {}) => new KeyboardEvent('keydown', { key: name, ...init });
      expect(pickerTarget(key('ArrowRight'), 2, 3, false)).to.equal(0);
      expect(pickerTarget(key('ArrowRight'), 0, 3, true)).to.equal(2);
      expect(pickerTarget(key('End'), 0, 3, false)).to.equal(2);
      expect(pickerTarget(key('Home'), 2, 3, false)).to.equal(0);
      expect(pickerTarget(key('ArrowLeft', { altKey: true }), 1, 3, false)).to.be.undefined;
      expect(pickerTarget(key('Enter'), 1, 3, false)).to.be.undefined;
    });
  });

  describe('<mhm-five-reasons> created but never attached', () => {
    it('creates no observer and no timer', () => {
      const mutation = sinon.spy(window, 'MutationObserver');
      const intersection = sinon.spy(window, 'IntersectionObserver');
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout'] });
      try {
        const el = document.createElement('mhm-five-reasons') as MhmFiveReasons;
        el.autoplay = 5;
        el.showAll = true;
        expect(mutation).to.not.have.been.called;
        expect(intersection).to.not.have.been.called;
        expect(clock.countTimers()).to.equal(0);
      } finally {
        clock.restore();
        mutation.restore();
        intersection.restore();
      }
    });
  });
});
