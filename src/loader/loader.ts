// The CDN loader, `dist/cdn/mhm-elements.js`: what a partner's `<script type="module" src>` gets.
//
// It defines each `mhm-*` element the first time one appears on the page, downloading only that
// element's code and the shared core, never the code of elements the page does not use. When it
// runs (and whenever a script adds elements later) it knows which elements are on the page, their
// languages and whether they show built-in text, so it asks for everything they need at once:
// the element's chunks, the interface text and the built-in content of their language, as
// `<link rel="modulepreload">`, before importing the element's entry. Nothing waits for a file to
// arrive to find out about the next one.
//
// Elements that the library renders itself (the built-in course's activities, in its shadow root)
// are defined by the code that renders them: `<mhm-course>` shows every element, so it loads the
// eager file, which defines them all (one file compresses better than six, and the course needs
// them all anyway). The loader only needs to look at the document.
//
// For one request with every element, CSP without dynamic import, and offline packages:
// `mhm-elements.all.js` beside this file (README, "Which file to load").
import { resolveLang } from '../internal/lang.js';
import { manifest, type LoaderText } from './manifest.js';

/** Element groups asked for, with the build whose text they use (`elements`, or `all` once the eager file is asked for). */
const requested = new Map<string, LoaderText>();
/** Files already preloaded. */
const preloaded = new Set<string>();
/** Every tag the loader defines, as one selector. */
const selector = Object.keys(manifest.tags).join(',');
/** A course with one of these inside shows the author's activities, not the built-in course. */
const activities = 'mhm-lesson-card,mhm-quiz,mhm-reflection-prompt,mhm-five-reasons,[data-mhm-activity]';

const url = (file: string): string => new URL(file, import.meta.url).href;

/**
 * The files for a language tag: exact, then primary subtag, then English (the rule of
 * `matchLocale` in internal/localize.ts, which the loader cannot import without the core).
 */
function pick(byLocale: Readonly<Record<string, string[]>> | undefined, lang: string): string[] {
  if (!byLocale) {
    return [];
  }
  const tag = lang.toLowerCase();
  const locale = [tag, tag.split('-')[0]].find((candidate) => Object.hasOwn(byLocale, candidate)) ?? 'en';
  return byLocale[locale] ?? [];
}

/** What one element needs besides its code: its language's interface text and built-in content. */
function textFor(element: Element, text: LoaderText): string[] {
  const lang = resolveLang(element);
  const files = [...pick(text.ui, lang)];
  // The same tests the elements make: a carousel with nothing inside shows the built-in five
  // reasons; a course without activities shows the built-in course, with its five reasons.
  if (element.localName === 'mhm-five-reasons' && !element.firstElementChild && !element.textContent?.trim()) {
    files.push(...pick(text.content['five-reasons'], lang));
  }
  if (element.localName === 'mhm-course' && !element.querySelector(activities)) {
    files.push(...pick(text.content.course, lang), ...pick(text.content['five-reasons'], lang), ...text.builtInCourse);
  }
  return files;
}

function preload(file: string): void {
  if (!preloaded.has(file)) {
    preloaded.add(file);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = url(file);
    document.head.append(link);
  }
}

function load(files: readonly string[], what: string): void {
  const entry = url(files[0]);
  import(/* @vite-ignore */ entry).catch((error: unknown) => {
    console.warn(
      `mhm-elements: the code of ${what} could not be loaded from ${entry}. Host the whole dist/cdn folder, and, ` +
        'when it is on another site than the page, send Access-Control-Allow-Origin with it (docs/hosting.md).',
      error,
    );
  });
}

/** Every element group, the course's included. */
const allGroups = new Set(Object.values(manifest.tags));

/** Loads what the elements in (and including) `root` need, all at once. */
function scan(root: Element | Document): void {
  const found = [...root.querySelectorAll(selector)];
  if (root instanceof Element && root.matches(selector)) {
    found.unshift(root);
  }
  const groupOf = (element: Element) => manifest.tags[element.localName];
  const fresh = [...new Set(found.map(groupOf))].filter((group) => !requested.has(group));
  // A group without files of its own (the course) loads the eager file, which defines every element not defined yet.
  const eager = fresh.some((group) => !manifest.elements[group]);
  for (const group of eager ? allGroups : fresh) {
    if (!requested.has(group)) {
      requested.set(group, eager ? manifest.text.all : manifest.text.elements);
    }
  }
  (eager ? manifest.all : fresh.flatMap((group) => manifest.elements[group])).forEach(preload);
  for (const element of found) {
    textFor(element, requested.get(groupOf(element))!).forEach(preload);
  }
  if (eager) {
    load(manifest.all, 'the elements');
  } else {
    fresh.forEach((group) => load(manifest.elements[group], `<mhm-${group}>`));
  }
  if (requested.size === allGroups.size) {
    observer.disconnect();
  }
}

// Elements a partner's script adds later. The callback only looks at added elements, and the
// observer stops once every element group has been asked for.
const observer = new MutationObserver((records) => {
  for (const record of records) {
    record.addedNodes.forEach((node) => node instanceof Element && scan(node));
  }
});
observer.observe(document, { childList: true, subtree: true });
scan(document);
