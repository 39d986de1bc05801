import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/course/course.js';
import type { MhmCourse } from '../../src/components/course/course.js';
import { emulateMediaFeatures, part } from '../support/helpers.js';
import { activity, builtInIds, courseHooks, settle } from '../harness/course.js';

/** A partner's page as the README shows it: the course first in a padded column, the page's font. */
async function courseOnPhone(lang: string): Promise<MhmCourse> {
  await setViewport({ width: 360, height: 640 });
  const page = await fixture<HTMLElement>(html`<main style="padding: 1rem; font: 16px/1.5 system-ui, sans-serif">
    <mhm-course lang=${lang}></mhm-course>
  </main>`);
  const el = page.querySelector('mhm-course')!;
  await settle(el);
  return el;
}

/** The text of the marker a summary shows before its words (its ::before), or '' for none. */
function markerOf(summary: Element): string {
  const { content, display } = getComputedStyle(summary, '::before');
  return display === 'none' || content === 'none' || content === 'normal' ? '' : content;
}

describe('<mhm-course> at 360 px', () => {
  courseHooks();

  for (const lang of ['en', 'fr', 'ar']) {
    it(`leaves room for the first lesson: its heading and the start of its text are on the first screen (${lang})`, async () => {
      const el = await courseOnPhone(lang);

      const lesson = activity(el, builtInIds[0]);
      const heading = part(lesson, '[part~="heading"]').getBoundingClientRect();
      const firstLine = lesson.querySelector('p')!.getBoundingClientRect().top + 24;
      expect(scrollY).to.equal(0);
      expect(heading.bottom, 'the lesson heading').to.be.at.most(640);
      expect(firstLine, 'the first line of the lesson').to.be.at.most(640);
    });
  }

  describe('the disclosures in the header', () => {
    for (const [name, selector] of [
      ['Activities in this course', '[part~="activities-summary"]'],
      ['Need to talk to someone?', '[part~="help-summary"]'],
    ]) {
      it(`shows "${name}" with a disclosure triangle that turns when it opens, in forced colours too`, async () => {
        const el = await courseOnPhone('en');
        const summary = part(el, selector);

        expect(markerOf(summary), 'closed').to.match(/▶/);
        summary.click();
        await el.updateComplete;
        expect(markerOf(summary), 'open').to.match(/▼/);

        await emulateMediaFeatures({ 'forced-colors': 'active' });
        expect(markerOf(summary), 'forced colours').to.match(/▼/);
        expect(getComputedStyle(summary, '::before').color).not.to.equal('rgba(0, 0, 0, 0)');
      });
    }

    it('points the closed triangle towards the text in Arabic, right to left', async () => {
      const el = await courseOnPhone('ar');

      expect(markerOf(part(el, '[part~="activities-summary"]'))).to.match(/◀/);
    });
  });
});
