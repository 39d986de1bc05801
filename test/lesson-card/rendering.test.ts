import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/lesson-card/lesson-card.js';
import type { MhmLessonCard } from '../../src/components/lesson-card/lesson-card.component.js';
import { isShown, part, textOf } from '../support/helpers.js';
import { lesson } from './fixtures.js';
import { completeButton } from '../harness/lesson-card.js';

describe('<mhm-lesson-card>', () => {
  describe('rendering from attributes', () => {
    it('shows heading, eyebrow, duration and the slotted body, key points, note and source', async () => {
      const el = await fixture<MhmLessonCard>(lesson);
      const heading = part(el, '[part="heading"]');
      expect(textOf(heading)).to.equal('What is mental health?');
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(heading.getAttribute('aria-level')).to.equal('3');
      expect(textOf(part(el, '[part="eyebrow"]'))).to.equal('Lesson 1');
      expect(textOf(part(el, '[part="meta"]'))).to.equal('Estimated time: 5 minutes');
      expect(textOf(part(el, '[part="takeaways"] [role="heading"]'))).to.equal('Key points');
      expect(isShown(part(el, '[part="takeaways"]'))).to.be.true;
      expect(isShown(part(el, '[part="content-note"]'))).to.be.true;
      expect(part(el, '[part="content-note"]').getAttribute('aria-label')).to.equal('Content note');
      expect(isShown(part(el, '[part="source"]'))).to.be.true;
      const note = part(el, '[part="content-note"]');
      const body = part(el, '[part="body"]');
      expect(note.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    });

    it('hides sections whose slots are empty, and shows them when an author adds content later', async () => {
      const el = await fixture<MhmLessonCard>(html`<mhm-lesson-card heading="Lesson"><p>Body</p></mhm-lesson-card>`);
      expect(isShown(part(el, '[part="takeaways"]'))).to.be.false;
      expect(isShown(part(el, '[part="content-note"]'))).to.be.false;
      expect(isShown(part(el, '[part="media"]'))).to.be.false;
      expect(el.shadowRoot!.querySelector('[part="meta"]')).to.be.null;

      const list = document.createElement('ul');
      list.slot = 'takeaways';
      list.innerHTML = '<li>Added by a CMS</li>';
      el.append(list);
      await oneEvent(el.shadowRoot!, 'slotchange');
      await elementUpdated(el);
      expect(isShown(part(el, '[part="takeaways"]'))).to.be.true;
    });

    it('uses heading-level for the outline and one level deeper for "Key points"', async () => {
      const el = await fixture<MhmLessonCard>(html`<mhm-lesson-card heading="Lesson" heading-level="2">
        <ul slot="takeaways"><li>Point</li></ul>
      </mhm-lesson-card>`);
      expect(part(el, '[part="heading"]').getAttribute('aria-level')).to.equal('2');
      expect(part(el, '[part="takeaways"] [role="heading"]').getAttribute('aria-level')).to.equal('3');
    });

    it('shows an image from image-src with its alt text', async () => {
      const el = await fixture<MhmLessonCard>(html`<mhm-lesson-card heading="Lesson"
        image-src="/test/fixtures/meeting.svg" image-alt="Two people talking"></mhm-lesson-card>`);
      const image = part<HTMLImageElement>(el, '[part="image"]');
      expect(image.getAttribute('src')).to.equal("/test/fixtures/meeting.svg");
      expect(image.alt).to.equal('Two people talking');
      expect(image.loading).to.equal('lazy');
    });

    it('shows a "Learn more" link whose accessible name includes the heading', async () => {
      const el = await fixture<MhmLessonCard>(html`<mhm-lesson-card heading="Identity" href="https://example.org/more"></mhm-lesson-card>`);
      const link = part<HTMLAnchorElement>(el, 'a[part="link"]');
      expect(link.getAttribute('href')).to.equal('https://example.org/more');
      expect(textOf(link)).to.equal('Learn more: Identity');
    });
  });

  describe('when collapsible', () => {
    it('puts a disclosure button in the heading that expands and collapses the lesson', async () => {
      const el = await fixture<MhmLessonCard>(html`<mhm-lesson-card id="c" heading="Identity" collapsible>
        <p>Body text</p>
      </mhm-lesson-card>`);
      const toggle = part<HTMLButtonElement>(el, '[part="heading"] button');
      const content = part(el, '[part="content"]');
      expect(textOf(toggle)).to.equal('Identity');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal(content.id);
      expect(isShown(content)).to.be.false;

      const opened = oneEvent(el, 'mhm-toggle');
      toggle.click();
      expect((await opened).detail).to.deep.equal({ id: 'c', open: true });
      await elementUpdated(el);
      expect(el.open).to.be.true;
      expect(el.hasAttribute('open')).to.be.true;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(isShown(content)).to.be.true;
    });

    it('opens and closes from the keyboard', async () => {
      const el = await fixture<MhmLessonCard>(html`<mhm-lesson-card heading="Identity" collapsible open><p>Body</p></mhm-lesson-card>`);
      part<HTMLButtonElement>(el, '[part="heading"] button').focus();
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      expect(el.open).to.be.false;
      await sendKeys({ press: 'Space' });
      await elementUpdated(el);
      expect(el.open).to.be.true;
      expect(el.shadowRoot!.activeElement).to.equal(part(el, '[part="heading"] button'));
    });

    it('is always expanded when not collapsible, whatever open says', async () => {
      const el = await fixture<MhmLessonCard>(html`<mhm-lesson-card heading="Identity"><p>Body</p></mhm-lesson-card>`);
      expect(isShown(part(el, '[part="content"]'))).to.be.true;
      expect(el.shadowRoot!.querySelector('[part="heading"] button')).to.be.null;
    });
  });

  describe('language and direction', () => {
    it('reads an ancestor lang="ar": Arabic interface text and units, right to left', async () => {
      const wrapper = await fixture(html`<div lang="ar">
        <mhm-lesson-card heading="ما هي الصحة النفسية؟" duration="5"><p>نص</p></mhm-lesson-card>
      </div>`);
      const el = wrapper.querySelector<MhmLessonCard>('mhm-lesson-card')!;
      await elementUpdated(el);
      expect(part(el, '[part="base"]').getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(part(el, '[part="body"]')).direction).to.equal('rtl');
      expect(textOf(completeButton(el))).to.equal('وضع علامة كمكتمل');
      expect(textOf(part(el, '[part="meta"]'))).to.equal('المدة التقديرية: 5 دقائق');
    });

    it('reads an ancestor lang="fr" and follows it when it changes at runtime', async () => {
      const wrapper = await fixture(html`<section lang="fr">
        <mhm-lesson-card heading="Identité" duration="10"></mhm-lesson-card>
      </section>`);
      const el = wrapper.querySelector<MhmLessonCard>('mhm-lesson-card')!;
      await elementUpdated(el);
      expect(textOf(completeButton(el))).to.equal('Marquer comme terminé');
      expect(textOf(part(el, '[part="meta"]'))).to.equal('Durée estimée : 10 minutes');
      expect(part(el, '[part="base"]').getAttribute('dir')).to.equal('ltr');

      wrapper.setAttribute('lang', 'ar');
      await new Promise((resolve) => setTimeout(resolve));
      await elementUpdated(el);
      expect(textOf(completeButton(el))).to.equal('وضع علامة كمكتمل');
      expect(part(el, '[part="base"]').getAttribute('dir')).to.equal('rtl');
    });

    it('prefers its own lang, and its own dir over the language', async () => {
      const wrapper = await fixture(html`<div lang="fr">
        <mhm-lesson-card heading="Lesson" lang="pt-BR"></mhm-lesson-card>
        <mhm-lesson-card heading="Lesson" lang="ar" dir="ltr"></mhm-lesson-card>
      </div>`);
      const [pt, arLtr] = [...wrapper.querySelectorAll<MhmLessonCard>('mhm-lesson-card')];
      await elementUpdated(pt);
      expect(textOf(completeButton(pt))).to.equal('Marcar como concluído');
      expect(part(arLtr, '[part="base"]').getAttribute('dir')).to.equal('ltr');

      pt.setAttribute('lang', 'es');
      await elementUpdated(pt);
      expect(textOf(completeButton(pt))).to.equal('Marcar como completado');
    });

    it('falls back to English interface text for a language it does not ship', async () => {
      const el = await fixture<MhmLessonCard>(html`<mhm-lesson-card heading="Lektion" lang="de"></mhm-lesson-card>`);
      expect(textOf(completeButton(el))).to.equal('Mark as complete');
    });
  });
});
