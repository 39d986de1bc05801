// npm run test:wordpress: the plugin in a real WordPress (Debian's), from its zip, driven as its
// users drive it. Installs what is missing (as root), builds and packs the plugin, starts MariaDB
// and PHP's built-in server on this machine only, installs WordPress, then: an administrator sets
// the help contact on the settings page; an Author saves a post with raw <mhm-quiz> markup and one
// with shortcodes, a Contributor one with the same markup; headless Chromium opens the published
// pages, answers a quiz and reads the reflection's help link, while every request's origin is logged.
// Everything it started or wrote is removed at the end. The last line is `N passed, N failed, N skipped`.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, ensureChromium } from '../../scripts/chromium.mjs';
import { lintPhp, phpFiles } from './lint-php.mjs';
import { installPackages, startSite, versions } from './site.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const zip = join(root, 'dist/wordpress/mhm-elements.zip');
const started = Date.now();

/** @type {{ name: string, status: 'passed' | 'failed' | 'skipped', error?: unknown }[]} */
const results = [];

/**
 * Runs one check; a failure is reported and the suite goes on.
 * @param {string} name
 * @param {() => unknown} run
 */
async function check(name, run) {
  try {
    await run();
    results.push({ name, status: 'passed' });
    console.log(`  ✓ ${name}`);
  } catch (error) {
    results.push({ name, status: 'failed', error });
    console.log(`  ✗ ${name}\n    ${String(error instanceof Error ? error.message : error).replace(/\n/g, '\n    ')}`);
  }
}

/**
 * @param {unknown} condition
 * @param {string} message
 * @returns {asserts condition}
 */
function assert(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

// ---- What the Author writes ------------------------------------------------------------------

const supportHref = 'tel:+233800000000';
const supportLabel = 'Call the Accra helpline, 0800 000 000';

/** A Custom HTML block, as the block editor saves it: the quiz from the README and a reflection. */
const rawMarkup = `<!-- wp:html -->
<mhm-quiz heading="Check your understanding" quiz-id="wp-raw" onclick="alert(1)">
  <mhm-question explanation="The WHO describes mental health as well-being, not only the absence of illness.">
    <span slot="prompt">Which statement fits the WHO description of mental health?</span>
    <mhm-choice correct feedback="Yes: it is about coping, working and contributing.">A state of well-being</mhm-choice>
    <mhm-choice feedback="Absence of illness is only part of it.">The absence of any mental disorder</mhm-choice>
  </mhm-question>
</mhm-quiz>
<mhm-reflection-prompt reflection-id="wp-raw" prompt="What helps you when you feel low?"></mhm-reflection-prompt>
<iframe src="https://example.com/"></iframe>
<!-- /wp:html -->`;

/** Classic-editor text with shortcodes: WordPress puts its automatic paragraphs around the tags. */
const shortcodeText = `[mhm_course lang="fr" course_id="awareness" persist]

[mhm_quiz heading="Quiz by shortcode" pass_mark="50" layout="list" made_up="1"]
<mhm-question type="true-false" answer="false" prompt="Migration in itself threatens mental health."></mhm-question>

<mhm-question prompt="Who can help when you feel low?">
<mhm-choice correct>A trusted person</mhm-choice>
<mhm-choice>Nobody</mhm-choice>
</mhm-question>
[/mhm_quiz]

[mhm_reflection_prompt reflection_id="wp-shortcode" prompt="What would you tell a friend?" optional]

[mhm]
<mhm-reflection-prompt reflection-id="wp-wrapper" prompt="Who do you talk to?" support-href="https://example.org/our-help" support-label="Our own help page">
<li slot="hint">A friend?</li>
</mhm-reflection-prompt>
[/mhm]

[mhm_lesson_card heading="What is mental health?" eyebrow="Lesson 1" heading_level="2"]
Mental health is more than not having a mental disorder.

It is about coping, working and contributing.
[/mhm_lesson_card]

[mhm_five_reasons]`;

/** Every documented attribute of every element, from custom-elements.json, in one Author's post. */
function everyAttributeMarkup() {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  /** @type {[string, string[]][]} */
  const tags = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName) {
        tags.push([declaration.tagName, (declaration.attributes ?? []).map((attribute) => attribute.name)]);
      }
    }
  }
  return tags;
}

// ---- The browser -------------------------------------------------------------------------------

/**
 * Opens a page with every request logged; requests to any other origin are refused and listed.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} url
 * @param {string} origin the site's origin
 */
async function open(browser, url, origin) {
  const page = await browser.newPage();
  await page.setViewport({ width: 360, height: 800 });
  /** @type {string[]} */
  const requests = [];
  /** @type {string[]} */
  const outside = [];
  /** @type {string[]} */
  const errors = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const address = request.url();
    requests.push(address);
    if (/^(data|blob):/.test(address) || new URL(address).origin === origin) {
      void request.continue();
    } else {
      outside.push(address);
      void request.abort();
    }
  });
  page.on('console', (message) => {
    if (message.type() === 'error') {
      errors.push(message.text());
    }
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(url, { waitUntil: 'networkidle0' });
  return { page, requests, outside, errors };
}

/**
 * What a learner sees of one element: whether it is defined and its shadow root's text.
 * @param {import('puppeteer-core').Page} page
 * @param {string} selector
 */
function shadowText(page, selector) {
  return page.$eval(selector, (element) => ({
    defined: customElements.get(element.localName) !== undefined,
    text: (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
  }));
}

/**
 * Picks a choice by its label in a quiz and presses Check; returns the feedback's text.
 * @param {import('puppeteer-core').Page} page
 * @param {string} quiz selector of the quiz
 * @param {string} label the choice's words
 */
async function answer(page, quiz, label) {
  await page.$eval(
    quiz,
    (element, wanted) => {
      const root = /** @type {ShadowRoot} */ (element.shadowRoot);
      const input = [...root.querySelectorAll('input')].find((control) => control.labels?.[0]?.textContent?.replace(/\s+/g, ' ').includes(wanted));
      if (!input) {
        throw new Error(`no choice "${wanted}"`);
      }
      input.click();
    },
    label,
  );
  // The check button of the question just answered (a list quiz has one per question).
  await page.$eval(
    quiz,
    (element, wanted) => {
      const root = /** @type {ShadowRoot} */ (element.shadowRoot);
      const question = [...root.querySelectorAll('fieldset')].find((set) => set.textContent?.includes(wanted))?.closest('[part~="question"]') ?? root;
      /** @type {HTMLButtonElement | null} */ (question.querySelector('[part~="check-button"]'))?.click();
    },
    label,
  );
  await page.waitForFunction(
    (selector) => document.querySelector(selector)?.shadowRoot?.querySelector('[part~="feedback"]') !== null,
    {},
    quiz,
  );
  return page.$eval(quiz, (element) => [...(element.shadowRoot?.querySelectorAll('[part~="feedback"]') ?? [])].map((node) => node.textContent?.replace(/\s+/g, ' ').trim()).join(' | '));
}

/**
 * Logs in through wp-login.php.
 * @param {import('puppeteer-core').Page} page
 * @param {string} url the site
 * @param {string} login
 * @param {string} password
 */
async function logIn(page, url, login, password) {
  await page.goto(`${url}/wp-login.php`, { waitUntil: 'networkidle0' });
  await page.type('#user_login', login);
  await page.type('#user_pass', password);
  await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.click('#wp-submit')]);
}

/**
 * Fills the settings page and saves it; returns the notices WordPress shows after saving.
 * @param {import('puppeteer-core').Page} page
 * @param {string} url the site
 * @param {{ href: string, label: string, theme: string, lang?: string }} values
 */
async function saveSettings(page, url, values) {
  await page.goto(`${url}/wp-admin/options-general.php?page=mhm-elements`, { waitUntil: 'networkidle0' });
  await page.$eval('#mhm_elements_support_href', (input, value) => ((/** @type {HTMLInputElement} */ (input)).value = value), values.href);
  await page.$eval('#mhm_elements_support_label', (input, value) => ((/** @type {HTMLInputElement} */ (input)).value = value), values.label);
  await page.select('#mhm_elements_theme', values.theme);
  await page.select('#mhm_elements_lang', values.lang ?? '');
  await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.click('#submit')]);
  return page.$$eval('.notice, .error, .updated', (nodes) => nodes.map((node) => node.textContent?.replace(/\s+/g, ' ').trim()).join(' | '));
}

// ---- The suite ---------------------------------------------------------------------------------

async function main() {
  const installed = installPackages();
  if (installed.length > 0) {
    console.log(`test:wordpress: installed ${installed.join(', ')} from Debian.`);
  }
  if (!existsSync(join(root, 'dist/cdn/mhm-elements.js')) || !existsSync(join(root, 'custom-elements.json'))) {
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  }
  execFileSync(process.execPath, [join(root, 'scripts/package-wordpress.mjs')], { cwd: root, stdio: 'inherit' });
  const { wordpress, php, mariadb } = versions();
  console.log(`test:wordpress: WordPress ${wordpress}, PHP ${php}, MariaDB ${mariadb}`);

  const site = await startSite();
  /** @type {import('puppeteer-core').Browser | undefined} */
  let browser;
  try {
    const origin = new URL(site.url).origin;
    const passwords = { author: 'author-pass-1234', contributor: 'contributor-pass-1234' };
    site.wp('user', { login: 'author', role: 'author', password: passwords.author });
    site.wp('user', { login: 'contributor', role: 'contributor', password: passwords.contributor });

    await check('the plugin installs from dist/wordpress/mhm-elements.zip and activates', () => {
      assert(site.wp('install-zip', { zip }).active === true, 'the plugin is not active');
      const assets = readdirSync(join(site.root, 'wp-content/plugins/mhm-elements/assets'));
      const cdn = readdirSync(join(root, 'dist/cdn'));
      const missing = cdn.filter((name) => !assets.includes(name));
      assert(missing.length === 0, `dist/cdn files missing from the plugin: ${missing.join(', ')}`);
    });

    await check('php -l finds no syntax error in the installed plugin (generated elements.php included) or the test helper', () => {
      const files = [...phpFiles(join(site.root, 'wp-content/plugins/mhm-elements')), fileURLToPath(new URL('wp.php', import.meta.url))];
      assert(files.some((file) => file.endsWith('/includes/elements.php')), 'the generated includes/elements.php is missing');
      const errors = lintPhp(files);
      assert(errors.length === 0, errors.join('\n'));
    });

    browser = await puppeteer.launch({ executablePath: ensureChromium(), headless: true, args: chromiumArgs });
    const admin = await browser.createBrowserContext();
    const adminPage = await admin.newPage();
    await logIn(adminPage, site.url, 'admin', site.adminPassword);

    await check('settings page: a help link that is not https: or tel: is refused with a message, nothing saved', async () => {
      const notices = await saveSettings(adminPage, site.url, { href: 'javascript:alert(1)', label: 'Bad', theme: 'dark' });
      assert(/must be a full https:\/\/ address/.test(notices), `no message about the link; notices: ${notices}`);
      const saved = site.wp('option', { name: 'mhm_elements_settings' }).value;
      assert(!saved?.support_href, `the bad link was stored: ${JSON.stringify(saved)}`);
    });

    await check('settings page: the administrator sets the help contact (tel:, spaces removed) and the dark theme', async () => {
      const notices = await saveSettings(adminPage, site.url, { href: 'tel:+233 800 000 000', label: supportLabel, theme: 'dark' });
      assert(/Settings saved/.test(notices), `no "Settings saved"; notices: ${notices}`);
      const saved = site.wp('option', { name: 'mhm_elements_settings' }).value;
      assert(saved.support_href === supportHref && saved.support_label === supportLabel && saved.theme === 'dark', `stored: ${JSON.stringify(saved)}`);
      const field = await adminPage.$eval('#mhm_elements_support_href', (input) => /** @type {HTMLInputElement} */ (input).value);
      assert(field === supportHref, `the form shows "${field}"`);
    });

    await check('settings page: an Author may not open it', async () => {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await logIn(page, site.url, 'author', passwords.author);
      const response = await page.goto(`${site.url}/wp-admin/options-general.php?page=mhm-elements`, { waitUntil: 'networkidle0' });
      const text = await page.$eval('body', (body) => body.textContent ?? '');
      await context.close();
      assert(response?.status() === 403 || /not allowed/i.test(text), `status ${response?.status()}`);
      assert(!text.includes('Help contact link'), 'the Author sees the settings form');
    });

    const raw = site.wp('save-post', { login: 'author', title: 'Quiz in a Custom HTML block', content: rawMarkup, status: 'publish' });
    const shortcodes = site.wp('save-post', { login: 'author', title: 'Course by shortcode', content: shortcodeText, status: 'publish' });
    const contributed = site.wp('save-post', { login: 'contributor', title: 'Contributor draft', content: rawMarkup, status: 'pending' });

    await check("an Author's saved <mhm-quiz> keeps its tags, attributes and slots; onclick and the iframe are removed", () => {
      assert(raw.unfiltered_html === false, 'the Author has unfiltered_html, so kses did not run');
      for (const kept of ['<mhm-quiz heading="Check your understanding" quiz-id="wp-raw">', '<span slot="prompt">', '<mhm-choice correct feedback="Yes: it is about coping, working and contributing.">', '<mhm-reflection-prompt reflection-id="wp-raw"']) {
        assert(raw.saved.includes(kept), `"${kept}" was not kept:\n${raw.saved}`);
      }
      assert(!/onclick|<iframe/.test(raw.saved), `kses let more through:\n${raw.saved}`);
    });

    await check("a Contributor's saved markup loses the <mhm-*> tags (no publish_posts, nothing widened)", () => {
      assert(!/<mhm-/.test(contributed.saved), `a Contributor kept the tags:\n${contributed.saved}`);
      assert(contributed.saved.includes('A state of well-being'), 'the text itself was lost');
    });

    await check('every attribute documented in custom-elements.json survives an Author saving it', () => {
      const tags = everyAttributeMarkup();
      const markup = tags.map(([tag, names]) => `<${tag} ${names.map((name) => `${name}="v"`).join(' ')}></${tag}>`).join('\n');
      const saved = site.wp('save-post', { login: 'author', title: 'Every attribute', content: markup, status: 'draft' }).saved;
      const lost = tags.flatMap(([tag, names]) => names.filter((name) => !new RegExp(`<${tag}[^>]* ${name}="v"`).test(saved)).map((name) => `${tag} ${name}`));
      assert(lost.length === 0, `removed on save: ${lost.join(', ')}`);
    });

    await check('a page without elements does not load the script', async () => {
      const { page } = await open(browser, `${site.url}/?p=1`, origin);
      const scripts = await page.$$eval('script[src]', (nodes) => nodes.map((node) => node.getAttribute('src')));
      await page.close();
      assert(!scripts.some((src) => src?.includes('mhm-elements')), `scripts: ${scripts.join(', ')}`);
    });

    const rawPage = await open(browser, raw.url, origin);
    await check('the raw-markup page loads the script once, as a module, from the plugin folder', async () => {
      const tags = await rawPage.page.$$eval('script[src*="mhm-elements"]', (nodes) => nodes.map((node) => ({ type: node.getAttribute('type'), src: node.getAttribute('src') })));
      assert(tags.length === 1, `${tags.length} script tags`);
      assert(tags[0].type === 'module', `type="${tags[0].type}"`);
      assert(tags[0].src === `${site.url}/wp-content/plugins/mhm-elements/assets/mhm-elements.js`, `src="${tags[0].src}"`);
    });

    await check("the Author's quiz renders and can be answered", async () => {
      const quiz = await shadowText(rawPage.page, 'mhm-quiz');
      assert(quiz.defined && quiz.text.includes('Which statement fits the WHO description'), `quiz shows: "${quiz.text.slice(0, 200)}"`);
      const feedback = await answer(rawPage.page, 'mhm-quiz', 'A state of well-being');
      assert(feedback.includes('Yes: it is about coping'), `feedback: "${feedback}"`);
    });

    await check("the reflection shows the site's help contact as its link", async () => {
      const link = await rawPage.page.$eval('mhm-reflection-prompt', (element) => {
        const anchor = element.shadowRoot?.querySelector('[part~="support-link"]');
        return anchor && { href: anchor.getAttribute('href'), text: anchor.textContent?.replace(/\s+/g, ' ').trim() };
      });
      assert(link?.href === supportHref, `link: ${JSON.stringify(link)}`);
      assert(link.text?.includes(supportLabel), `link text: "${link.text}"`);
    });

    await check('the raw-markup page makes no request outside the site, and logs no error', () => {
      const origins = [...new Set(rawPage.requests.map((address) => (/^(data|blob):/.test(address) ? address.slice(0, 5) : new URL(address).origin)))];
      console.log(`    (${rawPage.requests.length} requests, origins: ${origins.join(', ')})`);
      assert(rawPage.outside.length === 0, `outside requests: ${rawPage.outside.join(', ')}`);
      assert(rawPage.requests.some((address) => address.endsWith('/mhm-elements/assets/mhm-elements.js')), 'the script was never requested');
      assert(rawPage.errors.length === 0, `console errors: ${rawPage.errors.join(' | ')}`);
    });
    await rawPage.page.close();

    const shortcodePage = await open(browser, shortcodes.url, origin);
    await check('[mhm_course lang="fr" course_id="awareness" persist] shows the built-in course in French, dark, with the site contact', async () => {
      const attributes = await shortcodePage.page.$eval('mhm-course', (element) => Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value])));
      for (const [name, value] of Object.entries({ lang: 'fr', 'course-id': 'awareness', persist: '', theme: 'dark', 'support-href': supportHref, 'support-label': supportLabel })) {
        assert(attributes[name] === value, `${name}="${attributes[name]}" (attributes: ${JSON.stringify(attributes)})`);
      }
      await shortcodePage.page.waitForFunction(() => (document.querySelector('mhm-course')?.shadowRoot?.textContent ?? '').includes('santé mentale'), { timeout: 10_000 });
      assert(shortcodePage.requests.some((address) => /\/mhm-elements\/assets\/course-fr[^/]*\.js$/.test(address)) || shortcodePage.requests.some((address) => /\/mhm-elements\/assets\/.+\.js$/.test(address) && !address.endsWith('/mhm-elements.js')), 'no French course file was loaded from the plugin folder');
    });

    await check('[mhm_quiz] keeps its questions through the automatic paragraphs and can be answered', async () => {
      const quiz = await shadowText(shortcodePage.page, 'mhm-quiz');
      assert(quiz.defined && quiz.text.includes('Who can help when you feel low?') && quiz.text.includes('Migration in itself'), `quiz shows: "${quiz.text.slice(0, 300)}"`);
      const children = await shortcodePage.page.$eval('mhm-quiz', (element) => [...element.children].map((child) => child.localName));
      assert(children.join() === 'mhm-question,mhm-question', `children: ${children.join()}`);
      const feedback = await answer(shortcodePage.page, 'mhm-quiz', 'A trusted person');
      assert(feedback.length > 0, 'no feedback after Check');
    });

    await check('an unknown shortcode attribute is left out, with a note only editors see', async () => {
      const quiz = await shortcodePage.page.$eval('mhm-quiz', (element) => element.getAttributeNames());
      assert(!quiz.includes('made-up') && quiz.includes('pass-mark') && quiz.includes('layout'), `attributes: ${quiz.join(', ')}`);
      const note = await shortcodePage.page.$('.mhm-elements-note');
      assert(note === null, 'a visitor sees the note');
      const adminView = await admin.newPage();
      await adminView.goto(shortcodes.url, { waitUntil: 'networkidle0' });
      const text = await adminView.$eval('.mhm-elements-note', (node) => node.textContent ?? '').catch(() => '');
      const notes = await adminView.$$eval('.mhm-elements-note', (nodes) => nodes.length);
      await adminView.close();
      assert(text.includes('[mhm_quiz] has no attribute "made_up"'), `the note reads "${text}"`);
      assert(notes === 1, `${notes} notes on the page, where only [mhm_quiz] has an unknown attribute`);
    });

    await check('[mhm_reflection_prompt] shows the help link too; the shortcode page makes no outside request and logs no error', async () => {
      const href = await shortcodePage.page.$eval('mhm-reflection-prompt[reflection-id="wp-shortcode"]', (element) => element.shadowRoot?.querySelector('[part~="support-link"]')?.getAttribute('href'));
      assert(href === supportHref, `support link: ${href}`);
      assert(shortcodePage.outside.length === 0, `outside requests: ${shortcodePage.outside.join(', ')}`);
      assert(shortcodePage.errors.length === 0, `console errors: ${shortcodePage.errors.join(' | ')}`);
    });

    await check("[mhm]…[/mhm] keeps the tags clear of automatic paragraphs, and the author's own help link wins", async () => {
      const found = await shortcodePage.page.$eval('mhm-reflection-prompt[reflection-id="wp-wrapper"]', (element) => ({
        parent: element.parentElement?.localName,
        hints: [...element.children].map((child) => child.localName).join(),
        href: element.shadowRoot?.querySelector('[part~="support-link"]')?.getAttribute('href'),
        text: (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '),
      }));
      assert(found.parent !== 'p' && found.hints === 'li', `parent <${found.parent}>, children: ${found.hints}`);
      assert(found.href === 'https://example.org/our-help', `support link: ${found.href}`);
      assert(found.text.includes('Who do you talk to?'), `shows: ${found.text.slice(0, 200)}`);
    });

    await check('[mhm_lesson_card] keeps the paragraphs of its body', async () => {
      const card = await shortcodePage.page.$eval('mhm-lesson-card', (element) => ({
        paragraphs: [...element.children].filter((child) => child.localName === 'p').map((child) => child.textContent?.trim()),
        heading: element.shadowRoot?.querySelector('[role="heading"], h2')?.textContent?.trim(),
      }));
      assert(card.paragraphs.length === 2 && card.paragraphs[1] === 'It is about coping, working and contributing.', `paragraphs: ${JSON.stringify(card.paragraphs)}`);
      assert(card.heading?.includes('What is mental health?'), `heading: ${card.heading}`);
    });

    await check('[mhm_five_reasons] shows the built-in five reasons', async () => {
      await shortcodePage.page.waitForFunction(() => (document.querySelector('mhm-five-reasons')?.shadowRoot?.textContent ?? '').includes('Noticing what returnees live through inside'), { timeout: 10_000 });
      const text = await shadowText(shortcodePage.page, 'mhm-five-reasons');
      assert(text.text.includes('Five reasons to bring psychosocial topics into awareness raising'), `shows: ${text.text.slice(0, 200)}`);
    });
    await shortcodePage.page.close();

    await check("the default language set on the settings page reaches the Author's quiz (Spanish); a shortcode's own lang wins", async () => {
      await saveSettings(adminPage, site.url, { href: supportHref, label: supportLabel, theme: 'dark', lang: 'es' });
      const { page } = await open(browser, raw.url, origin);
      await page.waitForFunction(() => (document.querySelector('mhm-quiz')?.shadowRoot?.textContent ?? '').includes('Comprobar'), { timeout: 10_000 }).catch(() => {});
      const quiz = await page.$eval('mhm-quiz', (element) => ({ lang: element.getAttribute('lang'), text: (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ') }));
      await page.close();
      assert(quiz.lang === 'es' && quiz.text.includes('Comprobar'), `lang="${quiz.lang}", shows: ${quiz.text.slice(0, 200)}`);
      const course = await open(browser, shortcodes.url, origin);
      const courseLang = await course.page.$eval('mhm-course', (element) => element.getAttribute('lang'));
      const questionLang = await course.page.$eval('mhm-question', (element) => element.getAttribute('lang'));
      await course.page.close();
      assert(courseLang === 'fr' && questionLang === null, `course lang="${courseLang}", a question inside a quiz lang="${questionLang}"`);
    });
    await browser.close();
    browser = undefined;

    await check('deleting the plugin removes its settings', () => {
      site.wp('uninstall');
      assert(site.wp('option', { name: 'mhm_elements_settings' }).value === null, 'the option is still there');
      assert(!existsSync(join(site.root, 'wp-content/plugins/mhm-elements')), 'the plugin folder is still there');
    });

    await check('PHP logged no warning, notice or error, and nothing at all from the plugin', () => {
      const lines = site.phpErrors();
      const bad = lines.filter((line) => /PHP (Warning|Notice|Fatal|Parse|Recoverable)|mhm-elements/i.test(line));
      const coreDeprecations = lines.filter((line) => /PHP Deprecated/.test(line) && !bad.includes(line));
      if (coreDeprecations.length > 0) {
        console.log(`    (WordPress ${wordpress} itself logged ${new Set(coreDeprecations.map((line) => line.replace(/^\[[^\]]+\] /, ''))).size} PHP ${php} deprecations, none from the plugin)`);
      }
      assert(bad.length === 0, bad.join('\n'));
    });
  } finally {
    await browser?.close();
    await site.stop();
  }
  console.log(`test:wordpress: ran in ${Math.round((Date.now() - started) / 1000)} s; database dropped, servers stopped, files removed.`);
}

try {
  await main();
} catch (error) {
  results.push({ name: 'set up WordPress', status: 'failed', error });
  console.log(`  ✗ ${error instanceof Error ? error.stack : error}`);
}
const count = (status) => results.filter((result) => result.status === status).length;
process.exitCode = count('failed') > 0 ? 1 : 0;
console.log(`${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped`);
