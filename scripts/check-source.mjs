// Forbids, in src/, the APIs that could turn author or learner text into live HTML or code.
// Author content is text, never HTML, unless it arrives as the author's own light-DOM children.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const forbidden = [
  [/\bunsafe(HTML|SVG|MathML|Static)\b/, 'Lit unsafe directives render strings as markup'],
  [/\.(inner|outer)HTML\s*=/, 'assigning innerHTML/outerHTML parses markup'],
  [/\binsertAdjacentHTML\b/, 'insertAdjacentHTML parses markup'],
  [/\bdocument\.write(ln)?\b/, 'document.write parses markup'],
  [/\bcreateContextualFragment\b/, 'createContextualFragment parses markup'],
  [/\beval\s*\(|\bnew Function\s*\(/, 'eval and new Function run strings as code'],
  [/\bsetHTMLUnsafe\b|\bparseHTMLUnsafe\b/, 'setHTMLUnsafe parses markup'],
];

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(ts|js|mjs)$/.test(name)) yield path;
  }
}

const problems = [];
for (const file of files(join(root, 'src'))) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      for (const [pattern, why] of forbidden) {
        if (pattern.test(line)) {
          problems.push(`${relative(root, file)}:${index + 1}: ${why}: ${line.trim()}`);
        }
      }
    });
}

if (problems.length > 0) {
  console.error(`check-source: ${problems.length} forbidden use(s) in src/:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('check-source: no unsafe HTML or code APIs in src/');
