import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/course/course.js';
import type { MhmCourse } from '../../src/components/course/course.js';
import { courseContent } from '../../src/content/course/index.js';
import { heldSource, offlineSource } from '../support/content-source.js';
import { emulateMediaFeatures, isShown, part, quietFixture, recordLayoutShift, textOf } from '../support/helpers.js';
import { builtInIds, settle, button, courseHooks } from '../harness/course.js';

describe('<mhm-course>', () => {
  courseHooks();

  describe('while the built-in course loads', () => {
    /** The course followed by the page's own text; the course text arrives when the test says. */
    async function loadingCourse(): Promise<{ el: MhmCourse; arrive: () => void }> {
      const { source, arrive } = heldSource(courseContent);
      // The wrapper is the fixture (`fixture()` on the course would wait for its text), in a font
      // of Arial's width, like most phones' and desktops'.
      const wrapper = await fixture(html`<div style="font-family: Arial, sans-serif">
        <mhm-course .contentSource=${source}></mhm-course>
        <p>The page goes on.</p>
      </div>`);
      await nextFrame();
      return { el: wrapper.querySelector('mhm-course')!, arrive };
    }

    for (const [width, height] of [
      [360, 640],
      [1280, 800],
    ] as const) {
      it(`keeps the room the course will take at ${width} px, so nothing moves when it comes`, async () => {
        await setViewport({ width, height });
        const { el, arrive } = await loadingCourse();
        const header = part(el, '[part~="header"]');
        const loadingHeight = header.getBoundingClientRect().height;
        // The page after the course is out of sight while it loads, as it will be once loaded.
        expect(el.getBoundingClientRect().bottom).to.be.at.least(innerHeight);
        const shift = recordLayoutShift();

        await arrive();
        await settle(el);

        expect(el.activities).to.have.length(builtInIds.length);
        // Less than two lines of the title (60 px): before, the header grew by over 300 px at 360 px.
        expect(Math.abs(header.getBoundingClientRect().height - loadingHeight)).to.be.below(60);
        expect(await shift()).to.be.below(0.02);
      });
    }

    it('says it is loading, as a status, is accessible, and pulses only when the learner allows motion', async () => {
      await emulateMediaFeatures({ 'prefers-reduced-motion': 'no-preference' });
      const { el, arrive } = await loadingCourse();
      const message = part(el, '[part~="message"]');
      expect(textOf(message)).to.equal('Loading the course…');
      expect(message.getAttribute('role')).to.equal('status');
      expect(isShown(message)).to.be.true;
      await expect(el).to.be.accessible();
      expect(el.shadowRoot!.getAnimations()).to.not.be.empty;

      await emulateMediaFeatures({ 'prefers-reduced-motion': 'reduce' });
      expect(el.shadowRoot!.getAnimations()).to.be.empty;
      await arrive();
      await settle(el);
      expect(el.shadowRoot!.querySelector('[part~="message"]')).to.equal(null);
    });

    it('tells the learner when the course cannot be downloaded, and tries again on request', async () => {
      // Offline for the first download only: the retry finds the connection back.
      const el = await quietFixture<MhmCourse>(html`<mhm-course .contentSource=${offlineSource(courseContent, 1)}></mhm-course>`);
      expect(textOf(part(el, '[part~="message"]'))).to.equal('The course could not be loaded. Check your connection and try again.');
      await expect(el).to.be.accessible();
      button(el, 'retry-button').click();
      await settle(el);
      expect(el.activities).to.have.length(builtInIds.length);
    });
  });
});
