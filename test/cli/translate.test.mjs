// `npx mhm-elements translate`: export, import and pseudo, run as a translator runs them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { fillXliff, scratch } from './support.mjs';

const schema = JSON.parse(readFileSync(new URL('../../schema/course.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true }).compile(schema);
const english = JSON.parse(readFileSync(new URL('../../dist/content/course-en.json', import.meta.url), 'utf8'));

describe('translate export', () => {
  const work = scratch();
  after(() => work.cleanup());
  let xliff;
  before(() => {
    const { code, stdout } = work.cli('translate', 'export', '--lang', 'ha');
    assert.equal(code, 0);
    assert.match(stdout, /^ha\.xlf: \d+ units \(XLIFF 2\.0, en to ha\), \d+ to translate\.$/m);
    xliff = work.read('ha.xlf');
  });

  it('writes XLIFF 2.0 from English to the language asked for', () => {
    assert.match(xliff, /<xliff xmlns="urn:oasis:names:tc:xliff:document:2\.0"[^>]* version="2\.0" srcLang="en" trgLang="ha">/);
  });

  it('names units by activity id and field, so an id stays the same when activities move', () => {
    assert.match(xliff, /<unit id="a\.what-is-mental-health\.heading">/);
    assert.match(xliff, /<unit id="a\.mhm-course:2freturn-identity\.prompt">/);
    assert.match(xliff, /<unit id="ui\.markComplete">/);
    const moved = structuredClone(english);
    moved.activities.reverse();
    work.write('moved.json', JSON.stringify(moved));
    work.cli('translate', 'export', '--lang', 'ha', '--course', 'moved.json', '--out', 'moved.xlf');
    const ids = (text) => [...text.matchAll(/<unit id="([^"]+)">/g)].map((match) => match[1]).sort();
    assert.deepEqual(ids(work.read('moved.xlf')), ids(xliff));
  });

  it('tells the translator where a text appears, and how much room a button has', () => {
    assert.match(xliff, /<unit id="ui\.markComplete">[\s\S]*?<note category="location">Interface text &quot;markComplete&quot;: Label of the button that marks a lesson done\. Keep it short: [^<]*the English has 16 characters, aim for 24 at most\.<\/note>/);
    assert.match(xliff, /<unit id="a\.what-is-mental-health\.eyebrow">[\s\S]*?<note category="location">Lesson &quot;What is mental health\?&quot;: the small line above its heading/);
  });

  it('makes placeholders inline <ph> codes, and gives each plural form of the language its unit', () => {
    assert.match(xliff, /<source>Question <ph id="1" dataRef="d1" disp="\{n\}"\/> of <ph id="2" dataRef="d2" disp="\{total\}"\/><\/source>/);
    assert.match(xliff, /<originalData><data id="d1">\{n\}<\/data><data id="d2">\{total\}<\/data><\/originalData>/);
    assert.match(xliff, /<unit id="ui\.courseProgress\.one">/);
    assert.match(xliff, /<unit id="ui\.courseProgress\.other">/);
    work.cli('translate', 'export', '--lang', 'ar', '--out', 'ar.xlf');
    for (const form of ['zero', 'one', 'two', 'few', 'many', 'other']) assert.match(work.read('ar.xlf'), new RegExp(`<unit id="ui\\.courseProgress\\.${form}">`));
  });

  it('writes XLIFF 1.2 for tools that read only 1.2', () => {
    const { code } = work.cli('translate', 'export', '--lang', 'ha', '--xliff', '1.2', '--out', 'ha-12.xlf');
    assert.equal(code, 0);
    const old = work.read('ha-12.xlf');
    assert.match(old, /<file original="built-in:en" source-language="en" target-language="ha" datatype="plaintext">/);
    assert.match(old, /<trans-unit id="ui\.questionOf" mhm:source-hash="[0-9a-f]{12}">\s*<source>Question <ph id="1">\{n\}<\/ph> of <ph id="2">\{total\}<\/ph><\/source>/);
  });

  it('refuses a missing or malformed language in one line, exit code 2', () => {
    for (const args of [['translate', 'export'], ['translate', 'export', '--lang', 'Hausa language'], ['translate', 'export', '--lang', 'ha', '--xliff', '3']]) {
      const { code, stderr } = work.cli(...args);
      assert.equal(code, 2);
      assert.equal(stderr.trim().split('\n').length, 1, stderr);
    }
  });
});

describe('translate import', () => {
  const work = scratch();
  after(() => work.cleanup());
  before(() => {
    work.cli('translate', 'export', '--lang', 'ha');
    work.write('done.xlf', fillXliff(work.read('ha.xlf')));
  });

  it('writes a course file that the schema accepts, every text translated', () => {
    const { code, stdout, stderr } = work.cli('translate', 'import', 'done.xlf', '--out', 'course-ha.json');
    assert.equal(code, 0, stderr);
    assert.equal(stderr, '');
    assert.match(stdout, /^course-ha\.json: (\d+) of \1 units translated into ha\.$/m);
    const course = JSON.parse(work.read('course-ha.json'));
    assert.equal(validate(course), true, JSON.stringify(validate.errors));
    assert.equal(course.lang, 'ha');
    assert.equal(course.activities[0].heading, '[ha] What is mental health?');
    assert.equal(course.ui.questionOf, '[ha] Question {n} of {total}');
    assert.deepEqual(course.ui.courseProgress, { one: '[ha] {n} of {total} activity', other: '[ha] {n} of {total} activities' });
  });

  it('reports each problem in one line, keeps English for it, and still writes the course', () => {
    let text = fillXliff(work.read('ha.xlf'));
    text = text.replace(/(<unit id="a\.what-is-mental-health\.eyebrow">[\s\S]*?)<target>[^<]*<\/target>/, '$1');
    text = text.replace(/<unit id="course\.summary">[\s\S]*?<\/unit>/, '');
    text = text.replace('<target>[ha] Question <ph id="1" dataRef="d1" disp="{n}"/> of', '<target>[ha] Question of');
    text = text.replace('<target>[ha] Check</target>', '<target>[ha] <ph id="1" dataRef="d1"/>Check</target>');
    text = text.replace('<target>[ha] What is mental health?</target>', '<target>[ha] What is &lt;b&gt;mental&lt;/b&gt; health?</target>');
    text = text.replace('</file>', '<unit id="a.gone.heading"><segment><source>Gone</source><target>Tafi</target></segment></unit></file>');
    work.write('problems.xlf', text);
    const { code, stdout, stderr } = work.cli('translate', 'import', 'problems.xlf', '--out', 'course-ha.json');
    assert.equal(code, 0);
    const lines = stderr.trim().split('\n');
    assert.deepEqual(lines, [
      'problems.xlf: unit course.summary: missing from the file, so the en text is kept',
      'problems.xlf: unit a.what-is-mental-health.eyebrow: not translated, so the en text is kept',
      'problems.xlf: unit a.what-is-mental-health.heading: markup outside the allowed set: <b> </b> (this text takes no markup), so the en text is kept',
      'problems.xlf: unit ui.questionOf: placeholders lost: {n}, so the en text is kept',
      'problems.xlf: unit ui.check: placeholders added: <ph id="1"/>, so the en text is kept',
      'problems.xlf: unit a.gone.heading: unknown (not in the course or the interface text), ignored',
    ]);
    assert.match(stdout, /, 6 problems \(above\)\.$/m);
    const course = JSON.parse(work.read('course-ha.json'));
    assert.equal(course.summary, english.summary);
    assert.equal(course.activities[0].heading, 'What is mental health?');
    assert.equal(course.ui.check, 'Check');
  });

  it('refuses a file it cannot use in one line, exit code 2, writing nothing', () => {
    work.write('broken.xlf', '<xliff version="2.0"><file>');
    work.write('other.xml', '<html></html>');
    for (const [file, message] of [
      ['broken.xlf', /broken\.xlf: not well-formed XML at line 1, column \d+: <file> is never closed/],
      ['other.xml', /other\.xml: this is not an XLIFF file: its root element is <html>/],
      ['absent.xlf', /absent\.xlf: no such file/],
    ]) {
      const { code, stderr } = work.cli('translate', 'import', file, '--out', 'never.json');
      assert.equal(code, 2);
      assert.match(stderr, message);
      assert.equal(stderr.trim().split('\n').length, 1);
    }
    assert.throws(() => work.read('never.json'));
  });
});

describe('exporting again', () => {
  const work = scratch();
  after(() => work.cleanup());

  for (const previous of ['course-ha.json', 'done.xlf']) {
    it(`marks only new or changed source text as needing translation (--previous ${previous})`, () => {
      work.cli('translate', 'export', '--lang', 'ha');
      work.write('done.xlf', fillXliff(work.read('ha.xlf')));
      work.cli('translate', 'import', 'done.xlf', '--out', 'course-ha.json');
      const changed = structuredClone(english);
      changed.activities[0].heading = 'What is mental health, really?';
      changed.activities[0].takeaways.push('A new key point.');
      work.write('course-en-2.json', JSON.stringify(changed));
      const { code, stdout } = work.cli('translate', 'export', '--lang', 'ha', '--course', 'course-en-2.json', '--previous', previous, '--out', 'ha-2.xlf');
      assert.equal(code, 0);
      assert.match(stdout, /, 2 to translate \(1 changed since .*, 1 new\)\.$/m);
      const again = work.read('ha-2.xlf');
      const initial = [...again.matchAll(/<unit id="([^"]+)">(?:(?!<\/unit>)[\s\S])*?<segment state="initial">/g)].map((match) => match[1]);
      assert.deepEqual(initial, ['a.what-is-mental-health.heading', 'a.what-is-mental-health.takeaways.4']);
      assert.match(again, /<unit id="a\.what-is-mental-health\.heading">[\s\S]*?<target>\[ha\] What is mental health\?<\/target>/);
      assert.match(again, /<unit id="course\.title">[\s\S]*?<segment state="translated">[\s\S]*?<target>\[ha\] Mental Health/);
    });
  }
});

describe('translate pseudo', () => {
  const work = scratch();
  after(() => work.cleanup());

  it('writes an accented pseudo-language about 35% longer, placeholders and markup kept', () => {
    const { code } = work.cli('translate', 'pseudo', '--out', 'pseudo.json');
    assert.equal(code, 0);
    const course = JSON.parse(work.read('pseudo.json'));
    assert.equal(validate(course), true, JSON.stringify(validate.errors));
    assert.equal(course.lang, 'en-XA');
    assert.match(course.title, /^⟦Ṁéñţåļ Ĥéåļţĥ & Ṁîĝŕåţîöñ/);
    assert.ok(course.summary.length >= english.summary.length * 1.3, course.summary);
    assert.match(course.ui.questionOf, /^⟦Ǫûéšţîöñ \{n\} öƒ \{total\}/);
  });

  it('writes a right-to-left pseudo-language', () => {
    const { code } = work.cli('translate', 'pseudo', '--rtl', '--out', 'rtl.json');
    assert.equal(code, 0);
    const course = JSON.parse(work.read('rtl.json'));
    assert.equal(course.lang, 'ar-XB');
    assert.match(course.ui.check, /^⟦\u202eÇĥéçķ\u202c/);
  });
});
