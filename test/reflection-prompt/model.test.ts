import { expect } from '@open-wc/testing';
import {
    asideKey,
    exportFileName,
    exportText,
    formatDate,
    parseRecord,
    recordKey,
    serializeRecord,
} from '../../src/components/reflection-prompt/reflection-model.js';

describe('reflection record format', () => {
  it('writes versioned JSON with the keep choice, the text and when it changed, and reads it back', () => {
    const raw = serializeRecord('Coming home was hard.\nمرحبا', 1764000000000);
    expect(JSON.parse(raw)).to.deep.equal({ v: 1, keep: true, text: 'Coming home was hard.\nمرحبا', updatedAt: 1764000000000 });
    expect(parseRecord(raw)).to.deep.equal({
      kind: 'record',
      record: { v: 1, keep: true, text: 'Coming home was hard.\nمرحبا', updatedAt: 1764000000000 },
    });
  });

  it('reads a missing value as nothing', () => {
    expect(parseRecord(null)).to.deep.equal({ kind: 'none' });
  });

  const unreadable: Array<[string, string, RegExp]> = [
    ['broken JSON', '{"v":1,"text":"half', /not valid/],
    ['a bare string from an older format', '"just the text"', /not a record/],
    ['an array', '[1,2]', /not a record/],
    ['an older version', '{"v":0,"keep":true,"text":"old","updatedAt":1}', /format 0, not 1/],
    ['a newer version', '{"v":2,"keep":true,"text":"new","updatedAt":1}', /format 2, not 1/],
    ['no version', '{"text":"t","updatedAt":1}', /format null, not 1/],
    ['text of the wrong type', '{"v":1,"keep":true,"text":42,"updatedAt":1}', /wrong type/],
    ['no date', '{"v":1,"keep":true,"text":"t"}', /wrong type/],
    ['keep not true', '{"v":1,"keep":false,"text":"t","updatedAt":1}', /wrong type/],
  ];
  for (const [name, raw, reason] of unreadable) {
    it(`reports ${name} as unreadable, with the reason`, () => {
      const parsed = parseRecord(raw);
      expect(parsed.kind).to.equal('unreadable');
      expect(parsed.kind === 'unreadable' && parsed.reason).to.match(reason);
    });
  }

  it('ignores keys that could reach a prototype', () => {
    const parsed = parseRecord('{"v":1,"keep":true,"text":"t","updatedAt":5,"__proto__":{"polluted":true}}');
    expect(parsed.kind).to.equal('record');
    expect(({} as { polluted?: boolean }).polluted).to.be.undefined;
  });

  it('names the stored copy after the reflection, and a kept-aside copy after it and the time', () => {
    expect(recordKey('return-identity')).to.equal('reflection:return-identity');
    expect(asideKey('return-identity', 1764000000000)).to.equal('reflection:return-identity:unreadable:1764000000000');
  });
});

describe('reflection export', () => {
  it('puts the prompt, the date and the text in that order, with a byte-order mark for old editors', () => {
    const text = exportText({ prompt: 'What did coming home mean?', date: '25 November 2026', text: 'Line one\nLine two' });
    expect(text).to.equal('\uFEFFWhat did coming home mean?\n\n25 November 2026\n\nLine one\nLine two\n');
  });

  it('names the file from the reflection id, keeping letters of any script and dropping the rest', () => {
    expect(exportFileName('return-identity')).to.equal('reflection-return-identity.txt');
    expect(exportFileName('../../etc/passwd')).to.equal('reflection-etc-passwd.txt');
    expect(exportFileName('العودة والهوية')).to.equal('reflection-العودة-والهوية.txt');
    expect(exportFileName('a<b>:c"|?*')).to.equal('reflection-a-b-c.txt');
    expect(exportFileName('')).to.equal('reflection.txt');
    expect(exportFileName('???')).to.equal('reflection.txt');
    expect(exportFileName('x'.repeat(300))).to.have.length('reflection-.txt'.length + 80);
  });

  it('formats dates in the learner language, and in English when the language tag is malformed', () => {
    const time = Date.UTC(2026, 10, 25, 12);
    expect(formatDate('fr', time, { dateStyle: 'long', timeZone: 'UTC' })).to.equal('25 novembre 2026');
    expect(formatDate('not a tag!', time, { dateStyle: 'long', timeZone: 'UTC' })).to.equal('November 25, 2026');
  });
});
