/**
 * Detail of `mhm-activity-change`: the learner moved to another activity of the course, by
 * choosing it in the list of activities or by moving focus into it.
 */
export interface MhmActivityChangeDetail {
  /** The course element's `id`, or an empty string. */
  id: string;
  /** The id of the activity the learner is now on. */
  activityId: string;
  /** Its position in the course, from 0. */
  index: number;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mhm-activity-change': CustomEvent<MhmActivityChangeDetail>;
  }
}
