import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/five-reasons/five-reasons.js';
import type { MhmFiveReasons } from '../../src/components/five-reasons/five-reasons.component.js';
import { fiveReasonsContent } from '../../src/content/five-reasons/load.js';
import { heldSource, offlineSource } from '../support/content-source.js';
import { emulateMediaFeatures, isShown, part, recordLayoutShift, textOf } from '../support/helpers.js';
import { carousel, seenSlides } from '../harness/five-reasons.js';

describe('<mhm-five-reasons>', () => {
  describe('with no children: the built-in five reasons', () => {
    describe('while the text loads', () => {
      afterEach(async () => {
        await emulateMediaFeatures({});
        await setViewport({ width: 800, height: 600 });
      });

      /** The carousel followed by the page's own text; the built-in text arrives when the test says. */
      async function loadingCarousel(): Promise<{ el: MhmFiveReasons; arrive: () => void }> {
        const { source, arrive } = heldSource(fiveReasonsContent);
        // The wrapper is the fixture (`fixture()` on the carousel would wait for its text), in a font
        // of Arial's width, like most phones' and desktops'.
        const wrapper = await fixture(html`<div style="font-family: Arial, sans-serif">
          <mhm-five-reasons .contentSource=${source}></mhm-five-reasons>
          <p>The page goes on.</p>
        </div>`);
        const el = wrapper.querySelector<MhmFiveReasons>('mhm-five-reasons')!;
        await nextFrame();
        return { el, arrive };
      }

      for (const [width, height] of [
        [360, 640],
        [1280, 800],
      ] as const) {
        it(`keeps the room the slides will take at ${width} px, so nothing moves when they come`, async () => {
          await setViewport({ width, height });
          const { el, arrive } = await loadingCarousel();
          const loadingHeight = el.getBoundingClientRect().height;
          const shift = recordLayoutShift();

          await arrive();
          await el.updateComplete;

          expect(el.slideCount).to.equal(5);
          // Less than a line of the heading (27.5 px): before, 254 -> 523 px at 360 px wide.
          expect(Math.abs(el.getBoundingClientRect().height - loadingHeight)).to.be.below(27);
          expect(await shift()).to.be.below(0.02);
        });
      }

      it('is accessible while loading, and its placeholder pulses only when the learner allows motion', async () => {
        await emulateMediaFeatures({ 'prefers-reduced-motion': 'no-preference' });
        const { el, arrive } = await loadingCarousel();
        await expect(el).to.be.accessible();
        expect(el.shadowRoot!.getAnimations()).to.not.be.empty;
        // The toolbar it keeps room for can be neither seen, nor reached, nor heard yet.
        expect(part(el, '[part="toolbar"]').checkVisibility({ visibilityProperty: true })).to.be.false;

        await emulateMediaFeatures({ 'prefers-reduced-motion': 'reduce' });
        expect(el.shadowRoot!.getAnimations()).to.be.empty;
        await arrive();
        await el.updateComplete;
        expect(isShown(part(el, '[part="toolbar"]'))).to.be.true;
      });

      it('shows a "Loading…" status in the space the slides will take, then the slides', async () => {
        const { source, arrive } = heldSource(fiveReasonsContent);
        // Not `fixture()`: it awaits `updateComplete`, which waits for the text.
        const el = document.createElement('mhm-five-reasons');
        el.contentSource = source;
        document.body.append(el);
        await nextFrame();
        const loading = part(el, '[part="slides"]');
        // Not aria-busy, which some screen readers take as a reason to skip the message inside.
        expect(loading.hasAttribute('aria-busy')).to.be.false;
        expect(loading.getAttribute('aria-live')).to.equal('polite');
        expect(textOf(part(el, '[part="status"]'))).to.equal('Loading…');
        expect(loading.getBoundingClientRect().height).to.be.at.least(160);
        expect(el.slideCount).to.equal(0);

        arrive();
        await el.updateComplete;
        try {
          expect(el.shadowRoot!.querySelector('[part="status"]')).to.be.null;
          expect(el.slideCount).to.equal(5);
          expect(seenSlides(el)).to.deep.equal([0]);
        } finally {
          el.remove();
        }
      });

      it('tells the learner when the text cannot be downloaded, without controls that do nothing', async () => {
        const el = await carousel(html`<mhm-five-reasons .contentSource=${offlineSource(fiveReasonsContent)}></mhm-five-reasons>`);
        expect(textOf(part(el, '[part="status"]'))).to.equal(
          'The slides could not be loaded. Check your connection and reload the page.',
        );
        expect(el.shadowRoot!.querySelector('[part="controls"]')).to.be.null;
        expect(isShown(part(el, '[part="toolbar"]'))).to.be.false;
      });
    });
  });
});
