import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/components/reflection-prompt/reflection-prompt.js';
import type { MhmReflectionPrompt } from '../../src/components/reflection-prompt/reflection-prompt.component.js';
import { captureWarnings, isShown, part, quietFixture, textOf } from '../support/helpers.js';
import { stored, libraryKeys, field, type, tickKeep, reflectionHooks, waitForPause } from '../harness/reflection-prompt.js';

describe('<mhm-reflection-prompt>', () => {
  reflectionHooks();

  describe('bad input', () => {
    const cases: Array<[string, TemplateResult, RegExp]> = [
      [
        'persist without reflection-id',
        html`<mhm-reflection-prompt prompt="Why?" persist></mhm-reflection-prompt>`,
        /reflection-id: got nothing\. Give each reflection kept on the device its own name/,
      ],
      ['max-length="-1"', html`<mhm-reflection-prompt prompt="Why?" max-length="-1"></mhm-reflection-prompt>`, /max-length: got "-1"\. Use a whole number/],
      ['max-length="abc"', html`<mhm-reflection-prompt prompt="Why?" max-length="abc"></mhm-reflection-prompt>`, /max-length: got "abc"\. Use a whole number/],
      ['min-length above max-length', html`<mhm-reflection-prompt prompt="Why?" max-length="10" min-length="50"></mhm-reflection-prompt>`, /min-length: got "50"\. Use a whole number of characters up to max-length \(10\)/],
      ['rows="0"', html`<mhm-reflection-prompt prompt="Why?" rows="0"></mhm-reflection-prompt>`, /rows: got "0"\. Use a whole number from 1 to 50/],
      ['a missing prompt', html`<mhm-reflection-prompt></mhm-reflection-prompt>`, /prompt: got ""\. Write the question/],
      ['support-href="http://…"', html`<mhm-reflection-prompt prompt="Why?" support-href="http://help.example.org"></mhm-reflection-prompt>`, /support-href: got "http:\/\/help\.example\.org"\. It is not used because the "http:" scheme is not allowed here/],
      ['support-href="javascript:…"', html`<mhm-reflection-prompt prompt="Why?" support-href="javascript:alert(1)"></mhm-reflection-prompt>`, /support-href: got "javascript:alert\(1\)"\. It is not used because the "javascript:" scheme is not allowed/],
      ['a relative support-href', html`<mhm-reflection-prompt prompt="Why?" support-href="/help"></mhm-reflection-prompt>`, /support-href: got "\/help"\. It is not used because it is not a full address/],
      ['support-label without support-href', html`<mhm-reflection-prompt prompt="Why?" support-label="Call us"></mhm-reflection-prompt>`, /support-label: got "Call us"\. Add support-href/],
    ];

    for (const [name, template, message] of cases) {
      it(`shows ${name} in place and logs it once, without throwing`, async () => {
        let el!: MhmReflectionPrompt;
        const warnings = await captureWarnings(async () => {
          el = await fixture<MhmReflectionPrompt>(template);
          el.requestUpdate();
          await elementUpdated(el);
        });
        const box = part(el, '[part="author-error"]');
        expect(isShown(box)).to.be.true;
        expect(textOf(box)).to.match(message);
        expect(warnings.filter((warning) => message.test(warning))).to.have.length(1);
        expect(isShown(field(el))).to.be.true;
      });
    }

    it('falls back to safe values: memory only, 5000 characters, 6 rows, no suggested length, no link', async () => {
      const el = await quietFixture<MhmReflectionPrompt>(html`<mhm-reflection-prompt prompt="Why?" persist max-length="abc"
        min-length="-3" rows="many" support-href="data:text/html,hi"></mhm-reflection-prompt>`);
      expect(el.shadowRoot!.querySelector('#keep')).to.be.null;
      expect(field(el).maxLength).to.equal(5000);
      expect(field(el).rows).to.equal(6);
      expect(el.shadowRoot!.querySelector('[part="min-length"]')).to.be.null;
      expect(el.shadowRoot!.querySelector('a')).to.be.null;
      await type(el, 'Kept in memory');
      await waitForPause(el);
      expect(libraryKeys()).to.deep.equal([]);
      expect(field(el).value).to.equal('Kept in memory');
    });

    it('clears the message and starts keeping once the author adds reflection-id', async () => {
      const el = await quietFixture<MhmReflectionPrompt>(html`<mhm-reflection-prompt prompt="Why?" persist></mhm-reflection-prompt>`);
      el.setAttribute('reflection-id', 'fixed');
      await elementUpdated(el);
      expect(el.shadowRoot!.querySelector('[part="author-error"]')).to.be.null;
      await tickKeep(el);
      expect(stored('fixed')).to.deep.include({ keep: true, text: '' });
    });

    it('renders an HTML payload in every attribute as text', async () => {
      const payload = '<img src=x onerror="window.__pwned=1">';
      const el = document.createElement('mhm-reflection-prompt');
      for (const name of ['prompt', 'reflection-id', 'max-length', 'min-length', 'rows', 'support-href', 'support-label', 'lang']) {
        el.setAttribute(name, payload);
      }
      el.setAttribute('persist', '');
      await captureWarnings(async () => {
        document.body.append(el);
        await elementUpdated(el);
      });
      expect(textOf(part(el, '[part="prompt"]'))).to.equal(payload);
      expect(el.shadowRoot!.querySelectorAll('img, [onerror]')).to.have.length(0);
      expect((window as { __pwned?: number }).__pwned).to.be.undefined;
      el.remove();
    });
  });
});
