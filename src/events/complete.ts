/** Which kind of activity an event comes from, so a course or a partner's analytics can listen once. */
export type MhmActivity = 'lesson' | 'quiz' | 'reflection' | 'carousel';

/** Detail of `mhm-complete` from a lesson card: the learner marked it complete, or took that back. */
export interface MhmLessonCompleteDetail {
  /** The kind of activity. */
  activity: 'lesson';
  /** The element's `id`, or an empty string. */
  id: string;
  /** True when the activity is now complete; false when the learner unmarked it. */
  completed: boolean;
}

/** Detail of `mhm-complete` from a quiz: the learner checked the last unanswered question. */
export interface MhmQuizCompleteDetail {
  /** The kind of activity. */
  activity: 'quiz';
  /** The element's `id`, or an empty string. */
  id: string;
  /** Always true: a quiz is complete once every question is checked. */
  completed: true;
  /** Points earned; a fraction with `scoring="partial"`. */
  score: number;
  /** Points available: one per question. */
  maxScore: number;
  /** The score as a whole percentage of `maxScore`. */
  percent: number;
  /** Whether `percent` reached `pass-mark`; null when the quiz has no pass mark. */
  passed: boolean | null;
}

/**
 * Detail of `mhm-complete` from a reflection prompt: the learner pressed "Done" with text written,
 * or, when the prompt is `optional`, "Continue without writing". Never the text itself: the
 * reflection stays on the learner's device.
 */
export interface MhmReflectionCompleteDetail {
  /** The kind of activity. */
  activity: 'reflection';
  /** The element's `id`, or an empty string. */
  id: string;
  /** Always true: "Done" marks a reflection complete; nothing takes that back. */
  completed: true;
  /** The element's `reflection-id`, or an empty string. */
  reflectionId: string;
  /** Number of characters in the field, spaces included: 0 when an `optional` prompt is completed with the field empty. */
  length: number;
  /** True when the text is stored on the device; false when it is only on this page. */
  saved: boolean;
}

/** Detail of `mhm-complete` from the five-reasons carousel: every slide has now been shown. */
export interface MhmCarouselCompleteDetail {
  /** The kind of activity. */
  activity: 'carousel';
  /** The element's `id`, or an empty string. */
  id: string;
  /** Always true: a carousel cannot be un-viewed. */
  completed: true;
  /** How many slides were shown: all of them. */
  viewed: number;
}

/**
 * Detail of `mhm-complete`: a learner finished an activity (or took a lesson's completion back).
 * One variant per activity; `activity` tells them apart.
 */
export type MhmCompleteDetail = MhmLessonCompleteDetail | MhmQuizCompleteDetail | MhmReflectionCompleteDetail | MhmCarouselCompleteDetail;

declare global {
  interface GlobalEventHandlersEventMap {
    'mhm-complete': CustomEvent<MhmCompleteDetail>;
  }
}
