import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/components/lesson-card/lesson-card.js';
import type { MhmLessonCard } from '../src/components/lesson-card/lesson-card.component.js';
import { captureWarnings, emulateMediaFeatures, isShown, part, quietFixture, textOf } from './helpers.js';

const lesson = html`<mhm-lesson-card id="lesson-1" heading="What is mental health?" eyebrow="Lesson 1" duration="5">
  <p>Mental health is a state of well-being.</p>
  <ul slot="takeaways"><li>More than the absence of illness.</li></ul>
  <span slot="content-note">This lesson mentions distress.</span>
  <span slot="source">Based on an IOM position paper.</span>
</mhm-lesson-card>`;

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

  describe('marking complete', () => {
    it('toggles completed, reflects it, shows a badge and tells the page with mhm-complete', async () => {
      const el = await fixture<MhmLessonCard>(lesson);
      const toggle = part<HTMLButtonElement>(el, '[part="complete-button"]');
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');

      const done = oneEvent(el, 'mhm-complete');
      toggle.click();
      const event = await done;
      await elementUpdated(el);
      expect(event.detail).to.deep.equal({ activity: 'lesson', id: 'lesson-1', completed: true });
      expect(event.bubbles && event.composed).to.be.true;
      expect(el.hasAttribute('completed')).to.be.true;
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(textOf(part(el, '[part="completed-badge"]'))).to.equal('✓ Completed');

      const undone = oneEvent(el, 'mhm-complete');
      toggle.click();
      expect((await undone).detail.completed).to.be.false;
      await elementUpdated(el);
      expect(el.hasAttribute('completed')).to.be.false;
      expect(el.shadowRoot!.querySelector('[part="completed-badge"]')).to.be.null;
    });

    it('does not fire mhm-complete when an author or script sets completed', async () => {
      const el = await fixture<MhmLessonCard>(html`<mhm-lesson-card heading="Lesson" completed></mhm-lesson-card>`);
      let fired = 0;
      el.addEventListener('mhm-complete', () => (fired += 1));
      el.completed = false;
      await elementUpdated(el);
      expect(fired).to.equal(0);
      expect(part(el, '[part="complete-button"]').getAttribute('aria-pressed')).to.equal('false');
    });

    it('is operated from the keyboard with Enter and Space, and shows where focus is', async () => {
      const el = await fixture<MhmLessonCard>(lesson);
      const toggle = part<HTMLButtonElement>(el, '[part="complete-button"]');
      toggle.focus();
      expect(getComputedStyle(toggle).outlineStyle).to.equal('solid');
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      expect(el.completed).to.be.true;
      await sendKeys({ press: 'Space' });
      await elementUpdated(el);
      expect(el.completed).to.be.false;
    });

    it('keeps the toggle label constant, as the ARIA toggle-button pattern asks', async () => {
      const el = await fixture<MhmLessonCard>(lesson);
      const toggle = part<HTMLButtonElement>(el, '[part="complete-button"]');
      const before = textOf(toggle);
      toggle.click();
      await elementUpdated(el);
      expect(before).to.equal('Mark as complete');
      expect(textOf(toggle)).to.equal(before);
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
      expect(textOf(part(el, '[part="complete-button"]'))).to.equal('وضع علامة كمكتمل');
      expect(textOf(part(el, '[part="meta"]'))).to.equal('المدة التقديرية: 5 دقائق');
    });

    it('reads an ancestor lang="fr" and follows it when it changes at runtime', async () => {
      const wrapper = await fixture(html`<section lang="fr">
        <mhm-lesson-card heading="Identité" duration="10"></mhm-lesson-card>
      </section>`);
      const el = wrapper.querySelector<MhmLessonCard>('mhm-lesson-card')!;
      await elementUpdated(el);
      expect(textOf(part(el, '[part="complete-button"]'))).to.equal('Marquer comme terminé');
      expect(textOf(part(el, '[part="meta"]'))).to.equal('Durée estimée : 10 minutes');
      expect(part(el, '[part="base"]').getAttribute('dir')).to.equal('ltr');

      wrapper.setAttribute('lang', 'ar');
      await new Promise((resolve) => setTimeout(resolve));
      await elementUpdated(el);
      expect(textOf(part(el, '[part="complete-button"]'))).to.equal('وضع علامة كمكتمل');
      expect(part(el, '[part="base"]').getAttribute('dir')).to.equal('rtl');
    });

    it('prefers its own lang, and its own dir over the language', async () => {
      const wrapper = await fixture(html`<div lang="fr">
        <mhm-lesson-card heading="Lesson" lang="pt-BR"></mhm-lesson-card>
        <mhm-lesson-card heading="Lesson" lang="ar" dir="ltr"></mhm-lesson-card>
      </div>`);
      const [pt, arLtr] = [...wrapper.querySelectorAll<MhmLessonCard>('mhm-lesson-card')];
      await elementUpdated(pt);
      expect(textOf(part(pt, '[part="complete-button"]'))).to.equal('Marcar como concluído');
      expect(part(arLtr, '[part="base"]').getAttribute('dir')).to.equal('ltr');

      pt.setAttribute('lang', 'es');
      await elementUpdated(pt);
      expect(textOf(part(pt, '[part="complete-button"]'))).to.equal('Marcar como completado');
    });

    it('falls back to English interface text for a language it does not ship', async () => {
      const el = await fixture<MhmLessonCard>(html`<mhm-lesson-card heading="Lektion" lang="de"></mhm-lesson-card>`);
      expect(textOf(part(el, '[part="complete-button"]'))).to.equal('Mark as complete');
    });
  });

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
        expect(part(el, '[part="complete-button"]')).to.exist;
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
  });

  describe('lifecycle', () => {
    it('can be created and configured without being attached', () => {
      const el = document.createElement('mhm-lesson-card');
      el.heading = 'Never attached';
      el.completed = true;
      expect(el.completed).to.be.true;
      expect(el.shadowRoot === null || el.shadowRoot.childElementCount === 0).to.be.true;
    });

    it('survives being removed at once, and renders when attached again', async () => {
      const el = document.createElement('mhm-lesson-card');
      el.heading = 'Moved';
      document.body.append(el);
      el.remove();
      await elementUpdated(el);
      const target = await fixture(html`<div lang="fr"></div>`);
      target.append(el);
      await elementUpdated(el);
      expect(textOf(part(el, '[part="heading"]'))).to.equal('Moved');
      expect(textOf(part(el, '[part="complete-button"]'))).to.equal('Marquer comme terminé');
      el.remove();
    });

    it('keeps its state when moved to another place in the page', async () => {
      const el = await fixture<MhmLessonCard>(lesson);
      part<HTMLButtonElement>(el, '[part="complete-button"]').click();
      const target = await fixture(html`<div lang="ar"></div>`);
      target.append(el);
      await elementUpdated(el);
      expect(el.completed).to.be.true;
      expect(part(el, '[part="base"]').getAttribute('dir')).to.equal('rtl');
    });
  });

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

    it('shows the pressed state in forced colours by system colours, not by author colours', async () => {
      const el = await fixture<MhmLessonCard>(html`<mhm-lesson-card heading="L" completed></mhm-lesson-card>`);
      await emulateMediaFeatures({ 'forced-colors': 'active', 'prefers-reduced-motion': 'reduce' });
      expect(matchMedia('(forced-colors: active)').matches).to.be.true;
      const button = part(el, '[part="complete-button"]');
      const pressed = getComputedStyle(button).backgroundColor;
      el.completed = false;
      await elementUpdated(el);
      const unpressed = getComputedStyle(button).backgroundColor;
      expect(pressed).to.not.equal(unpressed);
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
