// The page `npx mhm-elements offline` writes: one HTML file with the library and the course inside.
import { createHash } from 'node:crypto';
import { escapeMarkup } from './markup.mjs';

/**
 * The learner's note above the course, in the languages the package has interface text for (any
 * other language gets the English note). Says what a learner opening a file from a chat or a USB
 * stick wonders: does it need internet, where does what I write go, may I pass it on.
 * @type {Record<string, string>}
 */
export const learnerNotes = {
  en:
    'This course works without an internet connection. Your progress, and anything you choose to keep, stay ' +
    'on this device and are never sent anywhere. You can share this file with others as it is.',
  fr:
    'Ce cours fonctionne sans connexion Internet. Votre progression, et ce que vous choisissez de garder, ' +
    'restent sur cet appareil et ne sont jamais envoyés nulle part. Vous pouvez partager ce fichier tel quel.',
  ar:
    'تعمل هذه الدورة دون اتصال بالإنترنت. يبقى تقدّمك، وكل ما تختار الاحتفاظ به، على هذا الجهاز ولا يُرسَل ' +
    'إلى أي مكان. يمكنك مشاركة هذا الملف مع الآخرين كما هو.',
  es:
    'Este curso funciona sin conexión a internet. Tu progreso, y lo que decidas guardar, se quedan en este ' +
    'dispositivo y nunca se envían a ningún sitio. Puedes compartir este archivo con otras personas tal como está.',
  pt:
    'Este curso funciona sem ligação à internet. O seu progresso, e o que escolher guardar, ficam neste ' +
    'dispositivo e nunca são enviados para lado nenhum. Pode partilhar este ficheiro com outras pessoas tal como está.',
};

/** The direction of a language, by the components' own rule (src/internal/lang.ts, built into dist/cli/). */
export { directionOf } from '../dist/cli/lang.js';

/**
 * JSON text that can sit inside `<script type="application/json">`: every `<` becomes `\u003c`,
 * which only ever occurs inside a JSON string, where it means the same character. No `</script`
 * and no `<!--` can then end the element early or change how the HTML parser reads it.
 * @param {string} json valid JSON text, kept as the author wrote it otherwise
 */
export function escapeJsonForScript(json) {
  return json.replace(/</g, '\\u003c');
}

/** @param {string} code */
function sha256(code) {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

const style = `
:root { color-scheme: light dark; }
body { margin: 0 auto; max-inline-size: 60rem; padding: 1rem; font-family: system-ui, sans-serif; line-height: 1.5; }
.mhm-offline-note { margin: 0 0 1rem; font-size: 0.875rem; }
mhm-course:empty { display: block; min-block-size: 100vh; }
@media print { .mhm-offline-note { display: none; } }
`;

/**
 * The whole page.
 * @param {{ lang: string, dir: 'ltr' | 'rtl', title: string, code: string, courseId: string, courseJson?: string }} page
 *   `code`: the offline bundle; `courseJson`: a course file's JSON text, already checked to parse.
 * @returns {string}
 */
export function offlinePage({ lang, dir, title, code, courseId, courseJson }) {
  const primary = lang.split('-')[0].toLowerCase();
  const note = learnerNotes[primary] ?? learnerNotes.en;
  const noteLang = Object.hasOwn(learnerNotes, primary) ? lang : 'en';
  // Only this page's own script and style may run: no other file, no address, no inline handler.
  const policy = [
    "default-src 'none'",
    `script-src ${sha256(code)}`,
    `style-src ${sha256(style)}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
  const course = courseJson
    ? `<mhm-course course-id="${escapeMarkup(courseId)}" persist><script type="application/json">${escapeJsonForScript(courseJson)}</script></mhm-course>`
    : `<mhm-course course-id="${escapeMarkup(courseId)}" persist></mhm-course>`;
  return `<!doctype html>
<html lang="${escapeMarkup(lang)}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="referrer" content="no-referrer">
<title>${escapeMarkup(title)}</title>
<style>${style}</style>
<script type="module">${code}</script>
</head>
<body>
<main>
<p class="mhm-offline-note"${noteLang === lang ? '' : ' lang="en" dir="ltr"'}>${escapeMarkup(note)}</p>
${course}
</main>
</body>
</html>
`;
}
