/**
 * What the CDN loader knows about the build: written by rollup.config.mjs into
 * `dist/cdn/mhm-elements.js` from the two CDN builds' chunks (their names are content-hashed, so
 * only the build knows them). This file is the shape and an empty stand-in; the build replaces it.
 * Every file name is relative to the loader's own URL, and every list starts with the file to
 * import, followed by every chunk it imports directly or not (so all can be requested at once).
 */
export interface LoaderManifest {
  /** Each `mhm-*` tag, by the element group whose code defines it (`mhm-question` → `quiz`). */
  tags: Record<string, string>;
  /** The files of each element group that loads on its own (`quiz`, `lesson-card`…). */
  elements: Record<string, string[]>;
  /** The eager file with every element (`mhm-elements.all.js`): what a course loads, as it shows every element. */
  all: string[];
  /** Lazily loaded text and built-in content: of the element groups' build, and of the eager file's. */
  text: { elements: LoaderText; all: LoaderText };
}

/** The lazily loaded chunks of one build. */
export interface LoaderText {
  /** Interface text by language (English is in the code). */
  ui: Record<string, string[]>;
  /** Built-in content by element (`course`, `five-reasons`), then by language. */
  content: Record<string, Record<string, string[]>>;
  /** The code that renders the built-in course's activities, loaded with its text. */
  builtInCourse: string[];
}

const none: LoaderText = { ui: {}, content: {}, builtInCourse: [] };

export const manifest: LoaderManifest = { tags: {}, elements: {}, all: [], text: { elements: none, all: none } };
