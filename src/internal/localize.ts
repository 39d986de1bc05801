import type { ReactiveController, ReactiveControllerHost } from 'lit';
import en from '../translations/en.js';
import { directionOf, resolveLang } from './lang.js';
import type { Translation } from './translation.js';

export type { Translation } from './translation.js';

type TermKey = Exclude<keyof Translation, `$${string}`>;
type TermArgs<K extends TermKey> = Translation[K] extends (...args: infer A) => string ? A : [];

/**
 * Interface text of every shipped locale: English is always there, as the fallback; each other
 * language is one dynamic import, so it is its own small chunk and a page downloads only the
 * language it shows.
 */
export const translationLoaders: Readonly<Record<string, () => Promise<{ default: Translation }>>> = {
  en: async () => ({ default: en }),
  fr: () => import('../translations/fr.js'),
  ar: () => import('../translations/ar.js'),
  pt: () => import('../translations/pt.js'),
  es: () => import('../translations/es.js'),
};

/** Every locale the library ships interface text for. */
export const uiLocales: readonly string[] = Object.keys(translationLoaders);

const loadedTranslations = new Map([['en', en]]);
const pendingTranslations = new Map<string, Promise<Translation>>();
/** Languages given interface text at run time (`registerTranslation`, a course file's `ui`), lower case. */
const registeredTranslations: Record<string, Translation> = {};

/**
 * Makes `translation` the interface text of the language `tag` for every element shown in it, and
 * re-renders them; `registerTranslation()` (`register-translation.ts`, loaded only by the code that
 * uses it) builds the translation.
 * @param tag The language tag, lower case.
 * @param translation Its complete interface text.
 */
export function useTranslation(tag: string, translation: Translation): void {
  registeredTranslations[tag] = translation;
  loadedTranslations.set(tag, translation);
  pendingTranslations.delete(tag);
  refreshAll(true);
}

/**
 * The interface text of a shipped locale (English for any other), downloaded once. If the download
 * fails (offline, a partner who hosted only the entry file), English stands in and the console
 * says why, once.
 */
export function loadTranslation(locale: string): Promise<Translation> {
  let pending = pendingTranslations.get(locale);
  if (!pending) {
    pending = (Object.hasOwn(registeredTranslations, locale) ? async () => ({ default: registeredTranslations[locale] }) : translationLoaders[Object.hasOwn(translationLoaders, locale) ? locale : 'en'])()
      .then(
        (module) => module.default,
        (error: unknown) => {
          console.warn(`mhm-elements: the "${locale}" interface text could not be loaded, so English is shown.`, error);
          return en;
        },
      )
      .then((translation) => {
        loadedTranslations.set(locale, translation);
        return translation;
      });
    pendingTranslations.set(locale, pending);
  }
  return pending;
}

/**
 * Picks the shipped locale for a language tag: exact match, then the primary subtag, then English.
 * @param available The locales to choose from: interface text by default, or built-in content.
 */
export function matchLocale(lang: string, available?: Readonly<Record<string, unknown>>): string {
  const tag = lang.toLowerCase();
  if (!available) {
    // Registered text first, by exact tag then primary subtag, then the shipped locales.
    const registered = [tag, tag.split('-')[0]].find((locale) => Object.hasOwn(registeredTranslations, locale));
    return registered ?? matchLocale(lang, translationLoaders);
  }
  // Own keys only: a `lang` of "constructor" or "__proto__" must not find Object.prototype.
  return [tag, tag.split('-')[0]].find((locale) => Object.hasOwn(available, locale)) ?? 'en';
}

const connected = new Set<LocalizeController>();
let observer: MutationObserver | undefined;

/**
 * Re-resolves the language of every connected element (after any `lang` or `dir` change).
 * @param textChanged The text of a language changed (`registerTranslation`): re-render every element.
 */
export function refreshAll(textChanged = false): void {
  connected.forEach((controller) => controller.refresh(textChanged));
}

/**
 * Resolves an element's language and direction and gives it localised interface text.
 *
 * The language is the element's own `lang`, else the nearest ancestor's (across shadow roots),
 * else the document's. The direction is the element's own `dir` when set, else right to left for
 * right-to-left languages. One shared MutationObserver, alive only while elements are connected,
 * re-renders elements whose language or direction changes.
 */
export class LocalizeController implements ReactiveController {
  private resolvedLang = 'en';
  private resolvedDir: 'ltr' | 'rtl' = 'ltr';
  /** A language that wins over the resolved one (`prefer`), with its direction. */
  private preferred?: { lang: string; dir?: 'ltr' | 'rtl' };

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this);
    if (!observer) {
      observer = new MutationObserver(() => refreshAll());
      observer.observe(document.documentElement, { attributeFilter: ['lang', 'dir'], subtree: true });
    }
    // A moved element may now sit under another language.
    this.refresh();
  }

  hostDisconnected(): void {
    connected.delete(this);
    if (!connected.size) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  /**
   * Shows the host in a language whatever its `lang` says (a course file's language), or, with no
   * argument, in its resolved language again.
   * @param lang The language tag.
   * @param dir Its direction, when given (a course file's `dir`); else from the language.
   */
  prefer(lang?: string, dir?: 'ltr' | 'rtl'): void {
    this.preferred = lang ? { lang, dir } : undefined;
    this.refresh();
  }

  /**
   * Re-resolves language and direction; re-renders the host when either changed.
   * @param textChanged The interface text of a language changed: re-render anyway.
   */
  refresh(textChanged = false): void {
    const lang = this.preferred?.lang ?? resolveLang(this.host);
    // `dir` reads the attribute as "ltr", "rtl", "auto" or "", whatever its case.
    const ownDir = this.preferred ? this.preferred.dir : this.host.dir;
    const dir = ownDir == 'rtl' || ownDir == 'ltr' ? ownDir : directionOf(lang);
    if (textChanged || lang != this.resolvedLang || dir != this.resolvedDir) {
      this.resolvedLang = lang;
      this.resolvedDir = dir;
      this.host.requestUpdate();
    }
  }

  /**
   * Resolves once the interface text of the current locale is downloaded; undefined when it is
   * already there. The base element waits for it before rendering, so text never flashes English.
   */
  ready(): Promise<unknown> | undefined {
    const locale = this.locale();
    return loadedTranslations.has(locale) ? undefined : loadTranslation(locale);
  }

  /** The resolved language tag, as written by the author (for `Intl`). */
  lang(): string {
    return this.resolvedLang;
  }

  /** The shipped locale used for interface text. */
  locale(): string {
    return matchLocale(this.resolvedLang);
  }

  /** The resolved text direction. */
  dir(): 'ltr' | 'rtl' {
    return this.resolvedDir;
  }

  /** A localised interface string. */
  term<K extends TermKey>(key: K, ...args: TermArgs<K>): string {
    const value = (loadedTranslations.get(this.locale()) ?? en)[key];
    return typeof value == 'function' ? (value as (...a: unknown[]) => string)(...args) : value;
  }
}
