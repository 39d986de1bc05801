import { expect } from '@open-wc/testing';
import type { PropertyDeclaration, ReactiveElement } from 'lit';
import * as source from '../src/all.js';

// The build replaces the decorators with `static properties` (scripts/decorators-to-properties.mjs).
// The npm build, imported by URL as a bundler would (npm test builds first), must declare the same
// reactive properties with the same options as the decorated sources the other tests exercise.
const npmAll = '/dist/all.js';

type ElementClass = typeof ReactiveElement;

/** Every reactive property of a class: its options as Lit finalized them (the converter by name). */
function declarations(element: ElementClass): Record<string, Record<string, unknown>> {
  void element.observedAttributes; // finalizes the class
  const result: Record<string, Record<string, unknown>> = {};
  for (const [name, options] of element.elementProperties as Map<PropertyKey, PropertyDeclaration & { wrapped?: boolean }>) {
    const { converter, ...rest } = options;
    result[String(name)] = { ...rest, converter: typeof converter === 'function' ? 'function' : typeof converter };
  }
  return result;
}

const classNames = ['MhmCourse', 'MhmFiveReasons', 'MhmSlide', 'MhmLessonCard', 'MhmQuiz', 'MhmQuestion', 'MhmChoice', 'MhmReflectionPrompt'] as const;

describe('built classes', () => {
  for (const name of classNames) {
    it(`${name} declares the same reactive properties as its source`, async () => {
      const built = (await import(npmAll)) as Record<string, ElementClass>;
      const expected = declarations(source[name] as unknown as ElementClass);
      expect(Object.keys(expected)).to.not.be.empty;
      // Private state may be renamed by the CDN minifier, never by the npm build.
      expect(declarations(built[name])).to.deep.equal(expected);
    });
  }

  it('the npm build carries no decorator helpers', async () => {
    const text = await (await fetch(npmAll)).text();
    const imported = [...text.matchAll(/from '(\.\/[^']+)'/g)].map((match) => new URL(match[1], new URL(npmAll, location.href)).href);
    const chunks = await Promise.all(imported.map(async (url) => (await fetch(url)).text()));
    for (const chunk of chunks) {
      expect(chunk).to.not.match(/__decorate|lit\/decorators/);
    }
  });
});
