// A real WordPress for test/wordpress/run.mjs: Debian's packages (installed when missing), MariaDB in
// a temporary data folder listening on a socket only, PHP's built-in server on 127.0.0.1, and a copy
// of Debian's WordPress with its own wp-config.php. stop() takes it all down again.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const wordpressSource = '/usr/share/wordpress';
const theme = 'twentytwentythree';
/** Debian packages the suite needs, and a file each one installs. */
const packages = [
  ['wordpress', `${wordpressSource}/wp-load.php`],
  [`wordpress-theme-${theme}`, `${wordpressSource}/wp-content/themes/${theme}/style.css`],
  ['php-cli', '/usr/bin/php'],
  ['php-mysql', '/etc/php/8.2/mods-available/mysqli.ini'],
  ['mariadb-server', '/usr/sbin/mariadbd'],
];
const wpPhp = fileURLToPath(new URL('wp.php', import.meta.url));
const database = 'mhm_wordpress_test';

/**
 * This machine reaches no WordPress.org: with outside requests blocked (WP_HTTP_BLOCK_EXTERNAL),
 * each update check on an admin page would log a PHP warning that has nothing to do with the plugin.
 */
const offlineMuPlugin = `<?php
// Written by test/wordpress/site.mjs: an offline test site checks for no updates.
remove_action( 'admin_init', '_maybe_update_core' );
remove_action( 'admin_init', '_maybe_update_plugins' );
remove_action( 'admin_init', '_maybe_update_themes' );
remove_action( 'load-plugins.php', 'wp_update_plugins' );
remove_action( 'load-update.php', 'wp_update_plugins' );
remove_action( 'load-update-core.php', 'wp_update_plugins' );
remove_action( 'load-themes.php', 'wp_update_themes' );
remove_action( 'load-update.php', 'wp_update_themes' );
remove_action( 'load-update-core.php', 'wp_update_themes' );
`;

/**
 * Installs the Debian packages that are missing (as root, noninteractive).
 * @returns {string[]} the packages installed now
 */
export function installPackages() {
  const missing = packages.filter(([, file]) => !existsSync(file)).map(([name]) => name);
  if (missing.length === 0) {
    return [];
  }
  if (process.getuid?.() !== 0) {
    throw new Error(`Debian packages missing: ${missing.join(' ')}. Install them as root (apt-get install ${missing.join(' ')}) or run this suite as root.`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-q'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...missing], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  return missing;
}

/** @returns {Promise<number>} a free TCP port on 127.0.0.1 */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until `ready()` is true, checking every 100 ms for `seconds` at most.
 * @param {() => boolean | Promise<boolean>} ready
 * @param {number} seconds
 * @param {string} what
 */
async function waitFor(ready, seconds, what) {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    if (await ready()) {
      return;
    }
    await sleep(100);
  }
  throw new Error(`${what} did not start within ${seconds} s`);
}

/**
 * Signals a process started by spawn() and everything in its group (PHP's server workers).
 * @param {import('node:child_process').ChildProcess} child
 * @param {NodeJS.Signals} signal
 */
function signalGroup(child, signal) {
  try {
    if (child.pid !== undefined) {
      process.kill(-child.pid, signal);
    }
  } catch {
    child.kill(signal);
  }
}

/** Versions of what the suite runs on, for its report. */
export function versions() {
  const wp = /\$wp_version = '([^']+)'/.exec(readFileSync(`${wordpressSource}/wp-includes/version.php`, 'utf8'))?.[1];
  const php = execFileSync('php', ['-r', 'echo PHP_VERSION;'], { encoding: 'utf8' });
  const mariadb = /Ver (\S+)/.exec(execFileSync('mariadbd', ['--version'], { encoding: 'utf8' }))?.[1];
  return { wordpress: wp, php, mariadb };
}

/**
 * Starts MariaDB and PHP's server, installs WordPress and its admin account.
 * @returns {Promise<Site>}
 */
export async function startSite() {
  const dir = mkdtempSync(join(tmpdir(), 'mhm-wordpress-'));
  const site = new Site(dir);
  try {
    await site.start();
  } catch (error) {
    await site.stop();
    throw error;
  }
  return site;
}

export class Site {
  /** @param {string} dir a fresh temporary folder, removed by stop() */
  constructor(dir) {
    this.dir = dir;
    this.root = join(dir, 'site');
    this.socket = join(dir, 'mysqld.sock');
    this.errorLog = join(dir, 'php-errors.log');
    this.adminPassword = randomBytes(12).toString('hex');
    /** @type {import('node:child_process').ChildProcess[]} */
    this.processes = [];
    this.url = '';
  }

  /** PHP's options for the server and the command-line helper: every error logged to one file, none shown. */
  phpOptions() {
    return ['-d', 'log_errors=1', '-d', `error_log=${this.errorLog}`, '-d', 'display_errors=0', '-d', 'error_reporting=E_ALL'];
  }

  async start() {
    // MariaDB: its own data folder, no TCP at all (the socket only), root without a password.
    const data = join(this.dir, 'mysql');
    execFileSync('mariadb-install-db', ['--no-defaults', '--user=root', `--datadir=${data}`, '--auth-root-authentication-method=normal', '--skip-test-db'], {
      stdio: 'ignore',
    });
    this.spawn('mariadbd', [
      '--no-defaults',
      '--user=root',
      `--datadir=${data}`,
      `--socket=${this.socket}`,
      '--skip-networking',
      `--pid-file=${join(this.dir, 'mysqld.pid')}`,
      `--log-error=${join(this.dir, 'mysqld.log')}`,
    ]);
    await waitFor(() => this.sql('SELECT 1', false), 30, 'MariaDB');
    this.sql(`CREATE DATABASE ${database} CHARACTER SET utf8mb4`);

    // WordPress: a copy of Debian's files, with a wp-config.php for this database and address.
    const port = await freePort();
    this.url = `http://127.0.0.1:${port}`;
    cpSync(wordpressSource, this.root, { recursive: true, verbatimSymlinks: true });
    writeFileSync(join(this.root, 'wp-config.php'), this.config());
    mkdirSync(join(this.root, 'wp-content/mu-plugins'), { recursive: true });
    writeFileSync(join(this.root, 'wp-content/mu-plugins/offline-test-site.php'), offlineMuPlugin);
    this.spawn('php', [...this.phpOptions(), '-S', `127.0.0.1:${port}`, '-t', this.root], { PHP_CLI_SERVER_WORKERS: '4' });
    await waitFor(async () => (await fetch(`${this.url}/readme.html`).catch(() => null))?.ok === true, 20, 'PHP server');
    this.wp('install', { password: this.adminPassword });
  }

  /** wp-config.php: debugging on and logged, nothing fetched from outside, no cron requests. */
  config() {
    const salt = () => randomBytes(32).toString('hex');
    const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
    const constants = {
      DB_NAME: database,
      DB_USER: 'root',
      DB_PASSWORD: '',
      DB_HOST: `localhost:${this.socket}`,
      DB_CHARSET: 'utf8mb4',
      DB_COLLATE: '',
      WP_HOME: this.url,
      WP_SITEURL: this.url,
      ...Object.fromEntries(keys.map((key) => [key, salt()])),
      WP_DEBUG_LOG: this.errorLog,
      FS_METHOD: 'direct',
    };
    const lines = Object.entries(constants).map(([name, value]) => `define( '${name}', '${value}' );`);
    return `<?php
${lines.join('\n')}
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) {
\tdefine( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`;
  }

  /**
   * @param {string} command
   * @param {string[]} args
   * @param {Record<string, string>} [env]
   */
  spawn(command, args, env = {}) {
    // Its own process group, so stop() ends the server's workers with it.
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env }, detached: true });
    child.stderr?.on('data', () => {}); // PHP's server logs each request on stderr; MariaDB's own log is a file.
    this.processes.push(child);
    return child;
  }

  /**
   * Runs SQL as MariaDB's root over the socket.
   * @param {string} statement
   * @param {boolean} [mustSucceed]
   */
  sql(statement, mustSucceed = true) {
    const result = spawnSync('mariadb', ['--no-defaults', `--socket=${this.socket}`, '-u', 'root', '-e', statement], { encoding: 'utf8' });
    if (result.status !== 0 && mustSucceed) {
      throw new Error(`SQL "${statement}" failed: ${result.stderr.trim()}`);
    }
    return result.status === 0;
  }

  /**
   * One command of test/wordpress/wp.php against this site.
   * @param {string} command
   * @param {object} [args]
   * @returns {any} its JSON answer
   */
  wp(command, args = {}) {
    const result = spawnSync('php', [...this.phpOptions(), wpPhp, this.root, command, JSON.stringify(args)], { encoding: 'utf8' });
    if (result.status !== 0) {
      throw new Error(`wp.php ${command}: ${(result.stderr || result.stdout).trim()}`);
    }
    return JSON.parse(result.stdout.trim().split('\n').pop() ?? 'null');
  }

  /** What PHP logged: warnings, notices, deprecations, errors. */
  phpErrors() {
    return existsSync(this.errorLog) ? readFileSync(this.errorLog, 'utf8').split('\n').filter((line) => line.trim() !== '') : [];
  }

  /** Drops the database, stops both servers and removes every file the suite made. */
  async stop() {
    if (this.processes.some((child) => child.command === 'mariadbd' || child.spawnargs[0] === 'mariadbd')) {
      this.sql(`DROP DATABASE IF EXISTS ${database}`, false);
    }
    for (const child of this.processes.reverse()) {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        signalGroup(child, 'SIGTERM');
        await Promise.race([exited, sleep(10_000)]);
        if (child.exitCode === null && child.signalCode === null) {
          signalGroup(child, 'SIGKILL');
        }
      }
    }
    this.processes = [];
    rmSync(this.dir, { recursive: true, force: true });
  }
}
