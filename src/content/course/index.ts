import { contentSource } from '../../internal/built-in-content.js';
import type { CourseContent } from './types.js';

export type {
  ChoiceQuestion,
  CourseActivity,
  CourseClosing,
  CourseBlock,
  CourseContent,
  CourseFile,
  CourseList,
  CourseTranslationInfo,
  CourseFiveReasons,
  CourseLesson,
  CourseQuiz,
  CourseQuizChoice,
  CourseQuizQuestion,
  CourseReflection,
  TrueFalseQuestion,
  UiStrings,
  UiText,
} from './types.js';

/**
 * The built-in course: `locale(lang)` (an exact match, else the primary subtag, else English) and
 * `load(locale)`. One dynamic import per language, so a bundler puts each in its own chunk and a
 * page downloads only the language it shows. `<mhm-course>` takes it as its default `contentSource`.
 */
export const courseContent = contentSource<CourseContent>({
  en: () => import('./en.js'),
  fr: () => import('./fr.js'),
  ar: () => import('./ar.js'),
});

/** The languages the built-in course is written in. */
export const courseLocales = courseContent.locales;
