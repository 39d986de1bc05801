import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/course/course.js';
import type { MhmCourse } from '../../src/components/course/course.js';
import en from '../../src/translations/en.js';
import { captureWarnings, isShown, part, textOf } from '../support/helpers.js';
import { axeWcag22 } from '../support/story-checks.js';
import { activity, child, course, courseHooks, settle } from '../harness/course.js';

/** The course's help contact: set once on <mhm-course>, reached from the header, every reflection and every content note. */

const reflectionIds = ['mhm-course/return-identity', 'mhm-course/community-support'];
const lessonsWithContentNote = ['migration-and-well-being', 'return-and-identity'];

/** The "Need to talk to someone?" disclosure in the course header. */
const help = (el: MhmCourse) => part<HTMLDetailsElement>(el, '[part~="help"]');
const helpSummary = (el: MhmCourse) => part<HTMLElement>(el, '[part~="help-summary"]');
const supportLink = (host: Element) => host.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="support-link"]');
const helpButton = (host: Element) => host.shadowRoot!.querySelector<HTMLButtonElement>('[part~="help-button"]');

/** Replaces console.info while `run` executes and returns what was logged about help contacts. */
async function captureSupportAdvice(run: () => Promise<unknown>): Promise<string[]> {
  const original = console.info;
  const messages: string[] = [];
  console.info = (...args: unknown[]) => {
    const text = args.filter((arg) => typeof arg === 'string').join(' ');
    if (text.includes('support')) {
      messages.push(text);
    }
  };
  try {
    await run();
  } finally {
    console.info = original;
  }
  return messages;
}

/** A short author's course with a content note and two reflections, one with its own helpline. */
const authorCourse = (support: ReturnType<typeof html> | string = '') => html`<mhm-course heading="Our workshop">
  ${support}
  <mhm-lesson-card id="hard" heading="Hard stories" heading-level="3">
    <span slot="content-note">This lesson mentions violence.</span>
    <p>Some stories are hard to hear.</p>
  </mhm-lesson-card>
  <mhm-reflection-prompt id="plain" prompt="What helps you?" optional></mhm-reflection-prompt>
  <mhm-reflection-prompt id="own" prompt="Who do you call?" optional support-href="tel:+221800000000" support-label="Dakar line"></mhm-reflection-prompt>
</mhm-course>`;

describe('<mhm-course> help contact', () => {
  courseHooks();

  it('links the header, every built-in reflection and every content note to the course’s support-href', async () => {
    const el = await course(html`<mhm-course support-href="tel:+233800000000" support-label="Call the Accra helpline, 0800 000 000"></mhm-course>`);

    expect(textOf(helpSummary(el))).to.equal('Need to talk to someone?');
    expect(isShown(helpSummary(el))).to.equal(true);
    const headerLink = supportLink(el)!;
    expect(headerLink.getAttribute('href')).to.equal('tel:+233800000000');
    expect(textOf(headerLink)).to.equal('Call the Accra helpline, 0800 000 000');
    for (const id of reflectionIds) {
      const link = supportLink(activity(el, id))!;
      expect(link, id).to.exist;
      expect(link.getAttribute('href')).to.equal('tel:+233800000000');
      expect(textOf(link)).to.equal('Call the Accra helpline, 0800 000 000');
    }
    for (const id of lessonsWithContentNote) {
      const link = supportLink(activity(el, id))!;
      expect(link, id).to.exist;
      expect(link.getAttribute('href')).to.equal('tel:+233800000000');
      expect(isShown(link)).to.equal(true);
    }
  });

  it('opens an https: help page in a new tab, and says so', async () => {
    const el = await course(authorCourse());
    el.supportHref = 'https://example.org/help';
    await settle(el);
    const link = supportLink(child(el, 'hard'))!;
    expect(link.getAttribute('target')).to.equal('_blank');
    expect(textOf(link)).to.equal('Need to talk to someone? (opens in a new tab)');
  });

  it('gives its contact to the author’s reflections without their own, and leaves an own helpline alone', async () => {
    const el = await course(authorCourse());
    el.setAttribute('support-href', 'tel:+233800000000');
    await settle(el);

    expect(supportLink(child(el, 'plain'))!.getAttribute('href')).to.equal('tel:+233800000000');
    expect(textOf(supportLink(child(el, 'plain')))).to.equal('Find support');
    expect(supportLink(child(el, 'own'))!.getAttribute('href')).to.equal('tel:+221800000000');
    expect(textOf(supportLink(child(el, 'own')))).to.equal('Dakar line');
  });

  it('refuses a support-href that is not https: or tel:, with the reflection’s message, and links nothing', async () => {
    let el!: MhmCourse;
    const warnings = await captureWarnings(async () => {
      el = await course(html`<mhm-course support-href="javascript:alert(1)"></mhm-course>`);
    });

    expect(warnings.filter((warning) => warning.includes('support-href'))).to.have.length(1);
    expect(textOf(part(el, '[part~="author-error"]'))).to.contain('use an https:// address or a tel: number');
    expect(supportLink(el)).to.equal(null);
    expect(supportLink(activity(el, reflectionIds[0]))).to.equal(null);
  });

  it('tells the author a support-label without support-href is not shown', async () => {
    let el!: MhmCourse;
    const warnings = await captureWarnings(async () => {
      el = await course(authorCourse(''));
      el.supportLabel = 'Call us';
      await settle(el);
    });

    expect(warnings.filter((warning) => warning.includes('support-label'))).to.have.length(1);
    expect(textOf(part(el, '[part~="author-error"]'))).to.contain('Add support-href');
    expect(textOf(help(el))).not.to.contain('Call us');
  });

  it('with richer help in its support slot, opens it from a content note and a reflection, and moves focus there', async () => {
    const el = await course(authorCourse(html`<p slot="support">Call <a href="tel:+233800000000">0800 000 000</a>, day and night.</p>`));
    expect(help(el).open).to.equal(false);

    helpButton(child(el, 'hard'))!.click();
    await settle(el);
    expect(help(el).open).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(helpSummary(el));
    const slotted = part<HTMLSlotElement>(el, 'slot[name="support"]').assignedElements();
    expect(slotted.map((item) => textOf(item))).to.deep.equal(['Call 0800 000 000, day and night.']);
    expect(isShown(slotted[0])).to.equal(true);

    help(el).open = false;
    expect(textOf(helpButton(child(el, 'plain')))).to.equal('Need to talk to someone?');
    helpButton(child(el, 'plain'))!.click();
    await settle(el);
    expect(help(el).open).to.equal(true);
    // The reflection with its own helpline keeps it.
    expect(helpButton(child(el, 'own'))).to.equal(null);
  });

  it('shows the contact in the page’s language: exact, then the same language, else all', async () => {
    const el = await course(authorCourse(html`
      <p slot="support" lang="fr">Appelez le 0800 111 111.</p>
      <p slot="support" lang="en-GB">Call 0800 222 222.</p>
      <p slot="support" lang="en">Call 0800 333 333.</p>
      <p slot="support">Or ask your caseworker.</p>`));
    const shown = () => [...el.querySelectorAll<HTMLElement>('[slot="support"]')].filter((item) => isShown(item)).map((item) => textOf(item));
    help(el).open = true;

    expect(shown()).to.deep.equal(['Call 0800 333 333.', 'Or ask your caseworker.']);
    el.lang = 'en-GB';
    await settle(el);
    expect(shown()).to.deep.equal(['Call 0800 222 222.', 'Or ask your caseworker.']);
    el.lang = 'fr-CA';
    await settle(el);
    expect(shown()).to.deep.equal(['Appelez le 0800 111 111.', 'Or ask your caseworker.']);
    el.lang = 'es';
    await settle(el);
    expect(shown()).to.have.length(4);
  });

  it('with no contact, tells the author once for the whole course and shows the general note', async () => {
    let el!: MhmCourse;
    const advice = await captureSupportAdvice(async () => {
      el = await course(html`<mhm-course>
        <mhm-reflection-prompt id="a" prompt="One?" optional></mhm-reflection-prompt>
        <mhm-reflection-prompt id="b" prompt="Two?" optional></mhm-reflection-prompt>
      </mhm-course>`);
      el.heading = 'Changed';
      await settle(el);
    });

    expect(advice).to.have.length(1);
    expect(advice[0]).to.contain('<mhm-course> support');
    help(el).open = true;
    expect(textOf(help(el))).to.contain(en.reflectionSupportDefault);
    expect(textOf(part(child(el, 'a'), '[part~="support"]'))).to.equal(en.reflectionSupportDefault);
    expect(supportLink(child(el, 'a'))).to.equal(null);
    expect(helpButton(child(el, 'a'))).to.equal(null);
  });

  it('shows only the general note in the built-in course without a contact, and no help link in content notes', async () => {
    const advice = await captureSupportAdvice(async () => {
      const el = await course();
      for (const id of lessonsWithContentNote) {
        expect(supportLink(activity(el, id))).to.equal(null);
        expect(helpButton(activity(el, id))).to.equal(null);
      }
      expect(textOf(help(el))).to.contain(en.reflectionSupportDefault);
    });
    expect(advice).to.have.length(1);
  });

  it('is reached by keyboard alone, and has no axe violation open', async () => {
    const el = await course(authorCourse(html`<p slot="support">Ask your caseworker.</p>`));
    el.supportHref = 'tel:+233800000000';
    await settle(el);
    helpSummary(el).focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(help(el).open).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(supportLink(el));

    await expect(el).to.be.accessible();
    expect(await axeWcag22(el)).to.deep.equal([]);
  });

  it('reads right to left in Arabic', async () => {
    const el = await course(html`<mhm-course lang="ar" support-href="tel:+9611000000"></mhm-course>`);
    expect(textOf(helpSummary(el))).to.equal('هل تحتاج إلى التحدث مع أحد؟');
    expect(getComputedStyle(helpSummary(el)).direction).to.equal('rtl');
    expect(supportLink(activity(el, reflectionIds[0]))!.getAttribute('href')).to.equal('tel:+9611000000');
    expect(await axeWcag22(el)).to.deep.equal([]);
  });
});
