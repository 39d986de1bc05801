/** The course quiz's result, as the quiz reported it when the learner finished it. */
export interface MhmCourseQuizResult {
  /** Points earned; a fraction with `scoring="partial"`. */
  score: number;
  /** Points available: one per question. */
  maxScore: number;
  /** The score as a whole percentage of `maxScore`. */
  percent: number;
  /** Whether the quiz's pass mark was reached; null when the quiz has no pass mark. */
  passed: boolean | null;
}

/**
 * Detail of `mhm-course-complete`: the learner completed the last activity of the course. Fired
 * once: not again when a lesson is taken back and marked again, not after a reload, never by
 * `restoreProgress()`; again only after "Start over".
 */
export interface MhmCourseCompleteDetail {
  /** The course element's `id`, or an empty string. */
  id: string;
  /** How many activities the course counts (all of them are complete). */
  total: number;
  /** The result of the course's last quiz that reported one; null when it has no quiz or none reported. */
  quiz: MhmCourseQuizResult | null;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mhm-course-complete': CustomEvent<MhmCourseCompleteDetail>;
  }
}
