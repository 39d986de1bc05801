import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/reflection-prompt/reflection-prompt.js';
import type { MhmReflectionPrompt } from '../../src/components/reflection-prompt/reflection-prompt.component.js';
import { emulateMediaFeatures, part, textOf } from '../support/helpers.js';
import { stored, libraryKeys, field, button, announced, focused, doneName, type, tickKeep, reflectionHooks, expectAccessible } from '../harness/reflection-prompt.js';
import { persisted } from './fixtures.js';

describe('<mhm-reflection-prompt>', () => {
  reflectionHooks();

  describe('Done', () => {
    it('marks the reflection complete and tells the course, without the text', async () => {
      const el = await fixture<MhmReflectionPrompt>(persisted);
      await tickKeep(el);
      await type(el, 'My answer');
      const done = oneEvent(el, 'mhm-complete');
      button(el, 'done-button').click();
      const event = await done;
      await elementUpdated(el);
      expect(event.detail).to.deep.equal({
        activity: 'reflection',
        id: 'r1',
        completed: true,
        reflectionId: 'return-identity',
        length: 9,
        saved: true,
      });
      expect(event.bubbles && event.composed).to.be.true;
      expect(el.hasAttribute('completed')).to.be.true;
      expect(textOf(part(el, '[part="completed-badge"]'))).to.equal('✓ Completed');
      expect(stored('return-identity').text).to.equal('My answer');
    });

    it('with nothing written, says what to do, focuses the field and does not complete', async () => {
      const el = await fixture<MhmReflectionPrompt>(persisted);
      let fired = false;
      el.addEventListener('mhm-complete', () => (fired = true));
      await type(el, '   ');
      button(el, 'done-button').focus();
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      expect(fired).to.be.false;
      expect(el.completed).to.be.false;
      expect(textOf(part(el, '[part="done-note"]'))).to.equal('Write something first, then press Done.');
      expect(button(el, 'done-button').getAttribute('aria-describedby')).to.equal('done-note');
      expect(focused(el)).to.equal(field(el));
      await elementUpdated(el);
      expect(announced(el)).to.equal('Write something first, then press Done.');
    });

    it('completes whether or not the text is kept on the device', async () => {
      const el = await fixture<MhmReflectionPrompt>(html`<mhm-reflection-prompt prompt="Why?"></mhm-reflection-prompt>`);
      await type(el, 'In memory');
      const done = oneEvent(el, 'mhm-complete');
      button(el, 'done-button').click();
      expect((await done).detail).to.include({ completed: true, length: 9, saved: false, reflectionId: '' });
    });
  });

  describe('when `optional` is set', () => {
    it('offers moving on as a plain button, and Done as the main one once there is text', async () => {
      // Without transitions, so colours are read at rest (the media features are reset after each test).
      await emulateMediaFeatures({ 'prefers-reduced-motion': 'reduce' });
      const el = await fixture<MhmReflectionPrompt>(html`<mhm-reflection-prompt optional prompt="Why?"></mhm-reflection-prompt>`);
      const look = () => getComputedStyle(button(el, 'done-button')).backgroundColor;
      const plain = look();

      await type(el, 'A few words');

      expect(doneName(el)).to.equal('Done');
      expect(look()).to.not.equal(plain);
      expect(look()).to.not.equal(getComputedStyle(part(el, '[part="base"]')).backgroundColor);
      expect(plain).to.equal(getComputedStyle(part(el, '[part="base"]')).backgroundColor);
    });

    const optional = html`<mhm-reflection-prompt id="r1" reflection-id="return-identity" persist optional
      prompt="Think of a returnee you know. What did coming home mean for them?"></mhm-reflection-prompt>`;

    it('names the button "Continue without writing" while the field is empty, and "Done" once something is written', async () => {
      const el = await fixture<MhmReflectionPrompt>(optional);
      expect(doneName(el)).to.equal('Continue without writing');
      await type(el, '  ');
      expect(doneName(el), 'spaces are not writing').to.equal('Continue without writing');
      await type(el, 'Hope');
      expect(doneName(el)).to.equal('Done');
      for (let i = 0; i < '  Hope'.length; i += 1) await sendKeys({ press: 'Backspace' });
      await elementUpdated(el);
      expect(field(el).value).to.equal('');
      expect(doneName(el)).to.equal('Continue without writing');
    });

    it('completes from the keyboard with nothing written: the event carries no text, and completed is reflected', async () => {
      const el = await fixture<MhmReflectionPrompt>(optional);
      const events: CustomEvent[] = [];
      el.addEventListener('mhm-complete', (event) => events.push(event));
      field(el).focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(button(el, 'done-button'));
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      expect(events.map((event) => event.detail)).to.deep.equal([
        { activity: 'reflection', id: 'r1', completed: true, reflectionId: 'return-identity', length: 0, saved: false },
      ]);
      expect(events[0].bubbles && events[0].composed).to.be.true;
      expect(el.hasAttribute('completed')).to.be.true;
      expect(textOf(part(el, '[part="completed-badge"]'))).to.equal('✓ Completed');
      expect(el.shadowRoot!.querySelector('[part="done-note"]'), 'no "write something first"').to.be.null;
      expect(focused(el), 'focus stays on the button, the field is not pushed on the learner').to.equal(button(el, 'done-button'));
      expect(libraryKeys(), 'nothing written, nothing stored').to.deep.equal([]);
    });

    it('with text written, is the normal Done: Space completes with the length and never the text', async () => {
      const el = await fixture<MhmReflectionPrompt>(optional);
      await type(el, 'Coming home was hard.');
      button(el, 'done-button').focus();
      const done = oneEvent(el, 'mhm-complete');
      await sendKeys({ press: 'Space' });
      const { detail } = await done;
      expect(detail).to.deep.equal({ activity: 'reflection', id: 'r1', completed: true, reflectionId: 'return-identity', length: 21, saved: false });
      expect(JSON.stringify(detail)).not.to.contain('hard');
      await elementUpdated(el);
      expect(el.hasAttribute('completed')).to.be.true;
    });

    it('without the attribute, the empty field’s button still reads Done and does not complete', async () => {
      const el = await fixture<MhmReflectionPrompt>(persisted);
      let fired = false;
      el.addEventListener('mhm-complete', () => (fired = true));
      expect(doneName(el)).to.equal('Done');
      button(el, 'done-button').click();
      await elementUpdated(el);
      expect(fired).to.be.false;
      expect(el.hasAttribute('completed')).to.be.false;
    });

    it('reads right to left in Arabic, with the Arabic choice, and completes', async () => {
      const wrapper = await fixture(html`<div lang="ar">
        <mhm-reflection-prompt optional prompt="ماذا تعني العودة إلى الوطن؟"></mhm-reflection-prompt>
      </div>`);
      const el = wrapper.querySelector<MhmReflectionPrompt>('mhm-reflection-prompt')!;
      await elementUpdated(el);
      expect(getComputedStyle(button(el, 'done-button')).direction).to.equal('rtl');
      expect(doneName(el)).to.equal('المتابعة دون كتابة');
      const done = oneEvent(el, 'mhm-complete');
      button(el, 'done-button').click();
      expect((await done).detail).to.include({ completed: true, length: 0 });
      await elementUpdated(el);
      expect(el.hasAttribute('completed')).to.be.true;
      await type(el, 'كانت العودة صعبة');
      expect(textOf(button(el, 'done-button'))).to.equal('انتهيت');
    });

    it('has no axe violations empty, completed without writing, and in Arabic', async () => {
      const wrapper = await fixture(html`<div>
        ${optional}
        <mhm-reflection-prompt lang="ar" optional completed prompt="ماذا تعني العودة؟"></mhm-reflection-prompt>
      </div>`);
      const el = wrapper.querySelector<MhmReflectionPrompt>('mhm-reflection-prompt')!;
      button(el, 'done-button').click();
      await elementUpdated(el);
      expect(el.completed).to.be.true;
      await expectAccessible(wrapper);
    });
  });
});
