// A Rollup plugin for the build's side scripts (size measurement, offline bundles): compiles
// TypeScript one file at a time with the project's tsconfig (the type check is `tsc`'s job) and
// resolves `./x.js` imports to `./x.ts`, as TypeScript's own module resolution does.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';

/** @param {string} root the project's folder (where tsconfig.json is) */
export function transpile(root) {
  const { options: compilerOptions } = ts.convertCompilerOptionsFromJson(
    JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8')).compilerOptions,
    root,
  );
  return {
    name: 'transpile',
    resolveId(source, importer) {
      if (importer && source.startsWith('.') && source.endsWith('.js')) {
        const candidate = resolve(importer, '..', source.replace(/\.js$/, '.ts'));
        if (existsSync(candidate)) return candidate;
      }
      return null;
    },
    transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      return ts.transpileModule(code, { compilerOptions: { ...compilerOptions, sourceMap: false, declaration: false }, fileName: id }).outputText;
    },
  };
}
