import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/reflection-prompt/reflection-prompt.js';
import { hasTime, parseRecord } from '../../src/components/reflection-prompt/reflection-model.js';
import type { MhmReflectionPrompt } from '../../src/components/reflection-prompt/reflection-prompt.component.js';
import { captureWarnings, part, textOf } from '../support/helpers.js';
import { start, fullKey, stored, record, field, keepBox, status, button, type, reflectionHooks, waitForPause } from '../harness/reflection-prompt.js';

/**
 * The time stored with a reflection (`updatedAt`) comes from the learner's device clock, which can be
 * wrong, and from whatever else wrote the key. The text must survive any time, and no time may blank
 * the element.
 */

const unreadableNote =
  '⚠ A reflection saved earlier on this device could not be read. It was kept aside, unchanged, and this field starts empty.';

const promptFor = (id: string) =>
  fixture<MhmReflectionPrompt>(html`<mhm-reflection-prompt reflection-id=${id} persist prompt="What did coming home mean for them?"
    support-href="tel:+233800000000" support-label="Call the helpline"></mhm-reflection-prompt>`);

describe('<mhm-reflection-prompt> stored time', () => {
  reflectionHooks();

  describe('a time before 1970 (a device clock set wrong)', () => {
    const times: Array<[string, number]> = [
      ['one millisecond before 1970', -1],
      ['a day in 1969', Date.UTC(1969, 6, 20)],
      ['the first representable date', -8.64e15],
    ];
    for (const [name, updatedAt] of times) {
      it(`restores a text saved at ${name}, shows it, and never overwrites it`, async () => {
        const raw = record('Written on a phone whose clock was wrong', updatedAt);
        localStorage.setItem(fullKey('old-clock'), raw);
        const el = await promptFor('old-clock');

        expect(field(el).value).to.equal('Written on a phone whose clock was wrong');
        expect(keepBox(el).checked).to.be.true;
        // The stored time is not a real one: no date is made up for it.
        expect(status(el)).to.equal('Saved on this device.');
        expect(el.shadowRoot!.querySelector('[part="notice"]')).to.be.null;
        await waitForPause(el);
        expect(localStorage.getItem(fullKey('old-clock'))).to.equal(raw);
      });
    }

    it('lets the learner go on writing the restored text, saved with the time it is now', async () => {
      localStorage.setItem(fullKey('old-clock'), record('Before', -1));
      const el = await promptFor('old-clock');
      await type(el, ' and after');
      await waitForPause(el);
      expect(stored('old-clock')).to.deep.equal({ v: 1, keep: true, text: 'Before and after', updatedAt: start });
      expect(status(el)).to.match(/^Saved on this device \(.+\)\.$/);
    });
  });

  describe('a time the element cannot use', () => {
    const values: Array<[string, string]> = [
      ['past the last date (9e15)', '9e15'],
      ['before the first date (-9e15)', '-9e15'],
      ['too large for a number (Infinity)', '1e400'],
      ['a string', '"yesterday"'],
      ['a numeric string', '"1764000000000"'],
      ['null', 'null'],
    ];
    for (const [name, updatedAt] of values) {
      it(`sets a record whose time is ${name} aside with the note, and still renders the whole element`, async () => {
        const raw = `{"v":1,"keep":true,"text":"My earlier words","updatedAt":${updatedAt}}`;
        localStorage.setItem(fullKey('odd-time'), raw);
        let el!: MhmReflectionPrompt;
        const warnings = await captureWarnings(async () => {
          el = await promptFor('odd-time');
        });

        expect(field(el)).to.exist;
        expect(field(el).value).to.equal('');
        expect(textOf(part(el, '[part="notice"]'))).to.equal(unreadableNote);
        expect(textOf(part(el, '[part="support"]'))).to.contain('Call the helpline');
        expect(button(el, 'done-button')).to.exist;
        expect(keepBox(el).checked).to.be.false;
        // Nothing of the learner's is destroyed: the value is kept aside as it was.
        expect(localStorage.getItem(fullKey('odd-time'))).to.be.null;
        expect(localStorage.getItem(`${fullKey('odd-time')}:unreadable:${start}`)).to.equal(raw);
        // One warning for whoever supports the site, saying why, without the learner's text.
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.match(/^<mhm-reflection-prompt> reflection-id="odd-time": the reflection stored on this device could not be read \((its time .+ is not a date|a field is missing or has the wrong type)\)/);
        expect(warnings[0]).to.not.contain('My earlier words');
      });
    }
  });
});

describe('<mhm-reflection-prompt> record set aside', () => {
  reflectionHooks();

  it('says in the console why a damaged record was set aside, without quoting what it holds', async () => {
    // Plain text, as a copy of the library that did not write JSON would have left it.
    localStorage.setItem(fullKey('damaged'), 'My secret words');
    const warnings = await captureWarnings(() => promptFor('damaged'));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/could not be read \(it is not valid JSON( at line \d+, column \d+)?\)\. It was kept aside, unchanged, under mhm:reflection:damaged:unreadable:\d+; the field starts empty\.$/);
    expect(warnings[0]).to.not.contain('secret');
  });
});

describe('reflection record time', () => {
  it('reads a time before 1970 as 0, older than any text written since, keeping the text', () => {
    expect(parseRecord(record('Kept', -1))).to.deep.equal({ kind: 'record', record: { v: 1, keep: true, text: 'Kept', updatedAt: 0 } });
    expect(hasTime(0)).to.be.false;
    expect(hasTime(start)).to.be.true;
  });

  it('reports a time past the range of a date as unreadable, with the reason', () => {
    const parsed = parseRecord('{"v":1,"keep":true,"text":"t","updatedAt":9e15}');
    expect(parsed).to.deep.equal({ kind: 'unreadable', reason: 'its time 9000000000000000 is not a date' });
  });
});
