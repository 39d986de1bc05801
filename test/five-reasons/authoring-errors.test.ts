import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import sinon from 'sinon';
import '../../src/components/five-reasons/five-reasons.js';
import type { MhmFiveReasons } from '../../src/components/five-reasons/five-reasons.component.js';
import { captureWarnings, isShown, part, quietFixture, textOf } from '../support/helpers.js';
import { carousel, slides, tabs } from '../harness/five-reasons.js';

describe('<mhm-five-reasons>', () => {
  describe('bad input', () => {
    const three = html`<mhm-slide heading="One"><p>1</p></mhm-slide><mhm-slide heading="Two"><p>2</p></mhm-slide><mhm-slide heading="Three"><p>3</p></mhm-slide>`;
    const cases: Array<[string, TemplateResult, RegExp, number]> = [
      ['start="9"', html`<mhm-five-reasons start="9">${three}</mhm-five-reasons>`, /start: got "9"\. Use a whole number from 0 to 2 \(0 is the first slide\)\. Using start="2" meanwhile\./, 2],
      ['start="-1"', html`<mhm-five-reasons start="-1">${three}</mhm-five-reasons>`, /start: got "-1"\. Use a whole number from 0 to 2.*Using start="0"/, 0],
      ['start="second"', html`<mhm-five-reasons start="second">${three}</mhm-five-reasons>`, /start: got "second"\. Use a whole number from 0 to 2.*Showing the first slide meanwhile\./, 0],
      ['start="1.5"', html`<mhm-five-reasons start="1.5">${three}</mhm-five-reasons>`, /start: got "1\.5"\. Use a whole number/, 2],
      ['autoplay="1"', html`<mhm-five-reasons autoplay="1">${three}</mhm-five-reasons>`, /autoplay: got "1"\. Learners need at least 3 seconds per slide: using 3\./, 0],
      ['autoplay="fast"', html`<mhm-five-reasons autoplay="fast">${three}</mhm-five-reasons>`, /autoplay: got "fast"\. Use a number of seconds.*Using 10 meanwhile\./, 0],
      ['heading-level="9"', html`<mhm-five-reasons heading="H" heading-level="9">${three}</mhm-five-reasons>`, /heading-level: got "9"\. Use a whole number from 2 to 6/, 0],
      ['a child that is not a slide, beside slides', html`<mhm-five-reasons>${three}<p>Stray</p></mhm-five-reasons>`, /children: got "<p>"\. Only <mhm-slide> children are shown/, 0],
    ];

    for (const [name, template, message, index] of cases) {
      it(`shows ${name} in place and logs it once, and carries on safely`, async () => {
        let el!: MhmFiveReasons;
        const warnings = await captureWarnings(async () => {
          el = await fixture<MhmFiveReasons>(template);
          el.requestUpdate();
          await el.updateComplete;
        });
        const box = part(el, '[part="author-error"]');
        expect(isShown(box)).to.be.true;
        expect(textOf(box)).to.contain('This content is not set up correctly');
        expect(textOf(box)).to.match(message);
        expect(warnings.filter((warning) => message.test(warning))).to.have.length(1);
        expect(el.index).to.equal(index);
        expect(el.slideCount).to.equal(3);
      });
    }

    it('raises autoplay="1" to 3 seconds', async () => {
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      try {
        const el = await quietFixture<MhmFiveReasons>(html`<mhm-five-reasons autoplay="1">${three}</mhm-five-reasons>`);
        clock.tick(2_999);
        expect(el.index).to.equal(0);
        clock.tick(1);
        expect(el.index).to.equal(1);
      } finally {
        clock.restore();
      }
    });

    it('shows no slide, and not the built-in set, when children exist but none is an <mhm-slide>', async () => {
      let el!: MhmFiveReasons;
      const warnings = await captureWarnings(async () => {
        el = await carousel(html`<mhm-five-reasons><p>Reason one</p><p>Reason two</p></mhm-five-reasons>`);
      });
      expect(textOf(part(el, '[part="author-error"]'))).to.match(
        /children: got "<p>"\. Put each slide in <mhm-slide heading="…">…<\/mhm-slide>, or leave the element empty for the built-in five reasons\./,
      );
      expect(warnings).to.have.length(1);
      expect(el.slideCount).to.equal(0);
      expect(el.shadowRoot!.querySelector('[part="heading"], [part="slides"], [part="controls"]')).to.be.null;
    });

    it('names bare text children in the message', async () => {
      const el = await quietFixture<MhmFiveReasons>(html`<mhm-five-reasons>Five reasons to talk</mhm-five-reasons>`);
      expect(textOf(part(el, '[part="author-error"]'))).to.contain('children: got "Five reasons to talk"');
    });

    it('clears the message once the author fixes the children', async () => {
      const el = await quietFixture<MhmFiveReasons>(html`<mhm-five-reasons><p>Reason one</p></mhm-five-reasons>`);
      const slide = document.createElement('mhm-slide');
      slide.setAttribute('heading', 'Reason one');
      el.querySelector('p')!.replaceWith(slide);
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="author-error"]')).to.be.null;
      expect(el.slideCount).to.equal(1);
    });

    it('shows a slide without a heading with a message inside it, labelled by its position alone', async () => {
      const el = await quietFixture<MhmFiveReasons>(html`<mhm-five-reasons>
        <mhm-slide><p>No title</p></mhm-slide><mhm-slide heading="Two"><p>2</p></mhm-slide>
      </mhm-five-reasons>`);
      const slide = el.querySelector('mhm-slide')!;
      await slide.updateComplete;
      expect(textOf(part(slide, '[part="author-error"]'))).to.match(/<mhm-slide> heading: got nothing\. Give the slide a title/);
      expect(slides(el)[0].getAttribute('aria-label')).to.equal('1 of 2');
      expect(tabs(el)[0].getAttribute('aria-label')).to.equal('Slide 1');
    });

    it('renders HTML in every attribute as text', async () => {
      const payload = '<img src=x onerror="window.__pwned=1">';
      const el = document.createElement('mhm-five-reasons');
      const slide = document.createElement('mhm-slide');
      slide.setAttribute('heading', payload);
      el.append(slide);
      for (const name of ['heading', 'heading-level', 'start', 'autoplay', 'lang']) {
        el.setAttribute(name, payload);
      }
      await captureWarnings(async () => {
        document.body.append(el);
        await el.updateComplete;
      });
      try {
        expect(textOf(part(el, '[part="heading"]'))).to.equal(payload);
        expect(textOf(part(el, '[part="slide-heading"]'))).to.equal(payload);
        expect(el.shadowRoot!.querySelectorAll('img, [onerror]')).to.have.length(0);
        expect((window as { __pwned?: number }).__pwned).to.be.undefined;
      } finally {
        el.remove();
      }
    });
  });
});
