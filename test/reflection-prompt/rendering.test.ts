import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/reflection-prompt/reflection-prompt.js';
import type { MhmReflectionPrompt } from '../../src/components/reflection-prompt/reflection-prompt.component.js';
import { isShown, part, textOf } from '../support/helpers.js';
import { stored, field, status, button, counter, announced, type, tickKeep, fakes, reflectionHooks, waitForPause } from '../harness/reflection-prompt.js';
import { persisted } from './fixtures.js';

describe('<mhm-reflection-prompt>', () => {
  reflectionHooks();

  describe('rendering', () => {
    it('labels the field with the prompt and describes it with the hints, the counter and the status', async () => {
      const el = await fixture<MhmReflectionPrompt>(persisted);
      const textarea = field(el);
      const label = part(el, '[part="prompt"]');
      expect(label.localName).to.equal('label');
      expect((label as HTMLLabelElement).control).to.equal(textarea);
      expect(textOf(label)).to.equal('Think of a returnee you know. What did coming home mean for them?');
      expect(textarea.getAttribute('aria-describedby')).to.equal('hints counter status');
      expect(textOf(part(el, '.hints-lead'))).to.equal('You could think about:');
      const hints = part(el, '[part="hints"] slot') as HTMLSlotElement;
      expect(hints.assignedElements().map((hint) => hint.textContent)).to.deep.equal([
        'What did they hope for?',
        'How did family and neighbours react?',
      ]);
      expect(counter(el)).to.equal('Characters left: 5,000');
      expect(textarea.maxLength).to.equal(5000);
      expect(textarea.rows).to.equal(6);
      expect(status(el)).to.equal('Private: not saved. The text is gone when you leave or reload this page.');
    });

    it('takes the prompt from the prompt slot when there is no prompt attribute', async () => {
      const el = await fixture<MhmReflectionPrompt>(html`<mhm-reflection-prompt>
        <span slot="prompt">What does <em>home</em> mean to you?</span>
      </mhm-reflection-prompt>`);
      const label = part<HTMLLabelElement>(el, '[part="prompt"]');
      expect(label.control).to.equal(field(el));
      const slot = label.querySelector('slot')!;
      expect(textOf(slot.assignedElements()[0])).to.equal('What does home mean to you?');
      expect(el.shadowRoot!.querySelector('[part="author-error"]')).to.be.null;
    });

    it('hides the hints box when there are no hints, and leaves it out of the description', async () => {
      const el = await fixture<MhmReflectionPrompt>(html`<mhm-reflection-prompt prompt="Why?"></mhm-reflection-prompt>`);
      expect(isShown(part(el, '[part="hints"]'))).to.be.false;
      expect(field(el).getAttribute('aria-describedby')).to.equal('counter status');
    });

    it('always shows the default support note, with the local contact as its link', async () => {
      const el = await fixture<MhmReflectionPrompt>(persisted);
      const support = part(el, '[part="support"]');
      expect(isShown(support)).to.be.true;
      expect(support.getAttribute('role')).to.equal('note');
      expect(support.getAttribute('aria-label')).to.equal('Where to get help');
      expect(textOf(support)).to.equal(
        'If this brings up difficult feelings, talk to someone you trust or contact a local support service. Call the helpline, 0800 000 000',
      );
      const link = part<HTMLAnchorElement>(el, '[part="support-link"]');
      expect(link.getAttribute('href')).to.equal('tel:+233800000000');
      expect(link.hasAttribute('target')).to.be.false;
      expect(fakes.info!.called).to.be.false;
    });

    it('opens an https support link in a new tab, says so, and sends no referrer', async () => {
      const el = await fixture<MhmReflectionPrompt>(html`<mhm-reflection-prompt prompt="Why?"
        support-href="https://support.example.org/ghana"></mhm-reflection-prompt>`);
      const link = part<HTMLAnchorElement>(el, '[part="support-link"]');
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(textOf(link)).to.equal('Find support (opens in a new tab)');
    });

    it('shows the author’s support slot instead of the default note', async () => {
      const el = await fixture<MhmReflectionPrompt>(html`<mhm-reflection-prompt prompt="Why?">
        <span slot="support">Feeling low? In Ghana, call 0800 000 000.</span>
      </mhm-reflection-prompt>`);
      const slot = part<HTMLSlotElement>(el, '[part="support"] slot');
      expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Feeling low? In Ghana, call 0800 000 000.']);
      expect(isShown(slot.assignedElements()[0])).to.be.true;
      expect(fakes.info!.called).to.be.false;
    });

    it('asks the author once, in the console, for a local contact when none is configured', async () => {
      const el = await fixture<MhmReflectionPrompt>(html`<mhm-reflection-prompt prompt="Why?"></mhm-reflection-prompt>`);
      el.prompt = 'Why now?';
      await elementUpdated(el);
      expect(fakes.info!.callCount).to.equal(1);
      expect(fakes.info!.firstCall.args[0]).to.match(/^<mhm-reflection-prompt> support: no local contact is configured.*support-href="tel:…"/);
      expect(el.shadowRoot!.querySelector('[part="author-error"]')).to.be.null;
    });
  });

  describe('character count and length', () => {
    it('counts as the learner types, and announces politely only near the limit, after a pause', async () => {
      const el = await fixture<MhmReflectionPrompt>(html`<mhm-reflection-prompt prompt="Why?" max-length="100"></mhm-reflection-prompt>`);
      await type(el, 'a'.repeat(80));
      expect(counter(el)).to.equal('Characters left: 20');
      await waitForPause(el);
      expect(announced(el)).to.equal('');
      await type(el, 'b'.repeat(11));
      expect(announced(el)).to.equal('');
      await waitForPause(el);
      await elementUpdated(el);
      expect(announced(el)).to.equal('Characters left: 9');
      expect(part(el, '[role="status"]').classList.contains('sr-only')).to.be.true;
    });

    it('stops typing at max-length', async () => {
      const el = await fixture<MhmReflectionPrompt>(html`<mhm-reflection-prompt prompt="Why?" max-length="5"></mhm-reflection-prompt>`);
      await type(el, 'abcdefgh');
      expect(field(el).value).to.equal('abcde');
      expect(counter(el)).to.equal('Characters left: 0');
    });

    it('suggests min-length under the field until it is reached, without blocking Done', async () => {
      const el = await fixture<MhmReflectionPrompt>(html`<mhm-reflection-prompt prompt="Why?" min-length="10"></mhm-reflection-prompt>`);
      expect(textOf(part(el, '[part="min-length"]'))).to.equal('Suggested length: at least 10 characters');
      expect(field(el).getAttribute('aria-describedby')).to.equal('counter min-length status');
      await type(el, 'Short');
      const done = oneEvent(el, 'mhm-complete');
      button(el, 'done-button').click();
      expect((await done).detail.completed).to.be.true;
      await type(el, ' but enough');
      expect(el.shadowRoot!.querySelector('[part="min-length"]')).to.be.null;
    });
  });

  describe('language and direction', () => {
    it('lays out what the learner writes by its own script, in a right-to-left page too', async () => {
      const wrapper = await fixture(html`<div lang="ar"><mhm-reflection-prompt prompt="ماذا تعني العودة؟"></mhm-reflection-prompt></div>`);
      const el = wrapper.querySelector<MhmReflectionPrompt>('mhm-reflection-prompt')!;
      await elementUpdated(el);
      expect(getComputedStyle(field(el)).direction, 'empty: the page direction').to.equal('rtl');
      field(el).focus();
      await sendKeys({ type: 'Coming home was hard.' });
      await elementUpdated(el);
      expect(field(el).getAttribute('dir')).to.equal('auto');
      expect(getComputedStyle(field(el)).direction, 'English text: left to right').to.equal('ltr');
    });

    it('reads an ancestor lang="ar": Arabic interface, right to left, Arabic text kept as typed', async () => {
      const wrapper = await fixture(html`<div lang="ar">
        <mhm-reflection-prompt reflection-id="ar" persist prompt="ماذا تعني العودة إلى الوطن؟"></mhm-reflection-prompt>
      </div>`);
      const el = wrapper.querySelector<MhmReflectionPrompt>('mhm-reflection-prompt')!;
      await elementUpdated(el);
      expect(part(el, '[part="base"]').getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(field(el)).direction).to.equal('rtl');
      expect(counter(el)).to.equal('الأحرف المتبقية: 5,000');
      expect(textOf(part(el, 'label[for="keep"]'))).to.equal('الاحتفاظ به على هذا الجهاز');
      expect(textOf(button(el, 'done-button'))).to.equal('انتهيت');
      expect(textOf(part(el, '[part="support"]'))).to.equal(
        'إذا أثار هذا لديك مشاعر صعبة، فتحدّث إلى شخص تثق به أو تواصل مع خدمة دعم محلية.',
      );
      await tickKeep(el);
      await type(el, 'كانت العودة صعبة');
      await waitForPause(el);
      expect(stored('ar').text).to.equal('كانت العودة صعبة');
      expect(status(el)).to.match(/^حُفظ على هذا الجهاز/);
      expect(counter(el)).to.equal('الأحرف المتبقية: 4,984');
    });

    it('reads lang="fr" and follows a change at runtime', async () => {
      const wrapper = await fixture(html`<section lang="fr"><mhm-reflection-prompt prompt="Pourquoi ?"></mhm-reflection-prompt></section>`);
      const el = wrapper.querySelector<MhmReflectionPrompt>('mhm-reflection-prompt')!;
      await elementUpdated(el);
      // French groups digits with a narrow no-break space, which textOf() folds like any space.
      expect(counter(el)).to.equal('Caractères restants : 5 000');
      expect(textOf(button(el, 'done-button'))).to.equal('J’ai terminé');
      wrapper.setAttribute('lang', 'es');
      await fakes.clock!.tickAsync(0);
      await elementUpdated(el);
      expect(textOf(button(el, 'done-button'))).to.equal('He terminado');
    });
  });
});
