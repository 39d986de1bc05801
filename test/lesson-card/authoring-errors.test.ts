import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import '../../src/components/lesson-card/lesson-card.js';
import type { MhmLessonCard } from '../../src/components/lesson-card/lesson-card.component.js';
import { captureWarnings, isShown, part, quietFixture, textOf } from '../support/helpers.js';
import { completeButton } from '../harness/lesson-card.js';

describe('<mhm-lesson-card>', () => {
  describe('bad input', () => {
    const cases: Array<[string, ReturnType<typeof html>, RegExp]> = [
      ['duration="abc"', html`<mhm-lesson-card heading="L" duration="abc"></mhm-lesson-card>`, /duration: got "abc"\. Use the number of minutes/],
      ['heading-level="9"', html`<mhm-lesson-card heading="L" heading-level="9"></mhm-lesson-card>`, /heading-level: got "9"\. Use a whole number from 2 to 6/],
      ['a missing heading', html`<mhm-lesson-card></mhm-lesson-card>`, /heading: got "". Give the lesson a title/],
      ['href="javascript:alert(1)"', html`<mhm-lesson-card heading="L" href="javascript:alert(1)"></mhm-lesson-card>`, /href: got "javascript:alert\(1\)"\. It is not used because the "javascript:" scheme is not allowed/],
      ['image-src="data:…"', html`<mhm-lesson-card heading="L" image-src="data:image/svg+xml,<svg/>" image-alt="x"></mhm-lesson-card>`, /image-src: got "data:image\/svg\+xml,<svg\/>"\. It is not used because the "data:" scheme/],
      ['an image without image-alt', html`<mhm-lesson-card heading="L" image-src="/test/fixtures/meeting.svg"></mhm-lesson-card>`, /image-alt: got nothing\. Describe the image/],
    ];

    for (const [name, template, message] of cases) {
      it(`shows ${name} in place and logs it once, without throwing`, async () => {
        let el!: MhmLessonCard;
        const warnings = await captureWarnings(async () => {
          el = await fixture<MhmLessonCard>(template);
          el.requestUpdate();
          await elementUpdated(el);
        });
        const box = part(el, '[part="author-error"]');
        expect(isShown(box)).to.be.true;
        expect(textOf(box)).to.contain('This content is not set up correctly');
        expect(textOf(box)).to.match(message);
        expect(warnings.filter((w) => message.test(w))).to.have.length(1);
        expect(warnings[0]).to.match(/^<mhm-lesson-card> /);
        expect(completeButton(el)).to.exist;
      });
    }

    it('falls back to safe values: level 3, no duration, no link, no image', async () => {
      const el = await quietFixture<MhmLessonCard>(html`<mhm-lesson-card heading="L" heading-level="9" duration="-2"
        href=" JaVaScRiPt:alert(1)" image-src="java&#9;script:alert(1)" image-alt=""></mhm-lesson-card>`);
      expect(part(el, '[part="heading"]').getAttribute('aria-level')).to.equal('3');
      expect(el.shadowRoot!.querySelector('[part="meta"]')).to.be.null;
      expect(el.shadowRoot!.querySelector('a')).to.be.null;
      expect(el.shadowRoot!.querySelector('img')).to.be.null;
    });

    it('clears the message once the author fixes the value', async () => {
      const el = await quietFixture<MhmLessonCard>(html`<mhm-lesson-card heading="L" heading-level="9"></mhm-lesson-card>`);
      el.setAttribute('heading-level', '4');
      await elementUpdated(el);
      expect(el.shadowRoot!.querySelector('[part="author-error"]')).to.be.null;
      expect(part(el, '[part="heading"]').getAttribute('aria-level')).to.equal('4');
    });

    it('renders an HTML payload in every attribute as text', async () => {
      const payload = '<img src=x onerror="window.__pwned=1">';
      const el = document.createElement('mhm-lesson-card');
      for (const name of ['heading', 'eyebrow', 'heading-level', 'duration', 'image-alt', 'href', 'lang']) {
        el.setAttribute(name, payload);
      }
      await captureWarnings(async () => {
        document.body.append(el);
        await elementUpdated(el);
      });
      expect(textOf(part(el, '[part="heading"]'))).to.equal(payload);
      expect(textOf(part(el, '[part="eyebrow"]'))).to.equal(payload);
      expect(el.shadowRoot!.querySelectorAll('img[onerror], [onerror]')).to.have.length(0);
      expect((window as { __pwned?: number }).__pwned).to.be.undefined;
      el.remove();
    });

    it('a heading of only spaces is an author error, and no empty heading is rendered', async () => {
      let el!: MhmLessonCard;
      const warnings = await captureWarnings(async () => {
        el = await fixture<MhmLessonCard>(html`<mhm-lesson-card heading="   "><p>Body</p></mhm-lesson-card>`);
      });
      expect(textOf(part(el, '[part="author-error"]'))).to.match(/heading: got " "\. Give the lesson a title/);
      expect(warnings).to.have.length(1);
      expect(el.shadowRoot!.querySelector('[part="heading"]') === null, 'an empty heading is rendered').to.be.true;
      expect(part(el, '[part="base"]').hasAttribute('aria-labelledby')).to.be.false;
    });
  });
});
