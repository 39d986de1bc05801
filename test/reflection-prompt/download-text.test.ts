import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/components/reflection-prompt/reflection-prompt.js';
import type { MhmReflectionPrompt } from '../../src/components/reflection-prompt/reflection-prompt.component.js';
import { promptLine } from '../../src/components/reflection-prompt/reflection-model.js';
import { fullKey, record, start, button, reflectionHooks } from '../harness/reflection-prompt.js';

/** What the downloaded copy says, line by line: the author's prompt must read as it looks. */

/** Every bidi embedding, override and isolate control: they can make a line read otherwise than it looks. */
const controls = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069';

/** Presses "Download a copy" and returns the file's text, without its byte-order mark. */
async function download(el: MhmReflectionPrompt): Promise<string> {
  const blobs: Blob[] = [];
  sinon.stub(URL, 'createObjectURL').callsFake((blob) => {
    blobs.push(blob as Blob);
    return 'blob:reflection-test';
  });
  sinon.stub(URL, 'revokeObjectURL');
  sinon.stub(HTMLAnchorElement.prototype, 'click');
  button(el, 'download-button').click();
  return (await blobs[0].text()).replace(/^\uFEFF/, '');
}

describe('<mhm-reflection-prompt> downloaded copy', () => {
  reflectionHooks();

  it('keeps bidi override, embedding and isolate characters out of the prompt line, and the text as typed', async () => {
    const typed = 'My words \u2067مرحبا\u2069 and \u202Eoverridden\u202C';
    localStorage.setItem(fullKey('bidi'), record(typed, start - 1000));
    const el = await fixture<MhmReflectionPrompt>(html`<mhm-reflection-prompt reflection-id="bidi" persist
      prompt=${'What did \u202Eemoh\u202C mean? \u2066\u202Aعودة\u202C\u2069'}></mhm-reflection-prompt>`);

    const lines = (await download(el)).split('\n');
    expect(lines[0]).to.equal('What did emoh mean? عودة');
    expect(lines.slice(4).join('\n')).to.equal(`${typed}\n`);
  });

  it('keeps them out of a prompt written in the prompt slot too', async () => {
    localStorage.setItem(fullKey('bidi'), record('Text', start - 1000));
    const el = await fixture<MhmReflectionPrompt>(html`<mhm-reflection-prompt reflection-id="bidi" persist>
      <span slot="prompt">${`Who \u202Ewelcomed\u202C them?${controls}`}</span></mhm-reflection-prompt>`);

    expect((await download(el)).split('\n')[0]).to.equal('Who welcomed them?');
  });

  it('writes a prompt of bidi characters only as the default label', async () => {
    localStorage.setItem(fullKey('bidi'), record('Text', start - 1000));
    const el = await fixture<MhmReflectionPrompt>(html`<mhm-reflection-prompt reflection-id="bidi" persist prompt=${controls}></mhm-reflection-prompt>`);
    const firstLine = (await download(el)).split('\n')[0];
    expect(firstLine).to.not.match(/[\u202A-\u202E\u2066-\u2069]/);
    expect(firstLine).to.not.equal('');
  });

  it('keeps the right-to-left and left-to-right marks a prompt in Arabic needs', () => {
    expect(promptLine('ماذا تعني العودة؟\u200F (home)\u200E\u061C')).to.equal('ماذا تعني العودة؟\u200F (home)\u200E\u061C');
    expect(promptLine(`  Two\n lines ${controls} `)).to.equal('Two lines');
  });
});
