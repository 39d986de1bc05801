import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/components/five-reasons/five-reasons.js';
import type { MhmFiveReasons } from '../../src/components/five-reasons/five-reasons.component.js';
import { captureWarnings, isShown, part, quietFixture, textOf } from '../support/helpers.js';
import { carousel, inside, slides, tabs, seen, seenSlides, focused, shownText, button } from '../harness/five-reasons.js';
import { custom } from './fixtures.js';

describe('<mhm-five-reasons>', () => {
  describe('with no children: the built-in five reasons', () => {
    it('shows the five reasons in English as a labelled carousel, one slide at a time', async () => {
      const el = await carousel(html`<mhm-five-reasons></mhm-five-reasons>`);
      const base = part(el, '[part="base"]');
      const heading = part(el, '[part="heading"]');
      expect(textOf(heading)).to.equal('Five reasons to bring psychosocial topics into awareness raising');
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(heading.getAttribute('aria-level')).to.equal('3');
      expect(base.getAttribute('aria-roledescription')).to.equal('carousel');
      expect(base.getAttribute('aria-labelledby')).to.equal(heading.id);
      expect(el.slideCount).to.equal(5);
      expect(el.index).to.equal(0);
      expect(slides(el)).to.have.length(5);
      expect(seenSlides(el)).to.deep.equal([0]);
      expect(shownText(el)).to.equal(
        'Noticing what returnees live through inside | Talking about psychosocial topics helps a community notice what returnees may be feeling and thinking. Coming home can be bittersweet, and its emotional side is easy to overlook.',
      );
    });

    it('follows the WAI-ARIA carousel pattern: slide groups labelled "n of 5", hidden slides inert', async () => {
      const el = await carousel(html`<mhm-five-reasons></mhm-five-reasons>`);
      const [first, second] = slides(el);
      expect(first.getAttribute('role')).to.equal('group');
      expect(first.getAttribute('aria-roledescription')).to.equal('slide');
      expect(first.getAttribute('aria-label')).to.equal('1 of 5: Noticing what returnees live through inside');
      expect(second.getAttribute('aria-label')).to.equal('2 of 5: More inclusive, positive attitudes');
      expect(first.inert).to.be.false;
      expect(slides(el).slice(1).every((slide) => slide.inert)).to.be.true;
      expect(part(el, '[part="slide-heading"]').getAttribute('aria-level')).to.equal('4');
      const picker = part(el, '[role="tablist"]');
      expect(picker.getAttribute('aria-label')).to.equal('Choose a slide');
      expect(tabs(el).map((tab) => tab.getAttribute('aria-controls'))).to.deep.equal(slides(el).map((slide) => slide.id));
      expect(tabs(el)[1].getAttribute('aria-label')).to.equal('Slide 2: More inclusive, positive attitudes');
    });

    const localised: Array<[string, string, string, string]> = [
      ['fr', 'Cinq raisons d’intégrer les questions psychosociales à la sensibilisation', '1 sur 5\u00a0: Être attentif à ce que vivent intérieurement les personnes de retour', 'Diapositive suivante'],
      ['ar', 'خمسة أسباب لإدماج المواضيع النفسية والاجتماعية في أنشطة التوعية', '1 من 5: الانتباه لما يعيشه العائدون في داخلهم', 'الشريحة التالية'],
      ['pt-PT', 'Cinco razões para integrar os temas psicossociais na sensibilização', '1 de 5: Atenção ao que os retornados vivem por dentro', 'Diapositivo seguinte'],
      ['es-419', 'Cinco razones para integrar los temas psicosociales en la sensibilización', '1 de 5: Atención a lo que las personas retornadas viven por dentro', 'Diapositiva siguiente'],
    ];
    for (const [lang, heading, label, next] of localised) {
      it(`shows them in the page's language: lang="${lang}"`, async () => {
        const el = await inside(html`<div lang=${lang}><mhm-five-reasons></mhm-five-reasons></div>`);
        expect(textOf(part(el, '[part="heading"]'))).to.equal(heading);
        expect(slides(el)[0].getAttribute('aria-label')).to.equal(label);
        expect(button(el, 'next-button').getAttribute('aria-label')).to.equal(next);
        expect(el.slideCount).to.equal(5);
        expect(el.shadowRoot!.querySelector('[part="author-error"]')).to.be.null;
      });
    }

    it('reads right to left in Arabic, with the text marked as Arabic', async () => {
      const el = await inside(html`<div lang="ar"><mhm-five-reasons></mhm-five-reasons></div>`);
      expect(part(el, '[part="base"]').getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(part(el, '[part="slide-body"]')).direction).to.equal('rtl');
      expect(part(el, '[part="heading"]').getAttribute('lang')).to.equal('ar');
      expect(part(el, '[part="base"]').getAttribute('aria-roledescription')).to.equal('عرض شرائح');
      expect(slides(el)[0].getAttribute('aria-roledescription')).to.equal('شريحة');
    });

    it('falls back to English for a language it has no text in, marks the text as English and tells the author once', async () => {
      let el!: MhmFiveReasons;
      const warnings = await captureWarnings(async () => {
        el = await carousel(html`<mhm-five-reasons lang="de"></mhm-five-reasons>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(textOf(part(el, '[part="heading"]'))).to.equal('Five reasons to bring psychosocial topics into awareness raising');
      expect(part(el, '[part="heading"]').getAttribute('lang')).to.equal('en');
      expect(part(el, '[part="slide-body"]').getAttribute('lang')).to.equal('en');
      const message = /<mhm-five-reasons> lang: got "de"\. The built-in five reasons are written in English, French, Arabic, Portuguese and Spanish: showing English/;
      expect(textOf(part(el, '[part="author-error"]'))).to.match(message);
      expect(warnings.filter((warning) => message.test(warning))).to.have.length(1);
    });

    it('keeps English text left to right inside a right-to-left language it has no text in', async () => {
      const el = await quietFixture<MhmFiveReasons>(html`<mhm-five-reasons lang="fa"></mhm-five-reasons>`);
      await el.updateComplete;
      expect(part(el, '[part="base"]').getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(part(el, '[part="slide-body"]')).direction).to.equal('ltr');
    });

    it('loads the new language when the page language changes, keeping the slide shown', async () => {
      const wrapper = await fixture(html`<div lang="fr"><mhm-five-reasons></mhm-five-reasons></div>`);
      const el = wrapper.querySelector<MhmFiveReasons>('mhm-five-reasons')!;
      await el.updateComplete;
      button(el, 'next-button').click();
      wrapper.setAttribute('lang', 'ar');
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(textOf(part(el, '[part="heading"]'))).to.equal('خمسة أسباب لإدماج المواضيع النفسية والاجتماعية في أنشطة التوعية');
      expect(el.index).to.equal(1);
      expect(slides(el)[1].getAttribute('aria-label')).to.equal('2 من 5: مواقف أكثر إيجابية وتقبّلًا');
    });

  });

  describe('with <mhm-slide> children', () => {
    it('shows the author slides instead, with their headings and bodies, and the author heading', async () => {
      const el = await fixture<MhmFiveReasons>(custom);
      expect(textOf(part(el, '[part="heading"]'))).to.equal('Why it matters');
      expect(el.slideCount).to.equal(3);
      expect(shownText(el)).to.equal('Awareness | Noticing what returnees feel.');
      expect(slides(el)[1].getAttribute('aria-label')).to.equal('2 of 3: Attitudes');
      expect(seenSlides(el)).to.deep.equal([0]);
      const link = el.querySelector('a')!;
      expect(link.checkVisibility({ visibilityProperty: true })).to.be.false;
    });

    it('has no heading unless the author gives one, and is then named "Slides"', async () => {
      const el = await fixture<MhmFiveReasons>(html`<mhm-five-reasons>
        <mhm-slide heading="One"><p>First</p></mhm-slide>
        <mhm-slide heading="Two"><p>Second</p></mhm-slide>
      </mhm-five-reasons>`);
      expect(el.shadowRoot!.querySelector('[part="heading"]')).to.be.null;
      expect(part(el, '[part="base"]').getAttribute('aria-label')).to.equal('Slides');
    });

    it('takes any number of slides', async () => {
      const el = await fixture<MhmFiveReasons>(html`<mhm-five-reasons>
        ${Array.from({ length: 7 }, (_, i) => html`<mhm-slide heading="Slide ${i + 1}"><p>Body ${i + 1}</p></mhm-slide>`)}
      </mhm-five-reasons>`);
      expect(el.slideCount).to.equal(7);
      expect(tabs(el)).to.have.length(7);
      expect(slides(el)[6].getAttribute('aria-label')).to.equal('7 of 7: Slide 7');
    });

    it('makes links in hidden slides unreachable, and reachable once their slide is shown', async () => {
      const el = await fixture<MhmFiveReasons>(custom);
      const link = el.querySelector('a')!;
      link.focus();
      expect(focused(el)).to.equal('nothing inside');
      el.goTo(1);
      await el.updateComplete;
      link.focus();
      expect(focused(el)).to.equal('a');
    });

    it('follows a slide heading changed at runtime', async () => {
      const el = await fixture<MhmFiveReasons>(custom);
      el.querySelector('mhm-slide')!.heading = 'Noticing';
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(slides(el)[0].getAttribute('aria-label')).to.equal('1 of 3: Noticing');
      expect(tabs(el)[0].getAttribute('aria-label')).to.equal('Slide 1: Noticing');
    });
  });

  describe('list view', () => {
    it('`show-all` lists every slide with its heading, without carousel roles or controls', async () => {
      const el = await carousel(html`<mhm-five-reasons show-all></mhm-five-reasons>`);
      const list = part(el, '[part="slides"]');
      expect(list.localName).to.equal('ol');
      expect(slides(el)).to.have.length(5);
      expect(slides(el).every((slide) => seen(slide) && slide.localName === 'li')).to.be.true;
      expect(el.shadowRoot!.querySelectorAll('[part="slide-heading"]')).to.have.length(5);
      expect(part(el, '[part="base"]').hasAttribute('aria-roledescription')).to.be.false;
      expect(el.shadowRoot!.querySelector('[role="tablist"], [part="controls"]')).to.be.null;
      expect(button(el, 'view-toggle').getAttribute('aria-pressed')).to.equal('true');
    });

    it('the "View as list" toggle switches to the list and back, keeping focus and the slide', async () => {
      const el = await fixture<MhmFiveReasons>(custom);
      el.goTo(1);
      const toggle = button(el, 'view-toggle');
      expect(textOf(toggle)).to.equal('View as list');
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.showAll).to.be.true;
      expect(el.hasAttribute('show-all')).to.be.true;
      expect(seenSlides(el)).to.deep.equal([0, 1, 2]);
      expect(el.querySelector('a')!.checkVisibility({ visibilityProperty: true })).to.be.true;
      expect(focused(el)).to.equal('view-toggle');

      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.showAll).to.be.false;
      expect(seenSlides(el)).to.deep.equal([1]);
      expect(shownText(el)).to.equal('Attitudes | Fewer stigmas. Read more');
      expect(focused(el)).to.equal('view-toggle');
    });

    it('prints every slide, without controls', async () => {
      const el = await carousel(html`<mhm-five-reasons></mhm-five-reasons>`);
      await emulateMedia({ media: 'print' });
      try {
        expect(seenSlides(el)).to.deep.equal([0, 1, 2, 3, 4]);
        expect(isShown(part(el, '[part="controls"]'))).to.be.false;
        expect(isShown(part(el, '[part="toolbar"]'))).to.be.false;
        const [first, second] = slides(el);
        expect(second.getBoundingClientRect().top).to.be.at.least(first.getBoundingClientRect().bottom);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });
});
