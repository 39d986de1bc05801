/**
 * Detail of `mhm-progress`: the course's progress changed (an activity was completed or taken back,
 * saved progress was restored with `restoreProgress()`, or the learner started over). Never carries
 * a reflection's text.
 */
export interface MhmProgressDetail {
  /** The course element's `id`, or an empty string. */
  id: string;
  /** How many activities are complete. */
  completed: number;
  /** How many activities the course counts. */
  total: number;
  /** `completed` as a whole percentage of `total`, from 0 to 100; 100 only once every activity is complete. */
  percent: number;
  /** Ids of the complete activities, in course order. */
  completedIds: string[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mhm-progress': CustomEvent<MhmProgressDetail>;
  }
}
