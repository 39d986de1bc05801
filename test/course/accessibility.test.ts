import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/course/course.js';
import type { MhmCourse } from '../../src/components/course/course.js';
import { emulateMediaFeatures, part, quietFixture, textOf } from '../support/helpers.js';
import { axeWcag22, transitionsDone } from '../support/story-checks.js';
import { builtInIds, settle, course, activity, completeLesson, everything, finishAnimations, child, textPairs, courseHooks } from '../harness/course.js';
import { backgroundOf, contrast, flatParent, parseColor } from '../support/contrast.js';
import { authorCourse } from './fixtures.js';

describe('<mhm-course>', () => {
  courseHooks();

  describe('themes', () => {
    it('sets the colour scheme of every component inside from `theme`', async () => {
      const el = await course(html`<mhm-course theme="dark"></mhm-course>`);
      expect(getComputedStyle(activity(el, 'what-is-mental-health')).colorScheme).to.equal('dark');
      el.theme = 'light';
      await settle(el);
      expect(getComputedStyle(activity(el, 'what-is-mental-health')).colorScheme).to.equal('light');
    });

    it('follows the device without `theme`', async () => {
      await emulateMediaFeatures({ 'prefers-color-scheme': 'dark' });
      const el = await course();
      const surface = getComputedStyle(part(el, '[part~="header"]')).backgroundColor;
      el.theme = 'light';
      await settle(el);
      expect(getComputedStyle(part(el, '[part~="header"]')).backgroundColor).not.to.equal(surface);
    });

    for (const theme of ['light', 'dark'] as const) {
      it(`shows the page, not a band of its own, between activities and under the header (${theme})`, async () => {
        // Arrange: a page colour no component uses.
        document.body.style.background = 'rgb(1, 2, 3)';
        try {
          const el = await course(html`<mhm-course theme=${theme}></mhm-course>`);
          const header = part(el, '[part~="header"]');
          const [first, second] = builtInIds.slice(0, 2).map((id) => activity(el, id));

          // Act: what is painted halfway across each gap.
          const paintedBetween = (above: Element, below: Element) => {
            window.scrollBy(0, above.getBoundingClientRect().bottom - innerHeight / 2);
            const top = above.getBoundingClientRect().bottom;
            const { left, width, top: bottom } = below.getBoundingClientRect();
            return { space: bottom - top, colour: backgroundOf(el.shadowRoot!.elementFromPoint(left + width / 2, (top + bottom) / 2)!) };
          };
          const underHeader = paintedBetween(header, first);
          const betweenCards = paintedBetween(first, second);

          // Assert
          expect(betweenCards.colour).to.deep.equal([1, 2, 3, 1]);
          expect(underHeader.colour).to.deep.equal([1, 2, 3, 1]);
          expect(underHeader.space).to.equal(betweenCards.space);
        } finally {
          document.body.style.background = '';
        }
      });
    }

    it('leaves the author’s own text between activities in the page’s colour, whatever the theme', async () => {
      document.body.style.color = 'rgb(10, 20, 30)';
      try {
        const el = await course(html`<mhm-course theme="dark" heading="Workshop"><p>Read each part.</p>
          <mhm-lesson-card id="intro" heading="Why we meet"><p>We talk.</p></mhm-lesson-card></mhm-course>`);
        expect(getComputedStyle(el.querySelector('p')!).color).to.equal('rgb(10, 20, 30)');
        expect(getComputedStyle(part(el, '[part~="heading"]')).color).to.equal('rgb(237, 241, 242)');
      } finally {
        document.body.style.color = '';
      }
    });

    it('tells the author about an unknown theme', async () => {
      const el = await quietFixture<MhmCourse>(html`<mhm-course theme="blue"></mhm-course>`);
      await settle(el);
      expect(textOf(part(el, '[part~="author-error"]'))).to.contain('theme="light"');
    });

    for (const theme of ['light', 'dark'] as const) {
      it(`gives every text at least 4.5:1 contrast on its background (${theme})`, async () => {
        // Arrange: every state that shows text: list open, an activity done, a reflection written.
        const el = await course(html`<mhm-course theme=${theme}></mhm-course>`);
        part(el, '[part~="activities-summary"]').click();
        await completeLesson(el, activity(el, 'what-is-mental-health'));
        el.restoreProgress({ completed: builtInIds });
        await settle(el);

        // Act
        const pairs = textPairs(el);

        // Assert
        expect(pairs.length).to.be.greaterThan(50);
        expect(pairs.filter((pair) => pair.ratio < 4.5).map((pair) => `${pair.ratio.toFixed(2)} ${pair.where}`)).to.deep.equal([]);
      });

      it(`gives every text field's edge at least 3:1 contrast on its background (${theme}, WCAG 1.4.11)`, async () => {
        const el = await course(html`<mhm-course theme=${theme}></mhm-course>`);
        finishAnimations(el);
        const fields = everything(el).filter((element) => element.localName === 'textarea');
        expect(fields.length).to.be.greaterThan(0);
        for (const field of fields) {
          const edge = parseColor(getComputedStyle(field).borderInlineStartColor);
          const around = backgroundOf(flatParent(field)!);
          expect(contrast(edge, around), field.id).to.be.at.least(3);
        }
      });
    }

    it('keeps every control visible in forced-colours mode', async () => {
      const el = await course();
      await completeLesson(el, activity(el, 'what-is-mental-health'));
      part(el, '[part~="activities-summary"]').click();
      await emulateMediaFeatures({ 'forced-colors': 'active' });
      const buttons = [...el.shadowRoot!.querySelectorAll('button')];
      expect(buttons.length).to.be.greaterThan(5);
      for (const control of buttons) {
        const style = getComputedStyle(control);
        expect(style.borderStyle, control.outerHTML).to.equal('solid');
        expect(parseFloat(style.borderTopWidth), control.outerHTML).to.be.greaterThan(0);
        expect(style.color).not.to.equal(style.backgroundColor);
      }
    });
  });

  describe('accessibility', () => {
    it('has no axe violation, before and after completion', async () => {
      const el = await course();
      await expect(el).to.be.accessible();
      expect(await axeWcag22(el)).to.deep.equal([]);
      part(el, '[part~="activities-summary"]').click();
      el.restoreProgress({ completed: builtInIds });
      await settle(el);
      await expect(el).to.be.accessible();
      expect(await axeWcag22(el)).to.deep.equal([]);
    });

    it('has no axe violation in an author’s course, in the dark', async () => {
      const el = await course(authorCourse());
      // Colours are read at rest: no transition between the two schemes.
      await emulateMediaFeatures({ 'prefers-reduced-motion': 'reduce' });
      el.theme = 'dark';
      await completeLesson(el, child(el, 'intro'));
      // Colours change with a short transition: read them once it has ended.
      await transitionsDone();
      await expect(el).to.be.accessible();
      expect(await axeWcag22(el)).to.deep.equal([]);
    });

    it('fits a 320 px phone', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await course();
      part(el, '[part~="activities-summary"]').click();
      await settle(el);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });
  });
});
