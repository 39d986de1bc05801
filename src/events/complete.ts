/** Which kind of activity an event comes from, so a course or a partner's analytics can listen once. */
export type MhmActivity = 'lesson' | 'quiz' | 'reflection' | 'carousel';

/** Detail of `mhm-complete`: a learner finished an activity, or took a lesson's completion back. */
export interface MhmCompleteDetail {
  /** The kind of activity. */
  activity: MhmActivity;
  /** The element's `id`, or an empty string. */
  id: string;
  /** True when the activity is now complete; false when the learner unmarked it. */
  completed: boolean;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mhm-complete': CustomEvent<MhmCompleteDetail>;
  }
}
