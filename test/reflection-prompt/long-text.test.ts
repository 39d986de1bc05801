import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/reflection-prompt/reflection-prompt.js';
import type { MhmReflectionPrompt } from '../../src/components/reflection-prompt/reflection-prompt.component.js';
import { fullKey, record, start, field, counter, status, reflectionHooks } from '../harness/reflection-prompt.js';

/** Stored texts far past max-length (an earlier max-length, another device) and texts in two scripts. */

const arabic = 'كانت العودة إلى الوطن صعبة، ولم تفهم عائلتي لماذا عدت بهذه السرعة. ';

describe('<mhm-reflection-prompt> long and mixed texts', () => {
  reflectionHooks();

  it('restores a 1,000,000-character text whole, right to left by its script in an English page', async () => {
    const text = arabic.repeat(Math.ceil(1e6 / arabic.length)).slice(0, 1e6);
    localStorage.setItem(fullKey('long'), record(text, start - 1000));
    const el = await fixture<MhmReflectionPrompt>(html`<mhm-reflection-prompt lang="en" reflection-id="long" persist prompt="Why?"></mhm-reflection-prompt>`);

    expect(field(el).value).to.equal(text);
    expect(getComputedStyle(field(el)).direction).to.equal('rtl');
    expect(counter(el)).to.equal('⚠ Characters over the limit: 995,000');
    expect(status(el)).to.match(/^Saved on this device/);
  });

  it('lays out each paragraph of a text by its own script, Arabic after English', async () => {
    localStorage.setItem(fullKey('mixed'), record(`Coming home was hard.\n${arabic}`, start - 1000));
    const el = await fixture<MhmReflectionPrompt>(html`<mhm-reflection-prompt lang="en" reflection-id="mixed" persist prompt="Why?"></mhm-reflection-prompt>`);

    expect(getComputedStyle(field(el)).direction, 'the first paragraph is English').to.equal('ltr');
    expect(getComputedStyle(field(el)).unicodeBidi, 'each paragraph takes its own direction').to.equal('plaintext');
  });
});
