import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/five-reasons/five-reasons.js';
import type { MhmFiveReasons } from '../../src/components/five-reasons/five-reasons.component.js';
import { part, textOf } from '../support/helpers.js';
import { carousel, slides, tabs, seenSlides, shownText, button } from '../harness/five-reasons.js';
import { custom } from './fixtures.js';

describe('<mhm-five-reasons>', () => {
  describe('slides added or removed while running', () => {
    it('updates the picker and the labels when a slide is added', async () => {
      const el = await fixture<MhmFiveReasons>(custom);
      const slide = document.createElement('mhm-slide');
      slide.heading = 'Added';
      slide.append('Added by a CMS');
      el.append(slide);
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(el.slideCount).to.equal(4);
      expect(tabs(el)).to.have.length(4);
      expect(slides(el)[3].getAttribute('aria-label')).to.equal('4 of 4: Added');
      el.goTo(3);
      await el.updateComplete;
      expect(shownText(el)).to.equal('Added | Added by a CMS');
    });

    it('keeps showing the same slide when one before it is removed', async () => {
      const el = await fixture<MhmFiveReasons>(custom);
      el.goTo(2);
      el.querySelector('mhm-slide')!.remove();
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(el.index).to.equal(1);
      expect(shownText(el)).to.equal('Acceptance | Understanding one another.');
      expect(tabs(el)).to.have.length(2);
      expect(button(el, 'next-button').getAttribute('aria-disabled')).to.equal('true');
    });

    it('keeps a valid index when the slide shown is removed', async () => {
      const el = await fixture<MhmFiveReasons>(custom);
      el.goTo(2);
      el.querySelectorAll('mhm-slide')[2].remove();
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(el.index).to.equal(1);
      expect(seenSlides(el)).to.deep.equal([1]);
    });
  });

  describe('lifecycle', () => {
    it('can be created, configured and driven without being attached', () => {
      const el = document.createElement('mhm-five-reasons');
      el.start = 2;
      el.autoplay = 5;
      el.next();
      el.goTo(3);
      expect(el.index).to.equal(0);
      expect(el.slideCount).to.equal(0);
      expect(el.shadowRoot === null || el.shadowRoot.childElementCount === 0).to.be.true;
    });

    it('survives being removed at once, and renders when attached again', async () => {
      const el = document.createElement('mhm-five-reasons');
      document.body.append(el);
      el.remove();
      await el.updateComplete;
      const target = await fixture(html`<div lang="fr"></div>`);
      target.append(el);
      await el.updateComplete;
      expect(textOf(part(el, '[part="heading"]'))).to.equal('Cinq raisons d’intégrer les questions psychosociales à la sensibilisation');
      expect(el.slideCount).to.equal(5);
      el.remove();
    });

    it('keeps its slide when moved to another place in the page, and takes on the new language', async () => {
      const el = await carousel(html`<mhm-five-reasons></mhm-five-reasons>`);
      button(el, 'next-button').click();
      const target = await fixture(html`<div lang="ar"></div>`);
      target.append(el);
      await el.updateComplete;
      expect(el.index).to.equal(1);
      expect(part(el, '[part="base"]').getAttribute('dir')).to.equal('rtl');
      expect(slides(el)[1].getAttribute('aria-label')).to.equal('2 من 5: مواقف أكثر إيجابية وتقبّلًا');
    });

    it('keeps author slides slotted after a move', async () => {
      const el = await fixture<MhmFiveReasons>(custom);
      const target = await fixture(html`<section></section>`);
      target.append(el);
      await el.updateComplete;
      expect(shownText(el)).to.equal('Awareness | Noticing what returnees feel.');
    });
  });
});
