import { elementUpdated, expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import sinon from 'sinon';
import '../src/components/five-reasons/five-reasons.js';
import type { MhmFiveReasons } from '../src/components/five-reasons/five-reasons.component.js';
import { fiveReasonsLoaders } from '../src/content/five-reasons/load.js';
import type { FiveReasonsContent } from '../src/content/five-reasons/types.js';
import type { MhmSlideChangeDetail } from '../src/events/slide-change.js';
import { captureWarnings, emulateMediaFeatures, isShown, part, quietFixture, recordLayoutShift, textOf } from './helpers.js';

/** Three author slides, the second with a link, as an author writes them. */
const custom = html`<mhm-five-reasons id="reasons" heading="Why it matters">
  <mhm-slide heading="Awareness"><p>Noticing what returnees feel.</p></mhm-slide>
  <mhm-slide heading="Attitudes"><p>Fewer stigmas. <a href="#more">Read more</a></p></mhm-slide>
  <mhm-slide heading="Acceptance"><p>Understanding one another.</p></mhm-slide>
</mhm-five-reasons>`;

/** A fixture that waits for the built-in slides to load too. */
async function carousel(template: TemplateResult): Promise<MhmFiveReasons> {
  const el = await fixture<MhmFiveReasons>(template);
  await el.updateComplete;
  return el;
}

/** The first `mhm-five-reasons` inside a wrapper fixture, once its slides are there. */
async function inside(template: TemplateResult): Promise<MhmFiveReasons> {
  const wrapper = await fixture(template);
  const el = wrapper.querySelector<MhmFiveReasons>('mhm-five-reasons')!;
  await el.updateComplete;
  return el;
}

function slides(el: Element): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="slide"]')];
}

function tabs(el: Element): HTMLButtonElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
}

/** Really seen: displayed and not `visibility: hidden` (the inactive slides' way of hiding). */
function seen(element: Element): boolean {
  return element.checkVisibility({ visibilityProperty: true });
}

/** Ends the cross-fade at once, as if its 0.3 s had passed: half-faded text has low contrast. */
function settle(el: Element): void {
  for (const animation of el.shadowRoot!.getAnimations()) {
    animation.finish();
  }
}

/** Indexes of the slides a sighted user sees once the cross-fade is over. */
function seenSlides(el: Element): number[] {
  settle(el);
  return slides(el).flatMap((slide, index) => (seen(slide) ? [index] : []));
}

/** What has focus inside the element: a tab's id, a part name, or a light-DOM element's tag. */
function focused(el: Element): string {
  const active = el.shadowRoot!.activeElement;
  if (active) {
    return active.id || active.getAttribute('part') || active.localName;
  }
  return el.contains(document.activeElement) ? document.activeElement!.localName : 'nothing inside';
}

/** The text of the slide shown: its heading and body (slotted author content included). */
function shownText(el: Element): string {
  const slide = el.shadowRoot!.querySelector('[part~="slide-active"]')!;
  const slot = slide.querySelector('slot');
  const body = slot ? slot.assignedElements().map((node) => textOf(node)).join(' ') : textOf(slide.querySelector('[part="slide-body"]'));
  return `${textOf(slide.querySelector('[part="slide-heading"]'))} | ${body}`;
}

function button(el: Element, name: 'previous-button' | 'next-button' | 'rotation-button' | 'view-toggle'): HTMLButtonElement {
  return part<HTMLButtonElement>(el, `[part~="${name}"]`);
}

/** Records every `mhm-slide-change` detail of an element. */
function recordChanges(el: HTMLElement): MhmSlideChangeDetail[] {
  const changes: MhmSlideChangeDetail[] = [];
  el.addEventListener('mhm-slide-change', (event) => changes.push(event.detail));
  return changes;
}

/** A touch swipe from one point to another, as pointer events on `target` (what a finger sends). */
function swipe(target: Element, from: [number, number], to: [number, number], pointerType = 'touch'): void {
  const init = { bubbles: true, composed: true, cancelable: true, pointerId: 7, isPrimary: true, button: 0, pointerType };
  target.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientX: from[0], clientY: from[1] }));
  target.dispatchEvent(new PointerEvent('pointermove', { ...init, clientX: to[0], clientY: to[1] }));
  target.dispatchEvent(new PointerEvent('pointerup', { ...init, clientX: to[0], clientY: to[1] }));
}

/** The centre of an element in viewport pixels, for the real mouse. */
function centre(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

/** Waits two frames: the browser has then worked out what is on screen and told observers. */
async function painted(): Promise<void> {
  await nextFrame();
  await nextFrame();
}

/** Scrolls the page as a learner does, until `element` is in the middle of the window. */
async function scrollToCentre(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  await painted();
}

/** Scrolls the page until only the top `pixels` of `element` show at the bottom of the window. */
async function scrollToPeek(element: Element, pixels: number): Promise<void> {
  window.scrollBy(0, element.getBoundingClientRect().top - innerHeight + pixels);
  await painted();
}

/** Records every `mhm-complete` an element fires. */
function recordCompletions(el: HTMLElement): CustomEvent[] {
  const events: CustomEvent[] = [];
  el.addEventListener('mhm-complete', (event) => events.push(event));
  return events;
}

/** A page a phone shows a screen of at a time: a screen of text, the element, and another screen. */
const onAPage = (carousel: TemplateResult) => html`<div>
  <p style="block-size: 100vh">Introduction.</p>
  ${carousel}
  <p style="block-size: 100vh">The end.</p>
</div>`;

/** Five author slides in list view, each `height` px tall (a photo, say), with nothing else on screen at first. */
const listOfFive = (height: number) => onAPage(html`<mhm-five-reasons id="listed" show-all>
  ${['One', 'Two', 'Three', 'Four', 'Five'].map(
    (title) => html`<mhm-slide heading=${title}><p style="block-size: ${height}px">${title}.</p></mhm-slide>`,
  )}
</mhm-five-reasons>`);

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

    describe('while the text loads', () => {
      const original = fiveReasonsLoaders.en;
      afterEach(async () => {
        fiveReasonsLoaders.en = original;
        await emulateMediaFeatures({});
        await setViewport({ width: 800, height: 600 });
      });

      /** The carousel followed by the page's own text; the built-in text arrives when the test says. */
      async function loadingCarousel(): Promise<{ el: MhmFiveReasons; arrive: () => Promise<void> }> {
        let resolve!: (module: { default: FiveReasonsContent }) => void;
        fiveReasonsLoaders.en = () => new Promise((done) => (resolve = done));
        // The wrapper is the fixture (`fixture()` on the carousel would wait for its text), in a font
        // of Arial's width, like most phones' and desktops'.
        const wrapper = await fixture(html`<div style="font-family: Arial, sans-serif">
          <mhm-five-reasons></mhm-five-reasons>
          <p>The page goes on.</p>
        </div>`);
        const el = wrapper.querySelector<MhmFiveReasons>('mhm-five-reasons')!;
        await nextFrame();
        return { el, arrive: async () => resolve(await original()) };
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
        let resolve!: (module: { default: FiveReasonsContent }) => void;
        fiveReasonsLoaders.en = () => new Promise((done) => (resolve = done));
        // Not `fixture()`: it awaits `updateComplete`, which waits for the text.
        const el = document.createElement('mhm-five-reasons');
        document.body.append(el);
        await nextFrame();
        const loading = part(el, '[part="slides"]');
        // Not aria-busy, which some screen readers take as a reason to skip the message inside.
        expect(loading.hasAttribute('aria-busy')).to.be.false;
        expect(loading.getAttribute('aria-live')).to.equal('polite');
        expect(textOf(part(el, '[part="status"]'))).to.equal('Loading…');
        expect(loading.getBoundingClientRect().height).to.be.at.least(160);
        expect(el.slideCount).to.equal(0);

        resolve(await original());
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
        fiveReasonsLoaders.en = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
        const el = await carousel(html`<mhm-five-reasons></mhm-five-reasons>`);
        expect(textOf(part(el, '[part="status"]'))).to.equal(
          'The slides could not be loaded. Check your connection and reload the page.',
        );
        expect(el.shadowRoot!.querySelector('[part="controls"]')).to.be.null;
        expect(isShown(part(el, '[part="toolbar"]'))).to.be.false;
      });
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

  describe('navigation', () => {
    it('Next and Previous move one slide and say "button"; focus stays on the button', async () => {
      const el = await fixture<MhmFiveReasons>(custom);
      const changes = recordChanges(el);
      const next = button(el, 'next-button');
      next.focus();
      next.click();
      await el.updateComplete;
      expect(shownText(el)).to.equal('Attitudes | Fewer stigmas. Read more');
      expect(seenSlides(el)).to.deep.equal([1]);
      expect(focused(el)).to.equal('next-button');
      button(el, 'previous-button').click();
      await el.updateComplete;
      expect(el.index).to.equal(0);
      expect(changes).to.deep.equal([
        { id: 'reasons', index: 1, previousIndex: 0, reason: 'button' },
        { id: 'reasons', index: 0, previousIndex: 1, reason: 'button' },
      ]);
    });

    it('the event bubbles out of the shadow root to the page', async () => {
      const el = await fixture<MhmFiveReasons>(custom);
      const changed = oneEvent(document, 'mhm-slide-change');
      button(el, 'next-button').click();
      const event = await changed;
      expect(event.bubbles && event.composed).to.be.true;
    });

    it('a picker tab shows its slide and says "picker"', async () => {
      const el = await fixture<MhmFiveReasons>(custom);
      const changes = recordChanges(el);
      tabs(el)[2].click();
      await el.updateComplete;
      expect(shownText(el)).to.equal('Acceptance | Understanding one another.');
      expect(tabs(el).map((tab) => tab.getAttribute('aria-selected'))).to.deep.equal(['false', 'false', 'true']);
      expect(changes).to.deep.equal([{ id: 'reasons', index: 2, previousIndex: 0, reason: 'picker' }]);
    });

    it('the picker is one tab stop (roving tabindex) that arrow keys, Home and End move along, wrapping, saying "keyboard"', async () => {
      const el = await fixture<MhmFiveReasons>(custom);
      const changes = recordChanges(el);
      expect(tabs(el).map((tab) => tab.tabIndex)).to.deep.equal([0, -1, -1]);
      tabs(el)[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(focused(el)).to.equal('tab-1');
      expect(tabs(el).map((tab) => tab.tabIndex)).to.deep.equal([-1, 0, -1]);
      expect(seenSlides(el)).to.deep.equal([1]);
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(focused(el)).to.equal('tab-2');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.index).to.equal(0);
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(el.index).to.equal(2);
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(focused(el)).to.equal('tab-0');
      expect(changes.map((change) => [change.index, change.reason])).to.deep.equal([
        [1, 'keyboard'],
        [2, 'keyboard'],
        [0, 'keyboard'],
        [2, 'keyboard'],
        [0, 'keyboard'],
      ]);
    });

    it('Tab goes from the picker to the Next button, not through every tab', async () => {
      const el = await fixture<MhmFiveReasons>(custom);
      tabs(el)[0].focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal('next-button');
    });

    it('mirrors the arrow keys right to left: ArrowLeft is next', async () => {
      const el = await inside(html`<div lang="ar"><mhm-five-reasons></mhm-five-reasons></div>`);
      tabs(el)[0].focus();
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(el.index).to.equal(1);
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.index).to.equal(0);
      const next = getComputedStyle(button(el, 'next-button').querySelector('svg')!).transform;
      expect(next).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    });

    it('next(), previous() and goTo() say "api"; goTo clamps and ignores the slide already shown', async () => {
      const el = await fixture<MhmFiveReasons>(custom);
      const changes = recordChanges(el);
      el.next();
      el.goTo(99);
      el.previous();
      el.goTo(1);
      el.goTo(Number.NaN);
      await el.updateComplete;
      expect(el.index).to.equal(1);
      expect(seenSlides(el)).to.deep.equal([1]);
      expect(changes.map((change) => [change.index, change.previousIndex, change.reason])).to.deep.equal([
        [1, 0, 'api'],
        [2, 1, 'api'],
        [1, 2, 'api'],
      ]);
    });

    it('fires nothing on first render, nor when an author sets `start`', async () => {
      let fired = 0;
      document.addEventListener('mhm-slide-change', () => (fired += 1), { once: true });
      const el = await fixture<MhmFiveReasons>(html`<mhm-five-reasons start="1">
        <mhm-slide heading="One"><p>1</p></mhm-slide>
        <mhm-slide heading="Two"><p>2</p></mhm-slide>
        <mhm-slide heading="Three"><p>3</p></mhm-slide>
      </mhm-five-reasons>`);
      expect(el.index).to.equal(1);
      el.start = 2;
      await el.updateComplete;
      expect(el.index).to.equal(2);
      expect(fired).to.equal(0);
    });

    describe('at the ends', () => {
      it('without `loop`, disables Previous on the first slide and Next on the last, keeping them shown and focusable', async () => {
        const el = await fixture<MhmFiveReasons>(custom);
        const changes = recordChanges(el);
        const previous = button(el, 'previous-button');
        const next = button(el, 'next-button');
        expect(previous.getAttribute('aria-disabled')).to.equal('true');
        expect(next.getAttribute('aria-disabled')).to.equal('false');
        previous.click();
        await el.updateComplete;
        expect(el.index).to.equal(0);

        next.focus();
        await sendKeys({ press: 'Enter' });
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(el.index).to.equal(2);
        expect(next.getAttribute('aria-disabled')).to.equal('true');
        expect(isShown(next) && isShown(previous)).to.be.true;
        expect(focused(el)).to.equal('next-button');
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(el.index).to.equal(2);
        expect(changes).to.have.length(2);
      });

      it('with `loop`, Next on the last slide shows the first and Previous on the first the last', async () => {
        const el = await fixture<MhmFiveReasons>(html`<mhm-five-reasons loop>
          <mhm-slide heading="One"><p>1</p></mhm-slide>
          <mhm-slide heading="Two"><p>2</p></mhm-slide>
        </mhm-five-reasons>`);
        const changes = recordChanges(el);
        expect(button(el, 'previous-button').getAttribute('aria-disabled')).to.equal('false');
        button(el, 'previous-button').click();
        await el.updateComplete;
        expect(el.index).to.equal(1);
        expect(button(el, 'next-button').getAttribute('aria-disabled')).to.equal('false');
        button(el, 'next-button').click();
        await el.updateComplete;
        expect(el.index).to.equal(0);
        expect(changes.map((change) => change.index)).to.deep.equal([1, 0]);
      });

      it('disables both buttons when there is one slide', async () => {
        const el = await fixture<MhmFiveReasons>(html`<mhm-five-reasons loop><mhm-slide heading="Only"><p>1</p></mhm-slide></mhm-five-reasons>`);
        expect(button(el, 'previous-button').getAttribute('aria-disabled')).to.equal('true');
        expect(button(el, 'next-button').getAttribute('aria-disabled')).to.equal('true');
      });
    });
  });

  describe('swipe', () => {
    it('a swipe towards the start shows the next slide, towards the end the previous, and says "swipe"', async () => {
      const el = await fixture<MhmFiveReasons>(custom);
      const changes = recordChanges(el);
      const area = part(el, '[part="slides"]');
      swipe(el.querySelector('mhm-slide p')!, [200, 100], [120, 110]);
      await el.updateComplete;
      expect(el.index).to.equal(1);
      swipe(area, [100, 100], [200, 90]);
      await el.updateComplete;
      expect(el.index).to.equal(0);
      expect(changes.map((change) => [change.index, change.reason])).to.deep.equal([
        [1, 'swipe'],
        [0, 'swipe'],
      ]);
    });

    it('ignores short drags, vertical scrolls and cancelled pointers', async () => {
      const el = await fixture<MhmFiveReasons>(custom);
      const area = part(el, '[part="slides"]');
      swipe(area, [200, 100], [170, 100]);
      swipe(area, [200, 100], [140, 300]);
      area.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerId: 3, isPrimary: true, clientX: 200, clientY: 100 }));
      area.dispatchEvent(new PointerEvent('pointercancel', { bubbles: true, pointerId: 3 }));
      area.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, pointerId: 3, clientX: 50, clientY: 100 }));
      await el.updateComplete;
      expect(el.index).to.equal(0);
    });

    it('stops at the ends without `loop`', async () => {
      const el = await fixture<MhmFiveReasons>(custom);
      swipe(part(el, '[part="slides"]'), [100, 100], [250, 100]);
      await el.updateComplete;
      expect(el.index).to.equal(0);
    });

    it('mirrors right to left: swiping rightwards shows the next slide', async () => {
      const el = await inside(html`<div lang="ar"><mhm-five-reasons></mhm-five-reasons></div>`);
      swipe(part(el, '[part="slides"]'), [100, 100], [220, 100]);
      await el.updateComplete;
      expect(el.index).to.equal(1);
    });

    it('works with a real mouse drag too', async () => {
      const el = await fixture<MhmFiveReasons>(custom);
      try {
        const [x, y] = centre(part(el, '[part~="slide-active"]'));
        await sendMouse({ type: 'move', position: [x + 60, y] });
        await sendMouse({ type: 'down' });
        await sendMouse({ type: 'move', position: [x - 60, y] });
        await sendMouse({ type: 'up' });
        await el.updateComplete;
        expect(el.index).to.equal(1);
      } finally {
        await resetMouse();
      }
    });

    it('a click on a link in a slide still follows it, but not the click that ends a swipe started on it', async () => {
      const el = await fixture<MhmFiveReasons>(html`<mhm-five-reasons start="1">
        <mhm-slide heading="One"><p>1</p></mhm-slide>
        <mhm-slide heading="Two"><p><a href="#two">Two</a></p></mhm-slide>
        <mhm-slide heading="Three"><p>3</p></mhm-slide>
      </mhm-five-reasons>`);
      const link = el.querySelector('a')!;
      const clicks: MouseEvent[] = [];
      link.addEventListener('click', (event) => {
        clicks.push(event);
        event.preventDefault();
      });
      try {
        await sendMouse({ type: 'click', position: centre(link) });
        expect(clicks).to.have.length(1);
        expect(el.index).to.equal(1);
      } finally {
        await resetMouse();
      }

      swipe(link, [200, 100], [100, 100]);
      const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, detail: 1 });
      link.dispatchEvent(click);
      expect(click.defaultPrevented).to.be.true;
      expect(clicks).to.have.length(1);
      await el.updateComplete;
      expect(el.index).to.equal(2);
    });

    it('lets a keyboard click through after a swipe that no click followed', async () => {
      const el = await fixture<MhmFiveReasons>(html`<mhm-five-reasons>
        <mhm-slide heading="One"><p><a href="#one">One</a></p></mhm-slide>
        <mhm-slide heading="Two"><p>2</p></mhm-slide>
      </mhm-five-reasons>`);
      swipe(part(el, '[part="slides"]'), [200, 100], [100, 100]);
      el.previous();
      await el.updateComplete;
      const link = el.querySelector('a')!;
      let followed = 0;
      link.addEventListener('click', (event) => {
        followed += 1;
        event.preventDefault();
      });
      link.focus();
      await sendKeys({ press: 'Enter' });
      expect(followed).to.equal(1);
    });
  });

  describe('autoplay', () => {
    let clock: sinon.SinonFakeTimers;
    const rotating = html`<button id="before">Before</button>
      <mhm-five-reasons autoplay="5">
        <mhm-slide heading="One"><p>1</p></mhm-slide>
        <mhm-slide heading="Two"><p>2</p></mhm-slide>
        <mhm-slide heading="Three"><p>3</p></mhm-slide>
      </mhm-five-reasons>`;

    beforeEach(() => {
      clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    });

    afterEach(async () => {
      clock.restore();
      await resetMouse();
      await emulateMediaFeatures({});
    });

    async function rotatingFixture(): Promise<MhmFiveReasons> {
      const wrapper = await fixture(html`<div>${rotating}</div>`);
      return wrapper.querySelector<MhmFiveReasons>('mhm-five-reasons')!;
    }

    it('is off by default: no rotation button, nothing moves, slides announced politely', async () => {
      const el = await fixture<MhmFiveReasons>(custom);
      clock.tick(60_000);
      await el.updateComplete;
      expect(el.index).to.equal(0);
      expect(el.shadowRoot!.querySelector('[part="rotation-button"]')).to.be.null;
      expect(part(el, '[part="slides"]').getAttribute('aria-live')).to.equal('polite');
    });

    it('rotates every `autoplay` seconds, wrapping after the last even without `loop`, and says "autoplay"', async () => {
      const el = await rotatingFixture();
      const changes = recordChanges(el);
      clock.tick(4_999);
      expect(el.index).to.equal(0);
      clock.tick(1);
      await el.updateComplete;
      expect(seenSlides(el)).to.deep.equal([1]);
      clock.tick(10_000);
      await el.updateComplete;
      expect(changes.map((change) => [change.index, change.reason])).to.deep.equal([
        [1, 'autoplay'],
        [2, 'autoplay'],
        [0, 'autoplay'],
      ]);
    });

    it('puts a rotation button first, labelled to stop, and turns the live region off while rotating', async () => {
      const el = await rotatingFixture();
      const rotation = button(el, 'rotation-button');
      expect(textOf(rotation)).to.equal('Stop automatic slide show');
      expect(rotation.hasAttribute('aria-pressed')).to.be.false;
      expect(part(el, '[part="slides"]').getAttribute('aria-live')).to.equal('off');
      document.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal('rotation-button');
    });

    it('stops for good when keyboard focus enters, and stays stopped after focus leaves', async () => {
      const el = await rotatingFixture();
      document.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(textOf(button(el, 'rotation-button'))).to.equal('Start automatic slide show');
      expect(part(el, '[part="slides"]').getAttribute('aria-live')).to.equal('polite');
      clock.tick(20_000);
      expect(el.index).to.equal(0);

      document.querySelector<HTMLButtonElement>('#before')!.focus();
      await el.updateComplete;
      clock.tick(20_000);
      await el.updateComplete;
      expect(el.index).to.equal(0);
      expect(textOf(button(el, 'rotation-button'))).to.equal('Start automatic slide show');
    });

    it('pauses while the mouse hovers, and carries on when it leaves', async () => {
      const el = await rotatingFixture();
      await sendMouse({ type: 'move', position: centre(part(el, '[part="slides"]')) });
      clock.tick(20_000);
      expect(el.index).to.equal(0);
      expect(textOf(button(el, 'rotation-button'))).to.equal('Stop automatic slide show');
      await sendMouse({ type: 'move', position: [0, 0] });
      clock.tick(5_000);
      expect(el.index).to.equal(1);
    });

    it('the rotation button stops it, and only the rotation button starts it again', async () => {
      const el = await rotatingFixture();
      const rotation = button(el, 'rotation-button');
      rotation.click();
      await el.updateComplete;
      expect(textOf(rotation)).to.equal('Start automatic slide show');
      clock.tick(20_000);
      expect(el.index).to.equal(0);
      rotation.click();
      await el.updateComplete;
      expect(textOf(rotation)).to.equal('Stop automatic slide show');
      expect(part(el, '[part="slides"]').getAttribute('aria-live')).to.equal('off');
      clock.tick(5_000);
      expect(el.index).to.equal(1);
    });

    it('stops when the learner navigates', async () => {
      const el = await rotatingFixture();
      tabs(el)[2].click();
      await el.updateComplete;
      clock.tick(20_000);
      expect(el.index).to.equal(2);
      expect(textOf(button(el, 'rotation-button'))).to.equal('Start automatic slide show');
    });

    it('starts stopped under prefers-reduced-motion: reduce', async () => {
      await emulateMediaFeatures({ 'prefers-reduced-motion': 'reduce' });
      const el = await rotatingFixture();
      expect(textOf(button(el, 'rotation-button'))).to.equal('Start automatic slide show');
      expect(part(el, '[part="slides"]').getAttribute('aria-live')).to.equal('polite');
      clock.tick(20_000);
      expect(el.index).to.equal(0);
    });

    it('takes 10 seconds per slide for a bare `autoplay`', async () => {
      const el = await fixture<MhmFiveReasons>(html`<mhm-five-reasons autoplay>
        <mhm-slide heading="One"><p>1</p></mhm-slide><mhm-slide heading="Two"><p>2</p></mhm-slide>
      </mhm-five-reasons>`);
      clock.tick(9_999);
      expect(el.index).to.equal(0);
      clock.tick(1);
      expect(el.index).to.equal(1);
    });

    it('rotates the built-in slides once they are loaded', async () => {
      const el = await fixture<MhmFiveReasons>(html`<mhm-five-reasons autoplay="4"></mhm-five-reasons>`);
      await el.updateComplete;
      clock.tick(4_000);
      expect(el.index).to.equal(1);
    });

    it('does not rotate in list view, and stops when the learner switches views', async () => {
      const el = await rotatingFixture();
      button(el, 'view-toggle').click();
      await el.updateComplete;
      clock.tick(20_000);
      expect(el.index).to.equal(0);
      expect(el.shadowRoot!.querySelector('[part="rotation-button"]')).to.be.null;
      button(el, 'view-toggle').click();
      await el.updateComplete;
      clock.tick(20_000);
      expect(el.index).to.equal(0);
    });

    it('stops its timer when removed from the page, and carries on where it is moved', async () => {
      const el = await rotatingFixture();
      el.remove();
      expect(clock.countTimers()).to.equal(0);
      const target = await fixture(html`<section></section>`);
      target.append(el);
      clock.tick(5_000);
      expect(el.index).to.equal(1);
    });
  });

  describe('completion', () => {
    it('fires mhm-complete once, when the last unseen slide is shown', async () => {
      const el = await fixture<MhmFiveReasons>(custom);
      const events: CustomEvent[] = [];
      el.addEventListener('mhm-complete', (event) => events.push(event));
      button(el, 'next-button').click();
      expect(events).to.have.length(0);
      const done = oneEvent(el, 'mhm-complete');
      button(el, 'next-button').click();
      const event = await done;
      expect(event.detail).to.deep.equal({ activity: 'carousel', id: 'reasons', completed: true, viewed: 3 });
      expect(event.bubbles && event.composed).to.be.true;
      el.goTo(0);
      el.goTo(2);
      await el.updateComplete;
      expect(events).to.have.length(1);
    });

    it('counts the first slide shown, whichever `start` makes it', async () => {
      const el = await fixture<MhmFiveReasons>(html`<mhm-five-reasons start="1">
        <mhm-slide heading="One"><p>1</p></mhm-slide><mhm-slide heading="Two"><p>2</p></mhm-slide>
      </mhm-five-reasons>`);
      const done = oneEvent(el, 'mhm-complete');
      button(el, 'previous-button').click();
      expect((await done).detail.viewed).to.equal(2);
    });

    it('fires when the learner views every slide as a list, not when an author sets show-all on slides off screen', async () => {
      let fired = 0;
      const count = () => (fired += 1);
      document.addEventListener('mhm-complete', count);
      try {
        await inside(onAPage(html`<mhm-five-reasons show-all></mhm-five-reasons>`));
        await painted();
        expect(fired).to.equal(0);
        const el = await carousel(html`<mhm-five-reasons></mhm-five-reasons>`);
        button(el, 'view-toggle').click();
        expect(fired).to.equal(1);
      } finally {
        document.removeEventListener('mhm-complete', count);
      }
    });
  });

  describe('completion in list view (`show-all`)', () => {
    // A 360 px phone: the list is much taller than the screen.
    beforeEach(async () => {
      await setViewport({ width: 360, height: 640 });
    });

    afterEach(async () => {
      window.scrollTo(0, 0);
      await setViewport({ width: 800, height: 600 });
    });

    it('fires mhm-complete once, when the learner has scrolled the last slide on screen, not before', async () => {
      // Arrange
      const el = await inside(listOfFive(400));
      const events = recordCompletions(el);
      await painted();

      // Act: each slide in turn in the middle of the screen, its neighbours peeking in.
      for (const slide of slides(el).slice(0, 4)) {
        await scrollToCentre(slide);
      }

      // Assert
      expect(events, 'four of five slides seen').to.have.length(0);
      await scrollToCentre(slides(el)[4]);
      expect(events).to.have.length(1);
      expect(events[0].detail).to.deep.equal({ activity: 'carousel', id: 'listed', completed: true, viewed: 5 });
      expect(events[0].bubbles && events[0].composed).to.be.true;
      for (const slide of slides(el).reverse()) {
        await scrollToCentre(slide);
      }
      expect(events, 'once per element').to.have.length(1);
    });

    it('does not count the first slide for being first: a learner who jumps past it has not seen it', async () => {
      const el = await inside(listOfFive(400));
      const events = recordCompletions(el);
      for (const slide of slides(el).slice(1).reverse()) {
        await scrollToCentre(slide);
      }
      expect(events).to.have.length(0);
      await scrollToCentre(slides(el)[0]);
      expect(events).to.have.length(1);
    });

    it('counts a slide taller than the screen once it fills half the screen, not for its first lines', async () => {
      // Arrange: slides two and a half screens tall can never be half on screen.
      const el = await inside(listOfFive(1600));
      const events = recordCompletions(el);
      for (const slide of slides(el).slice(0, 4)) {
        await scrollToCentre(slide);
      }
      const last = slides(el)[4];

      // Act and assert
      await scrollToPeek(last, 120);
      expect(events, 'the last slide’s first lines only').to.have.length(0);
      await scrollToPeek(last, 400);
      expect(events).to.have.length(1);
      expect(events[0].detail.viewed).to.equal(5);
    });

    it('completes the built-in five reasons read one after another on a phone', async () => {
      const el = await inside(onAPage(html`<mhm-five-reasons show-all></mhm-five-reasons>`));
      const events = recordCompletions(el);
      for (const slide of slides(el)) {
        await scrollToCentre(slide);
      }
      expect(events).to.have.length(1);
      expect(events[0].detail.viewed).to.equal(5);
    });

    it('counts nothing while the element is hidden, and the slides on screen once it is shown', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div hidden>
        <mhm-five-reasons show-all><mhm-slide heading="One"><p>1</p></mhm-slide><mhm-slide heading="Two"><p>2</p></mhm-slide></mhm-five-reasons>
      </div>`);
      const el = wrapper.querySelector<MhmFiveReasons>('mhm-five-reasons')!;
      const events = recordCompletions(el);
      await painted();
      expect(events).to.have.length(0);
      wrapper.hidden = false;
      await painted();
      expect(events).to.have.length(1);
    });

    it('counts nothing while removed from the page, and carries on counting where it is moved', async () => {
      // Arrange: two slides seen, then the element taken out of the page.
      const el = await inside(listOfFive(400));
      const events = recordCompletions(el);
      await scrollToCentre(slides(el)[0]);
      await scrollToCentre(slides(el)[1]);
      const parent = el.parentElement!;
      el.remove();
      await painted();
      expect(events).to.have.length(0);

      // Act: put back at the top of the page, then read down to the end.
      parent.prepend(el);
      await el.updateComplete;
      for (const slide of slides(el).slice(2)) {
        await scrollToCentre(slide);
      }

      // Assert
      expect(events).to.have.length(1);
    });

    it('after reset(), counts the slide on screen then and the others as they come, for a second mhm-complete', async () => {
      // Arrange: every slide read, the last one on screen.
      const el = await inside(listOfFive(400));
      const events = recordCompletions(el);
      for (const slide of slides(el)) {
        await scrollToCentre(slide);
      }

      // Act: start over, then read back up.
      el.reset();
      await el.updateComplete;
      await painted();
      for (const slide of slides(el).slice(1, 4).reverse()) {
        await scrollToCentre(slide);
      }

      // Assert
      expect(events, 'the first slide not seen again yet').to.have.length(1);
      await scrollToCentre(slides(el)[0]);
      expect(events).to.have.length(2);
    });
  });

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

  describe('display preferences and sizes', () => {
    afterEach(async () => {
      await emulateMediaFeatures({});
      await setViewport({ width: 800, height: 600 });
    });

    it('cross-fades slides, with no transition under prefers-reduced-motion', async () => {
      const el = await fixture<MhmFiveReasons>(custom);
      const slide = slides(el)[1];
      expect(getComputedStyle(slide).transitionDuration).to.not.match(/^0s(, 0s)*$/);
      await emulateMediaFeatures({ 'prefers-reduced-motion': 'reduce' });
      expect(getComputedStyle(slide).transitionDuration).to.match(/^0s(, 0s)*$/);
    });

    it('keeps the controls in place whatever the length of the slide shown', async () => {
      const el = await fixture<MhmFiveReasons>(html`<mhm-five-reasons>
        <mhm-slide heading="Short"><p>One line.</p></mhm-slide>
        <mhm-slide heading="Long"><p>${'A much longer slide body that wraps over several lines. '.repeat(8)}</p></mhm-slide>
      </mhm-five-reasons>`);
      const before = part(el, '[part="controls"]').getBoundingClientRect().top;
      el.next();
      await el.updateComplete;
      expect(part(el, '[part="controls"]').getBoundingClientRect().top).to.equal(before);
    });

    it('shows the shown slide in forced colours by system colours', async () => {
      const el = await fixture<MhmFiveReasons>(custom);
      await emulateMediaFeatures({ 'forced-colors': 'active', 'prefers-reduced-motion': 'reduce' });
      expect(matchMedia('(forced-colors: active)').matches).to.be.true;
      const selected = getComputedStyle(tabs(el)[0], '::before').backgroundColor;
      const other = getComputedStyle(tabs(el)[1], '::before').backgroundColor;
      expect(selected).to.not.equal(other);
      expect(getComputedStyle(part(el, '[part="base"]')).borderStyle).to.equal('solid');
    });

    it('gives every control a target of at least 24 by 24 px', async () => {
      const el = await fixture<MhmFiveReasons>(html`<mhm-five-reasons autoplay>
        <mhm-slide heading="One"><p>1</p></mhm-slide><mhm-slide heading="Two"><p>2</p></mhm-slide>
      </mhm-five-reasons>`);
      const controls = [...el.shadowRoot!.querySelectorAll('button')];
      expect(controls).to.have.length(6);
      for (const control of controls) {
        const box = control.getBoundingClientRect();
        expect(Math.min(box.width, box.height), control.getAttribute('part')!).to.be.at.least(24);
      }
    });

    for (const lang of ['en', 'ar']) {
      it(`fits a 320 px wide viewport without horizontal scrolling (lang="${lang}")`, async () => {
        await setViewport({ width: 320, height: 640 });
        const el = await inside(html`<div lang=${lang}><mhm-five-reasons autoplay></mhm-five-reasons></div>`);
        const width = el.getBoundingClientRect().width;
        expect(width).to.be.at.most(320);
        expect(part(el, '[part="base"]').scrollWidth).to.be.at.most(Math.ceil(width));
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
      });
    }
  });

  describe('accessibility', () => {
    it('has no axe violations on the first, a middle and the last slide', async () => {
      const el = await carousel(html`<mhm-five-reasons></mhm-five-reasons>`);
      await expect(el).to.be.accessible();
      el.goTo(2);
      await el.updateComplete;
      settle(el);
      await expect(el).to.be.accessible();
      el.goTo(4);
      await el.updateComplete;
      settle(el);
      await expect(el).to.be.accessible();
    });

    it('has no axe violations in list view', async () => {
      const el = await carousel(html`<mhm-five-reasons show-all></mhm-five-reasons>`);
      await expect(el).to.be.accessible();
    });

    it('has no axe violations with author slides, a link, and autoplay', async () => {
      const el = await fixture<MhmFiveReasons>(html`<mhm-five-reasons autoplay heading="Why it matters">
        <mhm-slide heading="Awareness"><p>Noticing. <a href="#x">More</a></p></mhm-slide>
        <mhm-slide heading="Attitudes"><p>Fewer stigmas.</p></mhm-slide>
      </mhm-five-reasons>`);
      await expect(el).to.be.accessible();
    });

    it('has no axe violations in Arabic, nor while loading, nor showing an author error', async () => {
      const arabic = await inside(html`<div lang="ar"><mhm-five-reasons></mhm-five-reasons></div>`);
      await expect(arabic).to.be.accessible();
      const loading = document.createElement('mhm-five-reasons');
      document.body.append(loading);
      try {
        await elementUpdated(loading);
        await expect(loading).to.be.accessible();
      } finally {
        loading.remove();
      }
      const mistaken = await quietFixture<MhmFiveReasons>(html`<mhm-five-reasons start="x" lang="de"></mhm-five-reasons>`);
      await mistaken.updateComplete;
      await expect(mistaken).to.be.accessible();
    });

    it('has no axe violations (contrast included) in the dark colour scheme', async () => {
      const el = await carousel(html`<mhm-five-reasons autoplay></mhm-five-reasons>`);
      await emulateMediaFeatures({ 'prefers-color-scheme': 'dark' });
      try {
        await expect(el).to.be.accessible();
        el.goTo(4);
        await el.updateComplete;
        settle(el);
        await expect(el).to.be.accessible();
      } finally {
        await emulateMediaFeatures({});
      }
    });
  });
});
