import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/lesson-card/lesson-card.js';
import type { MhmLessonCard } from '../../src/components/lesson-card/lesson-card.component.js';
import { emulateMediaFeatures, part, quietFixture, textOf } from '../support/helpers.js';
import { lesson } from './fixtures.js';
import { completeButton, completeStatus } from '../harness/lesson-card.js';

describe('<mhm-lesson-card>', () => {
  describe('display preferences and sizes', () => {
    afterEach(async () => {
      await emulateMediaFeatures({});
      await setViewport({ width: 800, height: 600 });
    });

    it('keeps even space between the author’s paragraphs, whatever the page’s margins are', async () => {
      // Arrange: a partner page whose paragraphs have no margins of their own.
      const el = await fixture<MhmLessonCard>(html`<mhm-lesson-card heading="Spacing">
        <p style="margin: 0">First paragraph.</p>
        <p style="margin: 0">Second paragraph.</p>
      </mhm-lesson-card>`);
      const [first, second] = [...el.querySelectorAll('p')].map((paragraph) => paragraph.getBoundingClientRect());
      const fontSize = parseFloat(getComputedStyle(el).fontSize);

      // Assert: a medium space (1 rem by default) between them, as between every section of the card.
      expect(second.top - first.bottom).to.be.closeTo(fontSize, 1);
    });

    it('turns transitions off under prefers-reduced-motion', async () => {
      const el = await fixture<MhmLessonCard>(html`<mhm-lesson-card heading="L" collapsible></mhm-lesson-card>`);
      const chevron = part(el, '.chevron');
      expect(getComputedStyle(chevron).transitionDuration).to.not.equal('0s');
      await emulateMediaFeatures({ 'prefers-reduced-motion': 'reduce' });
      expect(getComputedStyle(chevron).transitionDuration).to.equal('0s');
    });

    it('follows the device colour scheme unless the page pins one', async () => {
      const el = await fixture<MhmLessonCard>(html`<mhm-lesson-card heading="L"></mhm-lesson-card>`);
      const base = part(el, '[part="base"]');
      const light = getComputedStyle(base).backgroundColor;
      await emulateMediaFeatures({ 'prefers-color-scheme': 'dark' });
      const dark = getComputedStyle(base).backgroundColor;
      expect(dark).to.not.equal(light);
      el.style.setProperty('--mhm-color-scheme', 'light');
      expect(getComputedStyle(base).backgroundColor).to.equal(light);
    });

    it('shows the completed state in forced colours by words, a check mark and a system-coloured border, not by author colours', async () => {
      const el = await fixture<MhmLessonCard>(html`<mhm-lesson-card heading="L" completed></mhm-lesson-card>`);
      await emulateMediaFeatures({ 'forced-colors': 'active', 'prefers-reduced-motion': 'reduce' });
      expect(matchMedia('(forced-colors: active)').matches).to.be.true;
      const status = completeStatus(el)!;
      expect(textOf(status)).to.equal('✓ Completed');
      expect(getComputedStyle(status).borderTopStyle).to.equal('solid');
      expect(getComputedStyle(status).borderTopColor).to.equal(getComputedStyle(status).color);
      el.completed = false;
      await elementUpdated(el);
      expect(completeStatus(el)).to.be.null;
      expect(textOf(completeButton(el))).to.equal('Mark as complete');
      expect(getComputedStyle(part(el, '[part="base"]')).borderStyle).to.equal('solid');
    });

    for (const width of [320, 1280]) {
      it(`fits a ${width} px wide viewport without horizontal scrolling, even with very long words`, async () => {
        await setViewport({ width, height: 800 });
        const el = await fixture<MhmLessonCard>(html`<mhm-lesson-card duration="12" eyebrow="Lesson 1"
          heading="Psychosocialwellbeingandreintegrationofreturnedmigrantsintheircommunitiesoforigin">
          <p>Averyveryverylongwordwithoutanyspacesthatacmsmightpasteinthemiddleofalessonbodyparagraph.</p>
        </mhm-lesson-card>`);
        expect(el.getBoundingClientRect().width).to.be.at.most(width);
        expect(el.shadowRoot!.querySelector('[part="base"]')!.scrollWidth).to.be.at.most(Math.ceil(el.getBoundingClientRect().width));
        expect(document.documentElement.scrollWidth).to.be.at.most(width);
      });
    }
  });

  describe('accessibility', () => {
    it('has no axe violations in its default state', async () => {
      const el = await fixture<MhmLessonCard>(lesson);
      await expect(el).to.be.accessible();
    });

    it('has no axe violations when completed, with image and link', async () => {
      const el = await fixture<MhmLessonCard>(html`<mhm-lesson-card heading="L" completed duration="3"
        image-src="/test/fixtures/meeting.svg" image-alt="A community meeting" href="https://example.org"><p>Body</p></mhm-lesson-card>`);
      await expect(el).to.be.accessible();
    });

    it('has no axe violations collapsed and expanded', async () => {
      const el = await fixture<MhmLessonCard>(html`<mhm-lesson-card heading="L" collapsible><p>Body</p></mhm-lesson-card>`);
      await expect(el).to.be.accessible();
      el.open = true;
      await elementUpdated(el);
      await expect(el).to.be.accessible();
    });

    it('has no axe violations (contrast included) in the dark colour scheme', async () => {
      const el = await fixture<MhmLessonCard>(lesson);
      await emulateMediaFeatures({ 'prefers-color-scheme': 'dark' });
      try {
        await expect(el).to.be.accessible();
        el.completed = true;
        await elementUpdated(el);
        await expect(el).to.be.accessible();
      } finally {
        await emulateMediaFeatures({});
      }
    });

    it('has no axe violations showing an author error, in Arabic', async () => {
      const el = await quietFixture<MhmLessonCard>(html`<mhm-lesson-card lang="ar" heading-level="9" duration="x"></mhm-lesson-card>`);
      await expect(el).to.be.accessible();
    });
  });
});
