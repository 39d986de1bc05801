import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/reflection-prompt/reflection-prompt.js';
import type { MhmReflectionPrompt } from '../../src/components/reflection-prompt/reflection-prompt.component.js';
import { withBrokenStorage } from '../support/broken-storage.js';
import { emulateMediaFeatures, part, quietFixture } from '../support/helpers.js';
import { start, fullKey, record, field, button, type, tickKeep, reflectionHooks, waitForPause, expectAccessible } from '../harness/reflection-prompt.js';
import { persisted } from './fixtures.js';

describe('<mhm-reflection-prompt>', () => {
  reflectionHooks();

  describe('display preferences and sizes', () => {
    afterEach(async () => {
      await setViewport({ width: 800, height: 600 });
    });

    it('turns transitions off under prefers-reduced-motion', async () => {
      const el = await fixture<MhmReflectionPrompt>(persisted);
      expect(getComputedStyle(button(el, 'done-button')).transitionDuration).to.not.equal('0s');
      await emulateMediaFeatures({ 'prefers-reduced-motion': 'reduce' });
      expect(getComputedStyle(button(el, 'done-button')).transitionDuration).to.equal('0s');
      expect(getComputedStyle(field(el)).transitionDuration).to.equal('0s');
    });

    it('outlines the support note in forced-colours mode, where its background no longer shows', async () => {
      const el = await fixture<MhmReflectionPrompt>(persisted);
      const support = part(el, '[part="support"]');
      expect(getComputedStyle(support).borderBlockStartStyle).to.equal('none');
      await emulateMediaFeatures({ 'forced-colors': 'active' });
      expect(getComputedStyle(support).borderBlockStartStyle).to.equal('solid');
      expect(getComputedStyle(part(el, '[part="base"]')).borderStyle).to.equal('solid');
    });

    it('gives every control a target of at least 24 by 24 px', async () => {
      const el = await fixture<MhmReflectionPrompt>(persisted);
      await type(el, 'Text');
      for (const control of el.shadowRoot!.querySelectorAll('button, input, a, textarea')) {
        const box = control.getBoundingClientRect();
        expect(box.width, control.outerHTML).to.be.at.least(24);
        expect(box.height, control.outerHTML).to.be.at.least(24);
      }
    });

    for (const [width, lang] of [[320, 'en'], [320, 'ar'], [1280, 'en']] as const) {
      it(`fits a ${width} px viewport (${lang}) without sideways scrolling`, async () => {
        await setViewport({ width, height: 800 });
        const wrapper = await fixture(html`<div lang=${lang}>
          <mhm-reflection-prompt reflection-id="narrow" persist
            prompt="Thinkofareturneeyouknowwhatdidcominghomemeanforthemandtheirfamilyandneighbours?">
            <li slot="hint">Averyveryverylongguidingquestionwithoutanyspacesthatacmsmightpaste?</li>
          </mhm-reflection-prompt>
        </div>`);
        const el = wrapper.querySelector<MhmReflectionPrompt>('mhm-reflection-prompt')!;
        // In a file of its own, no earlier test has loaded the Arabic interface text: wait for it.
        await elementUpdated(el);
        await type(el, 'Text');
        button(el, 'delete-button').click();
        await elementUpdated(el);
        expect(el.getBoundingClientRect().width).to.be.at.most(width);
        expect(document.documentElement.scrollWidth).to.be.at.most(width);
        for (const node of el.shadowRoot!.querySelectorAll('*')) {
          const box = node.getBoundingClientRect();
          if (box.width > 1) expect(box.right, node.outerHTML).to.be.at.most(width + 1);
        }
      });
    }
  });

  describe('accessibility', () => {
    it('has no axe violations by default, with hints', async () => {
      const el = await fixture<MhmReflectionPrompt>(persisted);
      await expectAccessible(el);
    });

    it('has no axe violations kept and saved, then completed', async () => {
      const el = await fixture<MhmReflectionPrompt>(persisted);
      await tickKeep(el);
      await type(el, 'Saved text');
      await waitForPause(el);
      button(el, 'done-button').click();
      await elementUpdated(el);
      await expectAccessible(el);
    });

    it('has no axe violations when storage fails', async () => {
      const el = await fixture<MhmReflectionPrompt>(persisted);
      await withBrokenStorage('quota', async () => {
        await tickKeep(el);
        await type(el, 'Not saved');
        await waitForPause(el);
      });
      await expectAccessible(el);
    });

    it('has no axe violations over the limit, with restored-data and done notes', async () => {
      localStorage.setItem(fullKey('over'), record('x'.repeat(30), start - 1));
      localStorage.setItem(fullKey('bad'), '{oops');
      const wrapper = await fixture(html`<div>
        <mhm-reflection-prompt reflection-id="over" persist prompt="Why?" max-length="10" min-length="5"></mhm-reflection-prompt>
        <mhm-reflection-prompt reflection-id="bad" persist prompt="Why?" min-length="5"></mhm-reflection-prompt>
      </div>`);
      const bad = wrapper.querySelectorAll<MhmReflectionPrompt>('mhm-reflection-prompt')[1];
      button(bad, 'done-button').click();
      await elementUpdated(bad);
      await expectAccessible(wrapper);
    });

    it('has no axe violations while confirming a deletion, and after it', async () => {
      const el = await fixture<MhmReflectionPrompt>(persisted);
      await type(el, 'Text');
      button(el, 'delete-button').click();
      await elementUpdated(el);
      await expectAccessible(el);
      button(el, 'confirm-button').click();
      await elementUpdated(el);
      await expect(el).to.be.accessible();
    });

    it('has no axe violations with author errors, in Arabic, and in the dark scheme', async () => {
      const wrapper = await quietFixture(html`<div lang="ar">
        <mhm-reflection-prompt persist max-length="abc" support-href="https://support.example.org"></mhm-reflection-prompt>
      </div>`);
      await expectAccessible(wrapper);
      await emulateMediaFeatures({ 'prefers-color-scheme': 'dark' });
      await expect(wrapper).to.be.accessible();
    });
  });
});
