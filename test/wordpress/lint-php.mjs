// PHP's own linter (`php -l`) on every PHP file of the WordPress plugin and its test helper, for
// `npm run lint`. Skipped with one line when PHP is not installed (npm run test:wordpress installs
// it, and lints the plugin as installed from its zip). WordPress's coding standards (WPCS) come only
// from Packagist, which this project's machines cannot reach, so they are not checked.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Every .php file under a folder.
 * @param {string} dir
 * @returns {string[]}
 */
export function phpFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? phpFiles(path) : name.endsWith('.php') ? [path] : [];
  });
}

/**
 * Runs `php -l` on each file.
 * @param {string[]} files
 * @returns {string[]} one message per file with a syntax error
 */
export function lintPhp(files) {
  return files.flatMap((file) => {
    const result = spawnSync('php', ['-l', file], { encoding: 'utf8' });
    return result.status === 0 ? [] : [`${relative(root, file)}: ${(result.stdout + result.stderr).trim()}`];
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (spawnSync('php', ['--version']).status !== 0) {
    console.log('lint-php: PHP is not installed; skipped (npm run test:wordpress installs and checks it).');
  } else {
    const files = [...phpFiles(join(root, 'integrations/wordpress')), ...phpFiles(join(root, 'test/wordpress'))];
    const errors = lintPhp(files);
    for (const error of errors) {
      console.error(error);
    }
    console.log(`lint-php: ${files.length - errors.length} of ${files.length} PHP files without syntax errors.`);
    process.exitCode = errors.length > 0 ? 1 : 0;
  }
}
