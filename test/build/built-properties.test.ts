import { expect } from '@open-wc/testing';
import type { PropertyDeclaration, ReactiveElement } from 'lit';
import * as source from '../../src/all.js';

// The npm build, imported by URL as a bundler would (npm test builds first), must declare the same
// reactive properties with the same options as the decorated sources the other tests exercise:
// tsc compiles Lit's legacy decorators to `__decorate` calls, and nothing rewrites them.
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
      expect(declarations(built[name])).to.deep.equal(expected);
    });
  }

  it('the decorator helper is bundled once, shared by every class, and dist/ never imports tslib', async () => {
    // Every module the npm build's `all.js` reaches, through static and dynamic imports.
    const seen = new Map<string, string>();
    const visit = async (url: string): Promise<void> => {
      if (seen.has(url)) return;
      const text = await (await fetch(url)).text();
      seen.set(url, text);
      const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((match) => match[1]);
      // As written or as the test server resolved it (`/node_modules/tslib/…`).
      expect(specifiers.filter((specifier) => /(^|\/)tslib(\/|$)/.test(specifier)), url).to.deep.equal([]);
      await Promise.all(specifiers.filter((specifier) => specifier.startsWith('.')).map((specifier) => visit(new URL(specifier, url).href)));
    };
    await visit(new URL(npmAll, location.href).href);
    const defining = [...seen].filter(([, text]) => /function __decorate\b/.test(text)).map(([url]) => url);
    expect(defining, 'modules defining __decorate').to.have.length(1);
    const using = [...seen].filter(([, text]) => /\b__decorate\(/.test(text));
    expect(using.length, 'modules calling __decorate').to.be.greaterThan(1);
  });
});
