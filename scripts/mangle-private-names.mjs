// Rollup plugin for the minified builds: shortens the names of TypeScript `private` class members,
// which a JavaScript minifier keeps because any property might be read from outside.
//
// A name is shortened only when nothing else could know it:
// - it is declared `private` somewhere in `src/`, and nowhere in `src/` as anything else: a public or
//   protected member, an interface or type member, an object literal key, a destructured key;
// - it appears in no string or template text of the output (decorators name reactive properties
//   in strings, `changed.has('x')` and templates' `.x=${…}` do too);
// - it is no name lit uses, and none of terser's DOM and built-in properties (reserved by default).
// Every chunk is minified with the same list. Only the entry holds classes; lazy chunks hold data,
// whose keys are declared in types and so are never on the list.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';
import ts from 'typescript';

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (entry.name.endsWith('.ts')) yield path;
  }
}

const hasModifier = (node, kind) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === kind);

function nameText(name) {
  return name && (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isPrivateIdentifier(name)) ? name.text : undefined;
}

/** Names declared `private` in classes, and every name declared or used as a key in another way. */
export function declaredNames(srcDir = 'src') {
  const privateNames = new Set();
  const otherNames = new Set();
  for (const file of sourceFiles(srcDir)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      const isMember =
        ts.isPropertyDeclaration(node) ||
        ts.isMethodDeclaration(node) ||
        ts.isGetAccessorDeclaration(node) ||
        ts.isSetAccessorDeclaration(node) ||
        (ts.isParameter(node) && ts.isConstructorDeclaration(node.parent));
      const isKey =
        ts.isPropertySignature(node) ||
        ts.isMethodSignature(node) ||
        ts.isPropertyAssignment(node) ||
        ts.isShorthandPropertyAssignment(node) ||
        ts.isEnumMember(node) ||
        (ts.isBindingElement(node) && node.propertyName === undefined && ts.isObjectBindingPattern(node.parent));
      const name = isMember || isKey ? nameText(node.name) : ts.isBindingElement(node) ? nameText(node.propertyName) : undefined;
      if (name !== undefined) {
        const isPrivateMember = isMember && hasModifier(node, ts.SyntaxKind.PrivateKeyword) && ts.isClassLike(node.parent);
        const isParameterProperty = ts.isParameter(node) && hasModifier(node, ts.SyntaxKind.PrivateKeyword);
        if (isPrivateMember || isParameterProperty) privateNames.add(name);
        else if (!ts.isParameter(node)) otherNames.add(name);
      }
      // Object literal methods (`{ handleEvent() {} }`) are keys too.
      if (ts.isMethodDeclaration(node) && ts.isObjectLiteralExpression(node.parent) && name !== undefined) otherNames.add(name);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { privateNames, otherNames };
}

/** Every identifier-like word in lit's own modules: lit reads and writes these on elements. */
function litNames() {
  const names = new Set();
  for (const id of ['lit-html', '@lit/reactive-element', 'lit-element', 'lit']) {
    const dir = join('node_modules', id);
    for (const file of litFiles(dir)) {
      for (const word of readFileSync(file, 'utf8').match(/[A-Za-z_$][\w$]*/g) ?? []) names.add(word);
    }
  }
  return names;
}

function* litFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node' && entry.name !== 'development' && entry.name !== 'node_modules') yield* litFiles(path);
    } else if (entry.name.endsWith('.js')) yield path;
  }
}

/** Words that appear inside string literals and template text of the code. */
function wordsInStrings(code) {
  const words = new Set();
  const source = ts.createSourceFile('chunk.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const visit = (node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      for (const word of node.text.match(/[A-Za-z_$][\w$]*/g) ?? []) words.add(word);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return words;
}

/**
 * Rollup output plugin: minifies every chunk with terser, shortening the private names found safe.
 * `names` (optional) receives the list, for a report or a test.
 */
export function terserWithPrivateNames(terserOptions, names = []) {
  let regex;
  return {
    name: 'mhm-terser-private-names',
    renderStart() {
      regex = undefined;
    },
    async renderChunk(code, _chunk, _outputOptions, meta) {
      if (regex === undefined) {
        const { privateNames, otherNames } = declaredNames();
        const reserved = litNames();
        const strings = new Set();
        for (const chunk of Object.values(meta.chunks)) {
          for (const module of Object.values(chunk.modules)) {
            for (const word of wordsInStrings(module.code ?? '')) strings.add(word);
          }
        }
        const safe = [...privateNames].filter((name) => !otherNames.has(name) && !reserved.has(name) && !strings.has(name)).sort();
        names.splice(0, names.length, ...safe);
        regex = safe.length > 0 ? new RegExp(`^(?:${safe.join('|')})$`) : /^$/;
      }
      const result = await minify(code, { ...terserOptions, mangle: { ...terserOptions.mangle, properties: { regex } } });
      return { code: result.code ?? '', map: null };
    },
  };
}
