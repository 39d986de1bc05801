// The course file format's JSON Schema (schema/course.schema.json), checked by an independent
// validator (Ajv, JSON Schema 2020-12): the built-in courses are course files, and the mistakes the
// browser's own checker names (test/course-file/fixtures/bad-courses.json) are mistakes for the schema too.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';

const read = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const schema = read('schema/course.schema.json');
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

/** The English course with one change: `[...path, value]`, `null` removing the field. */
export function patched(course, patch) {
  const copy = structuredClone(course);
  const path = patch.slice(0, -2);
  const [key, value] = patch.slice(-2);
  const target = path.reduce((node, step) => node[step], copy);
  if (value === null) delete target[key];
  else target[key] = value;
  return copy;
}

describe('the course file schema', () => {
  for (const lang of ['en', 'fr', 'ar']) {
    it(`accepts the built-in ${lang} course as the CLI ships it (dist/content/course-${lang}.json)`, () => {
      const valid = validate(read(`dist/content/course-${lang}.json`));
      assert.equal(valid, true, JSON.stringify(validate.errors, null, 2));
    });
  }

  it('accepts a course file with interface text, plural forms and list blocks', () => {
    const course = read('dist/content/course-en.json');
    course.ui = { check: 'Duba', courseProgress: { one: '{n} cikin aiki {total}', other: '{n} cikin ayyuka {total}' } };
    course.activities[0].paragraphs.push({ list: ['One <em>point</em>', 'Another'], ordered: true });
    assert.equal(validate(course), true, JSON.stringify(validate.errors, null, 2));
  });

  for (const { name, path, patch } of read('test/course-file/fixtures/bad-courses.json')) {
    it(`refuses ${name}, at ${path}`, () => {
      assert.equal(validate(patched(read('dist/content/course-en.json'), patch)), false);
      const paths = validate.errors.map(({ keyword, instancePath, params }) =>
        keyword === 'additionalProperties' ? `${instancePath}/${params.additionalProperty}` : keyword === 'required' ? `${instancePath}/${params.missingProperty}` : instancePath,
      );
      assert.ok(paths.some((found) => found === path || found.startsWith(`${path}/`)), `${path} not in ${paths.join(', ')}`);
    });
  }
});
