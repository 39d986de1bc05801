import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/five-reasons/five-reasons.js';
import type { MhmFiveReasons } from '../../src/components/five-reasons/five-reasons.component.js';
import { emulateMediaFeatures, part, quietFixture } from '../support/helpers.js';
import { carousel, inside, slides, tabs, settle } from '../harness/five-reasons.js';
import { custom } from './fixtures.js';

describe('<mhm-five-reasons>', () => {
  describe('display preferences and sizes', () => {
    afterEach(async () => {
      await emulateMediaFeatures({});
      await setViewport({ width: 800, height: 600 });
    });

    it('cross-fades slides, with no transition under prefers-reduced-motion', async () => {
      const el = await fixture<MhmFiveReasons>(custom);
      const slide = slides(el)[1];
      expect(getComputedStyle(slide).transitionDuration).to.not.match(/^0s(, 0s)*$/);
      await emulateMediaFeatures({ 'prefers-reduced-motion': 'reduce' });
      expect(getComputedStyle(slide).transitionDuration).to.match(/^0s(, 0s)*$/);
    });

    it('keeps the controls in place whatever the length of the slide shown', async () => {
      const el = await fixture<MhmFiveReasons>(html`<mhm-five-reasons>
        <mhm-slide heading="Short"><p>One line.</p></mhm-slide>
        <mhm-slide heading="Long"><p>${'A much longer slide body that wraps over several lines. '.repeat(8)}</p></mhm-slide>
      </mhm-five-reasons>`);
      const before = part(el, '[part="controls"]').getBoundingClientRect().top;
      el.next();
      await el.updateComplete;
      expect(part(el, '[part="controls"]').getBoundingClientRect().top).to.equal(before);
    });

    it('shows the shown slide in forced colours by system colours', async () => {
      const el = await fixture<MhmFiveReasons>(custom);
      await emulateMediaFeatures({ 'forced-colors': 'active', 'prefers-reduced-motion': 'reduce' });
      expect(matchMedia('(forced-colors: active)').matches).to.be.true;
      const selected = getComputedStyle(tabs(el)[0], '::before').backgroundColor;
      const other = getComputedStyle(tabs(el)[1], '::before').backgroundColor;
      expect(selected).to.not.equal(other);
      expect(getComputedStyle(part(el, '[part="base"]')).borderStyle).to.equal('solid');
    });

    it('gives every control a target of at least 24 by 24 px', async () => {
      const el = await fixture<MhmFiveReasons>(html`<mhm-five-reasons autoplay>
        <mhm-slide heading="One"><p>1</p></mhm-slide><mhm-slide heading="Two"><p>2</p></mhm-slide>
      </mhm-five-reasons>`);
      const controls = [...el.shadowRoot!.querySelectorAll('button')];
      expect(controls).to.have.length(6);
      for (const control of controls) {
        const box = control.getBoundingClientRect();
        expect(Math.min(box.width, box.height), control.getAttribute('part')!).to.be.at.least(24);
      }
    });

    for (const lang of ['en', 'ar']) {
      it(`fits a 320 px wide viewport without horizontal scrolling (lang="${lang}")`, async () => {
        await setViewport({ width: 320, height: 640 });
        const el = await inside(html`<div lang=${lang}><mhm-five-reasons autoplay></mhm-five-reasons></div>`);
        const width = el.getBoundingClientRect().width;
        expect(width).to.be.at.most(320);
        expect(part(el, '[part="base"]').scrollWidth).to.be.at.most(Math.ceil(width));
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
      });
    }
  });

  describe('accessibility', () => {
    it('has no axe violations on the first, a middle and the last slide', async () => {
      const el = await carousel(html`<mhm-five-reasons></mhm-five-reasons>`);
      await expect(el).to.be.accessible();
      el.goTo(2);
      await el.updateComplete;
      settle(el);
      await expect(el).to.be.accessible();
      el.goTo(4);
      await el.updateComplete;
      settle(el);
      await expect(el).to.be.accessible();
    });

    it('has no axe violations in list view', async () => {
      const el = await carousel(html`<mhm-five-reasons show-all></mhm-five-reasons>`);
      await expect(el).to.be.accessible();
    });

    it('has no axe violations with author slides, a link, and autoplay', async () => {
      const el = await fixture<MhmFiveReasons>(html`<mhm-five-reasons autoplay heading="Why it matters">
        <mhm-slide heading="Awareness"><p>Noticing. <a href="#x">More</a></p></mhm-slide>
        <mhm-slide heading="Attitudes"><p>Fewer stigmas.</p></mhm-slide>
      </mhm-five-reasons>`);
      await expect(el).to.be.accessible();
    });

    it('has no axe violations in Arabic, nor while loading, nor showing an author error', async () => {
      const arabic = await inside(html`<div lang="ar"><mhm-five-reasons></mhm-five-reasons></div>`);
      await expect(arabic).to.be.accessible();
      const loading = document.createElement('mhm-five-reasons');
      document.body.append(loading);
      try {
        await elementUpdated(loading);
        await expect(loading).to.be.accessible();
      } finally {
        loading.remove();
      }
      const mistaken = await quietFixture<MhmFiveReasons>(html`<mhm-five-reasons start="x" lang="de"></mhm-five-reasons>`);
      await mistaken.updateComplete;
      await expect(mistaken).to.be.accessible();
    });

    it('has no axe violations (contrast included) in the dark colour scheme', async () => {
      const el = await carousel(html`<mhm-five-reasons autoplay></mhm-five-reasons>`);
      await emulateMediaFeatures({ 'prefers-color-scheme': 'dark' });
      try {
        await expect(el).to.be.accessible();
        el.goTo(4);
        await el.updateComplete;
        settle(el);
        await expect(el).to.be.accessible();
      } finally {
        await emulateMediaFeatures({});
      }
    });
  });
});
