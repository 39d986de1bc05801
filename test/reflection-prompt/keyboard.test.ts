import { elementUpdated, expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/reflection-prompt/reflection-prompt.js';
import type { MhmReflectionPrompt } from '../../src/components/reflection-prompt/reflection-prompt.component.js';
import { stored, field, keepBox, focused, type, reflectionHooks } from '../harness/reflection-prompt.js';
import { persisted } from './fixtures.js';

describe('<mhm-reflection-prompt>', () => {
  reflectionHooks();

  describe('focus and keyboard', () => {
    it('goes field, keep box, Done, Download, Delete, support link in order, and works from the keyboard', async () => {
      const el = await fixture<MhmReflectionPrompt>(persisted);
      await type(el, 'Text');
      const order = ['textarea', 'keep', 'done-button', 'download-button', 'delete-button', 'support-link'];
      const seen: string[] = [];
      for (let i = 0; i < order.length; i += 1) {
        const active = focused(el)!;
        seen.push(active.getAttribute('part') ?? active.id);
        if (i < order.length - 1) await sendKeys({ press: 'Tab' });
      }
      expect(seen).to.deep.equal(order);

      keepBox(el).focus();
      await sendKeys({ press: 'Space' });
      await elementUpdated(el);
      expect(keepBox(el).checked).to.be.true;
      expect(stored('return-identity').text).to.equal('Text');
      expect(getComputedStyle(keepBox(el)).outlineStyle).to.equal('solid');
    });

    it('focus() puts the learner in the field', async () => {
      const el = await fixture<MhmReflectionPrompt>(persisted);
      el.focus();
      expect(focused(el)).to.equal(field(el));
    });
  });
});
