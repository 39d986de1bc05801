/**
 * The built-in course of `<mhm-course>` in one language: *Mental Health & Migration: Awareness
 * Raising*, written from the course source (IOM's position paper MC/INF/271 and the IOM course page)
 * in plain words.
 *
 * Every locale has the same structure as English: the same activities in the same order with the
 * same ids and kinds, the same number of paragraphs, takeaways, hints, questions and choices, and
 * the same right answers (test/course-content.test.ts checks it). All text is plain and rendered as
 * text, except a lesson's body (`paragraphs`), which may use the small safe markup of
 * `src/internal/rich-text.ts` (`<em>`, `<strong>`, `<a href>` and list blocks).
 *
 * The same shape, with `dir` optional, is the course file format that `<mhm-course src>` loads
 * (`CourseFile`, documented by `schema/course.schema.json` and docs/translating.md).
 */
export interface CourseContent {
  /** BCP 47 code of the text's language, set as `lang` on it. */
  lang: string;
  /** Direction of the text, set as `dir` on it (it may differ from the page's, after a fallback). */
  dir: 'ltr' | 'rtl';
  /** The course title, shown in the progress header. */
  title: string;
  /** What the course is about, in one or two sentences. */
  summary: string;
  /** The activities, in the order a learner meets them. */
  activities: readonly CourseActivity[];
  /** The closing panel shown once every activity is complete. */
  closing: CourseClosing;
  /** A gentle default line pointing to someone the learner trusts or a local support service. */
  supportNote: string;
  /**
   * Interface text in the course's language (a course file's `ui`): templates by key, `{n}` for a
   * value, plural forms as an object. Registered for `lang` when the course loads.
   */
  ui?: UiStrings;
  /** Written by `mhm-elements translate import`: the source language and a hash of each unit's source text. */
  translation?: CourseTranslationInfo;
}

/**
 * A course file as `<mhm-course src>` and `loadCourse()` read it: the course with `dir` optional
 * (from the language when absent) and an optional `$schema`.
 */
export type CourseFile = Omit<CourseContent, 'dir'> & { $schema?: string; dir?: 'ltr' | 'rtl' };

/** One interface text: a template (`"Question {n} of {total}"`) or plural forms (`{ "one": …, "other": … }`, `"=2"` for an exact count). */
export type UiText = string | Readonly<Record<string, string>>;

/** Interface text by key of the `Translation` interface (`src/internal/localize.ts`); keys it lacks fall back. */
export type UiStrings = Readonly<Record<string, UiText>>;

/** Where a translated course came from. */
export interface CourseTranslationInfo {
  /** The language the course was translated from. */
  from: string;
  /** A short hash of each unit's source text, by unit id, so the next export marks only changed text. */
  sourceHashes?: Readonly<Record<string, string>>;
}

/** A list in a lesson's body, between paragraphs. */
export interface CourseList {
  /** The items: text with the same inline markup as a paragraph. */
  list: readonly string[];
  /** A numbered list. */
  ordered?: boolean;
}

/** One block of a lesson's body: a paragraph (text with `<em>`, `<strong>`, `<a href>`) or a list. */
export type CourseBlock = string | CourseList;

/** One step of the course; `kind` says which component renders it. */
export type CourseActivity = CourseLesson | CourseFiveReasons | CourseReflection | CourseQuiz;

/** A lesson, rendered by `<mhm-lesson-card>`. */
export interface CourseLesson {
  kind: 'lesson';
  /** Stable id of the activity, the same in every locale. */
  id: string;
  /** Small line above the heading, e.g. "Lesson 1". */
  eyebrow: string;
  heading: string;
  /** Estimated reading time in minutes. */
  duration: number;
  /** A warning shown before the body when the lesson touches on distressing experiences. */
  contentNote?: string;
  /** The body: short paragraphs that read well on a phone, and lists. */
  paragraphs: readonly CourseBlock[];
  /** Three or four key points. */
  takeaways: readonly string[];
  /** Attribution of the lesson's material, shown after a localised "Source:" label. */
  source?: string;
}

/**
 * The five-reasons carousel, `<mhm-five-reasons>`; it brings its own localised text unless the
 * course gives `heading` and `reasons` (a course file in another language does).
 */
export interface CourseFiveReasons {
  kind: 'five-reasons';
  id: string;
  /** The carousel's heading. */
  heading?: string;
  /** The five reasons, each a short title and one or two sentences. */
  reasons?: readonly { title: string; body: string }[];
}

/** A reflection prompt, rendered by `<mhm-reflection-prompt>`. */
export interface CourseReflection {
  kind: 'reflection';
  /**
   * Where the learner's text is stored, scoped to the course (`mhm-course/…`) so it never meets a
   * partner's own reflection; `<mhm-course>` puts its `course-id` in front (`<course-id>/mhm-course/…`),
   * so two courses on one site keep their own. Never change an id once published: saved reflections
   * would be lost.
   */
  id: string;
  prompt: string;
  /** Guiding questions shown under the prompt, after a localised "You could think about:". */
  hints: readonly string[];
  /** The help note under this reflection; the course's `supportNote` when absent. */
  help?: string;
}

/** The course quiz, rendered by `<mhm-quiz>`. */
export interface CourseQuiz {
  kind: 'quiz';
  id: string;
  heading: string;
  questions: readonly CourseQuizQuestion[];
}

/**
 * One question, in exactly the JSON shape `<mhm-quiz>` reads (`{"questions": [...]}`), so the data
 * can be handed to the quiz as it is.
 */
export type CourseQuizQuestion = ChoiceQuestion | TrueFalseQuestion;

interface QuestionBase {
  prompt: string;
  /** Shown once the learner has checked an answer, whether it was right or not. */
  explanation: string;
}

/** `single`: exactly one correct choice. `multiple`: at least one. */
export interface ChoiceQuestion extends QuestionBase {
  type: 'single' | 'multiple';
  choices: readonly CourseQuizChoice[];
}

/** The quiz makes the True and False choices itself, in the page's language. */
export interface TrueFalseQuestion extends QuestionBase {
  type: 'true-false';
  answer: 'true' | 'false';
}

export interface CourseQuizChoice {
  text: string;
  correct?: boolean;
  /** Shown when the learner checks an answer that includes this choice; kind words, never "Wrong". */
  feedback?: string;
}

/** The closing panel. */
export interface CourseClosing {
  heading: string;
  paragraphs: readonly string[];
  /** Where learners can go further: the K-par-Cas 2 toolkit, named without a link. */
  furtherLearning: string;
}
