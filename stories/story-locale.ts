import ar from '../src/content/course/ar.js';
import en from '../src/content/course/en.js';
import fr from '../src/content/course/fr.js';
import type { CourseContent, CourseLesson, CourseReflection } from '../src/content/course/types.js';

/**
 * The language a story shows, from the toolbar's locale, and the built-in course text in it.
 * Stories of built-in text follow the toolbar: an Arabic preview is Arabic text, marked `lang="ar"`
 * on the story's element, not English text laid out right to left. Stories of an author's own text
 * say so in their name (`authorWritten`) and mark the language that text is in.
 */

/** What a story's render function is given besides its args: Storybook's context, or part of it. */
export interface StoryContext {
  globals?: Record<string, unknown>;
}

const builtIn: Record<string, CourseContent> = { en, fr, ar };

/**
 * The language of the built-in text a story shows: the toolbar's locale when the course is written in
 * it (English, French, Arabic), else English (the course's fallback).
 * @param context The story's context.
 */
export function storyLang(context?: StoryContext): string {
  const locale = String(context?.globals?.locale ?? 'en');
  return locale in builtIn ? locale : 'en';
}

/**
 * The built-in course text in a language.
 * @param lang `en`, `fr` or `ar`; anything else gives English.
 */
export function builtInCourse(lang: string): CourseContent {
  return builtIn[lang] ?? en;
}

/**
 * A built-in lesson, by its position among the lessons.
 * @param lang The language.
 * @param index 0 for Lesson 1.
 */
export function builtInLesson(lang: string, index = 0): CourseLesson {
  return builtInCourse(lang).activities.filter((activity): activity is CourseLesson => activity.kind === 'lesson')[index];
}

/**
 * A built-in reflection, by its position among the reflections.
 * @param lang The language.
 * @param index 0 for the first.
 */
export function builtInReflection(lang: string, index = 0): CourseReflection {
  return builtInCourse(lang).activities.filter((activity): activity is CourseReflection => activity.kind === 'reflection')[index];
}

/**
 * A story name that says its text is the story's own, written as an author would, not built in.
 * @param name The story's name.
 */
export function authorWritten(name: string): string {
  return `${name} (author-written)`;
}
