import { contentSource } from '../../internal/built-in-content.js';
import type { CourseContent } from './types.js';

export type {
  ChoiceQuestion,
  CourseActivity,
  CourseClosing,
  CourseContent,
  CourseFiveReasons,
  CourseLesson,
  CourseQuiz,
  CourseQuizChoice,
  CourseQuizQuestion,
  CourseReflection,
  TrueFalseQuestion,
} from './types.js';

/** The languages the built-in course is written in. */
export const courseLocales = ['en', 'fr', 'ar'] as const;

export type CourseLocale = (typeof courseLocales)[number];

// One dynamic import per language, so a bundler puts each in its own chunk and a page downloads
// only the language it shows. Mutable only so tests can decide when a download ends.
export const courseLoaders: Record<CourseLocale, () => Promise<{ default: CourseContent }>> = {
  en: () => import('./en.js'),
  fr: () => import('./fr.js'),
  ar: () => import('./ar.js'),
};

/** The built-in course: `locale(lang)` and `load(locale)`, one chunk per language. */
export const courseContent = contentSource(courseLoaders);

/** The course language for a language tag: an exact match, else its primary subtag, else English. */
export function courseLocale(lang: string): CourseLocale {
  return courseContent.locale(lang).locale as CourseLocale;
}

/**
 * Downloads the built-in course for a language tag (`fr`, `fr-CA`, `ar-MA`…). Any other language
 * gets English; compare the result's `lang` with the tag to tell the author.
 */
export async function loadCourse(locale: string): Promise<CourseContent> {
  return courseContent.load(locale);
}
