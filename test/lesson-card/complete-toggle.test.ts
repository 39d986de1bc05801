import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/lesson-card/lesson-card.js';
import type { MhmLessonCard } from '../../src/components/lesson-card/lesson-card.component.js';
import { emulateMediaFeatures, part, textOf } from '../support/helpers.js';
import { lesson } from './fixtures.js';
import { answerUndo, completeButton, pressComplete, undoComplete, undoQuestion } from '../harness/lesson-card.js';

/** What CSS draws after the button, and the text it gives assistive technology (`content: "…" / "…"`). */
function drawnAfter(button: HTMLButtonElement): { shown: string; alt?: string } {
  const content = getComputedStyle(button, '::after').content;
  const strings = [...content.matchAll(/"([^"]*)"/g)].map((match) => match[1]);
  if (content === 'none' || content === 'normal' || strings.length === 0) return { shown: '' };
  return content.includes('/') ? { shown: strings.slice(0, -1).join(''), alt: strings.at(-1) } : { shown: strings.join('') };
}

/** The words a sighted learner reads on the button: text in boxes larger than a pixel, and what CSS draws after it. */
function visibleWords(button: HTMLButtonElement): string {
  const words: string[] = [];
  const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // A visually hidden box is one pixel, clipped: its text is there for assistive technology only.
    const box = node.parentElement!.getBoundingClientRect();
    if (node.textContent!.trim() && box.width > 1 && box.height > 1) words.push(node.textContent!.trim());
  }
  return [...words, drawnAfter(button).shown].filter(Boolean).join(' ');
}

/**
 * The button's accessible name as the accname rules build it from its content: no aria-label, the
 * text of what is not aria-hidden, and the alternative text of anything CSS draws.
 */
function accessibleName(button: HTMLButtonElement): string {
  expect(button.hasAttribute('aria-label') || button.hasAttribute('aria-labelledby')).to.be.false;
  const words: string[] = [];
  const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement!.closest('[aria-hidden="true"]')) words.push(node.textContent!);
  }
  const drawn = drawnAfter(button);
  return [...words, drawn.alt ?? drawn.shown].join(' ').replace(/\s+/g, ' ').trim();
}

describe('<mhm-lesson-card> "Mark as complete"', () => {
  afterEach(async () => {
    await emulateMediaFeatures({});
  });

  it('shows "✓ Completed" on the button once pressed, and "Mark as complete" before', async () => {
    const el = await fixture<MhmLessonCard>(lesson);
    expect(visibleWords(completeButton(el))).to.equal('Mark as complete');
    await pressComplete(el);
    expect(visibleWords(completeButton(el))).to.equal('✓ Completed');
  });

  it('keeps one accessible name, "Mark as complete", and tells the state by aria-pressed', async () => {
    const el = await fixture<MhmLessonCard>(lesson);
    expect(accessibleName(completeButton(el))).to.equal('Mark as complete');
    expect(completeButton(el).getAttribute('aria-pressed')).to.equal('false');
    await pressComplete(el);
    expect(accessibleName(completeButton(el))).to.equal('Mark as complete');
    expect(completeButton(el).getAttribute('aria-pressed')).to.equal('true');
  });

  it('does not take a completed lesson back on one more tap: it asks in place, and "No" keeps it complete', async () => {
    const el = await fixture<MhmLessonCard>(lesson);
    const events: boolean[] = [];
    el.addEventListener('mhm-complete', (event) => events.push(event.detail.completed));
    await pressComplete(el);
    await pressComplete(el);
    expect(el.completed).to.be.true;
    expect(events).to.deep.equal([true]);
    expect(textOf(undoQuestion(el))).to.contain('Mark this lesson as not complete?');
    expect(textOf(part(el, '[part~="confirm-button"]'))).to.equal('Yes, mark as not complete');
    expect(textOf(part(el, '[part~="cancel-button"]'))).to.equal('No, keep it complete');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, '[part~="cancel-button"]'));
    await answerUndo(el, false);
    expect(el.completed).to.be.true;
    expect(events).to.deep.equal([true]);
    expect(undoQuestion(el)).to.be.null;
    expect(el.shadowRoot!.activeElement).to.equal(completeButton(el));
  });

  it('takes the lesson back when the learner says yes, with the same mhm-complete event as before', async () => {
    const el = await fixture<MhmLessonCard>(lesson);
    await pressComplete(el);
    const undone = oneEvent(el, 'mhm-complete');
    await undoComplete(el);
    const event = await undone;
    expect(event.detail).to.deep.equal({ activity: 'lesson', id: 'lesson-1', completed: false });
    expect(event.bubbles && event.composed).to.be.true;
    expect(el.hasAttribute('completed')).to.be.false;
    expect(completeButton(el).getAttribute('aria-pressed')).to.equal('false');
    expect(visibleWords(completeButton(el))).to.equal('Mark as complete');
    expect(el.shadowRoot!.activeElement).to.equal(completeButton(el));
  });

  it('is marked, asked and taken back by keyboard alone; Escape keeps it complete', async () => {
    const el = await fixture<MhmLessonCard>(lesson);
    completeButton(el).focus();
    await sendKeys({ press: 'Space' });
    await elementUpdated(el);
    expect(el.completed).to.be.true;
    await sendKeys({ press: 'Enter' });
    await elementUpdated(el);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, '[part~="cancel-button"]'));
    await sendKeys({ press: 'Escape' });
    await elementUpdated(el);
    expect(el.completed).to.be.true;
    expect(el.shadowRoot!.activeElement).to.equal(completeButton(el));
    await sendKeys({ press: 'Enter' });
    await elementUpdated(el);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, '[part~="confirm-button"]'));
    await sendKeys({ press: 'Enter' });
    await elementUpdated(el);
    expect(el.completed).to.be.false;
    expect(el.shadowRoot!.activeElement).to.equal(completeButton(el));
  });

  it('closes the question when a script or the course takes the lesson back meanwhile', async () => {
    const el = await fixture<MhmLessonCard>(lesson);
    await pressComplete(el);
    await pressComplete(el);
    el.completed = false;
    await elementUpdated(el);
    expect(undoQuestion(el)).to.be.null;
    expect(completeButton(el).getAttribute('aria-pressed')).to.equal('false');
  });

  it('has no axe violations before, after pressing and while asking', async () => {
    const el = await fixture<MhmLessonCard>(lesson);
    await expect(el).to.be.accessible();
    await pressComplete(el);
    await expect(el).to.be.accessible();
    await pressComplete(el);
    await expect(el).to.be.accessible();
  });

  it('shows the completed state in forced colours by a check mark and a thicker border, not by colour alone', async () => {
    const el = await fixture<MhmLessonCard>(lesson);
    await emulateMediaFeatures({ 'forced-colors': 'active' });
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
    const button = completeButton(el);
    const before = getComputedStyle(button).borderTopWidth;
    await pressComplete(el);
    expect(parseFloat(getComputedStyle(button).borderTopWidth)).to.be.greaterThan(parseFloat(before));
    expect(visibleWords(button)).to.equal('✓ Completed');
  });

  it('reads right to left in Arabic: the question and its answers in Arabic', async () => {
    const el = await fixture<MhmLessonCard>(html`<div lang="ar" dir="rtl"><mhm-lesson-card id="ar-card" heading="ما هي الصحة النفسية؟"></mhm-lesson-card></div>`);
    const card = el.querySelector<MhmLessonCard>('mhm-lesson-card')!;
    await elementUpdated(card);
    await pressComplete(card);
    expect(visibleWords(completeButton(card))).to.equal('✓ مكتمل');
    await pressComplete(card);
    expect(textOf(undoQuestion(card))).to.contain('هل تريد إلغاء علامة الاكتمال عن هذا الدرس؟');
    expect(part(card, '[part="base"]').getAttribute('dir')).to.equal('rtl');
  });
});
