import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/lesson-card/lesson-card.js';
import type { MhmLessonCard } from '../../src/components/lesson-card/lesson-card.component.js';
import { emulateMediaFeatures, isShown, part } from '../support/helpers.js';
import { lesson } from './fixtures.js';
import { completeButton, completeStatus, markComplete, undoButton, undoComplete } from '../harness/lesson-card.js';

/** What CSS draws before or after an element, and the alternative text it gives (`content: "…" / "…"`). */
function drawn(element: Element, pseudo: '::before' | '::after'): { shown: string; alt: string } {
  const content = getComputedStyle(element, pseudo).content;
  const strings = [...content.matchAll(/"([^"]*)"/g)].map((match) => match[1]);
  if (content === 'none' || content === 'normal' || strings.length === 0) return { shown: '', alt: '' };
  return content.includes('/') ? { shown: strings.slice(0, -1).join(''), alt: strings.at(-1)! } : { shown: strings.join(''), alt: strings.join('') };
}

/**
 * A button's accessible name, built from the DOM as the accname rules do for a button named by its
 * content: no aria-label or aria-labelledby, the text of what is not aria-hidden, and the
 * alternative text of anything CSS draws before or after the button.
 */
function accessibleName(button: HTMLButtonElement): string {
  expect(button.hasAttribute('aria-label') || button.hasAttribute('aria-labelledby'), 'named by its content').to.be.false;
  const words: string[] = [drawn(button, '::before').alt];
  const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement!.closest('[aria-hidden="true"]')) words.push(node.textContent!);
  }
  words.push(drawn(button, '::after').alt);
  return words.join(' ').replace(/\s+/g, ' ').trim();
}

/** The words a sighted learner reads on a button: its rendered text and what CSS draws around it. */
const visibleWords = (button: HTMLButtonElement) =>
  [drawn(button, '::before').shown, button.innerText, drawn(button, '::after').shown].join(' ').replace(/\s+/g, ' ').trim();

/** The footer's buttons as [what a learner reads, what assistive technology and voice control hear], and none is a toggle. */
function footerButtons(el: Element): Array<[string, string]> {
  const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="footer"] button')];
  for (const button of buttons) expect(button.hasAttribute('aria-pressed'), 'a plain button, not a toggle').to.be.false;
  return buttons.map((button) => [visibleWords(button), accessibleName(button)]);
}

/** The words a learner reads in an element, whitespace folded. */
const shownText = (element: HTMLElement) => element.innerText.replace(/\s+/g, ' ').trim();

/** The part name of what has focus in the card (a part name reads better in a failure than an element). */
const focusedPart = (el: Element) => el.shadowRoot!.activeElement?.getAttribute('part') ?? null;

/** The centre of an element, in whole viewport pixels, where a finger lands. */
function centreOf(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

describe('<mhm-lesson-card> "Mark as complete" and "Mark as not complete"', () => {
  afterEach(async () => {
    await emulateMediaFeatures({});
  });

  it('shows "✓ Completed" and a smaller "Mark as not complete" once marked, and "Mark as complete" before', async () => {
    const el = await fixture<MhmLessonCard>(lesson);
    expect(footerButtons(el).map(([shown]) => shown)).to.deep.equal(['Mark as complete']);
    expect(completeStatus(el)).to.be.null;
    const fullSize = parseFloat(getComputedStyle(completeButton(el)).fontSize);
    await markComplete(el);
    expect(shownText(completeStatus(el)!)).to.equal('✓ Completed');
    expect(isShown(completeStatus(el)!)).to.be.true;
    expect(footerButtons(el).map(([shown]) => shown)).to.deep.equal(['Mark as not complete']);
    expect(parseFloat(getComputedStyle(undoButton(el)).fontSize)).to.be.lessThan(fullSize);
    expect(el.shadowRoot!.querySelector('[part~="complete-button"]')).to.be.null;
  });

  it('names each button by exactly the words it shows, before and after marking (label in name)', async () => {
    const el = await fixture<MhmLessonCard>(lesson);
    expect(footerButtons(el)).to.deep.equal([['Mark as complete', 'Mark as complete']]);
    await markComplete(el);
    expect(footerButtons(el)).to.deep.equal([['Mark as not complete', 'Mark as not complete']]);
    await undoComplete(el);
    expect(footerButtons(el)).to.deep.equal([['Mark as complete', 'Mark as complete']]);
  });

  it('fires the same mhm-complete as before on marking and on taking back', async () => {
    const el = await fixture<MhmLessonCard>(lesson);
    const done = oneEvent(el, 'mhm-complete');
    await markComplete(el);
    const marked = await done;
    expect(marked.detail).to.deep.equal({ activity: 'lesson', id: 'lesson-1', completed: true });
    expect(marked.bubbles && marked.composed).to.be.true;
    const undone = oneEvent(el, 'mhm-complete');
    await undoComplete(el);
    expect((await undone).detail).to.deep.equal({ activity: 'lesson', id: 'lesson-1', completed: false });
    expect(el.hasAttribute('completed')).to.be.false;
    expect(completeStatus(el)).to.be.null;
  });

  it('does not take the lesson back when the learner taps again where "Mark as complete" was, or taps the status', async () => {
    const el = await fixture<MhmLessonCard>(lesson);
    const events: boolean[] = [];
    el.addEventListener('mhm-complete', (event) => events.push(event.detail.completed));
    const where = centreOf(completeButton(el));
    await sendMouse({ type: 'click', position: where });
    await elementUpdated(el);
    expect(el.completed).to.be.true;

    await sendMouse({ type: 'click', position: where });
    await elementUpdated(el);
    await sendMouse({ type: 'click', position: centreOf(completeStatus(el)!) });
    await elementUpdated(el);

    expect(el.completed).to.be.true;
    expect(completeStatus(el)).to.not.be.null;
    expect(events).to.deep.equal([true]);
  });

  it('is marked and taken back by keyboard alone: focus on the status after marking, back on "Mark as complete" after undoing', async () => {
    const el = await fixture<MhmLessonCard>(lesson);
    completeButton(el).focus();
    await sendKeys({ press: 'Enter' });
    await elementUpdated(el);
    expect(el.completed).to.be.true;
    expect(focusedPart(el)).to.equal('complete-status');

    // A second Enter, as on the old toggle, changes nothing.
    await sendKeys({ press: 'Enter' });
    await elementUpdated(el);
    expect(el.completed).to.be.true;

    await sendKeys({ press: 'Tab' });
    expect(focusedPart(el)).to.equal('undo-button');
    expect(getComputedStyle(undoButton(el)).outlineStyle).to.equal('solid');
    await sendKeys({ press: 'Space' });
    await elementUpdated(el);
    expect(el.completed).to.be.false;
    expect(focusedPart(el)).to.equal('complete-button');
  });

  it('has no axe violations before and after marking', async () => {
    const el = await fixture<MhmLessonCard>(lesson);
    await expect(el).to.be.accessible();
    await markComplete(el);
    await expect(el).to.be.accessible();
  });

  it('shows the completed state in forced colours by a check mark, words and a border, not by colour alone', async () => {
    const el = await fixture<MhmLessonCard>(lesson);
    await emulateMediaFeatures({ 'forced-colors': 'active' });
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
    await markComplete(el);
    const status = getComputedStyle(completeStatus(el)!);
    expect(shownText(completeStatus(el)!)).to.equal('✓ Completed');
    expect(status.borderTopStyle).to.equal('solid');
    expect(parseFloat(status.borderTopWidth)).to.be.greaterThan(0);
    expect(getComputedStyle(undoButton(el)).borderTopStyle).to.equal('solid');
  });

  it('reads right to left in Arabic, with each button named by the words it shows', async () => {
    const el = await fixture<HTMLElement>(html`<div lang="ar" dir="rtl"><mhm-lesson-card id="ar-card" heading="ما هي الصحة النفسية؟"></mhm-lesson-card></div>`);
    const card = el.querySelector<MhmLessonCard>('mhm-lesson-card')!;
    await elementUpdated(card);
    expect(footerButtons(card)).to.deep.equal([['وضع علامة كمكتمل', 'وضع علامة كمكتمل']]);
    await markComplete(card);
    expect(shownText(completeStatus(card)!)).to.equal('✓ مكتمل');
    expect(footerButtons(card)).to.deep.equal([['وضع علامة كغير مكتمل', 'وضع علامة كغير مكتمل']]);
    expect(part(card, '[part="base"]').getAttribute('dir')).to.equal('rtl');
  });
});
