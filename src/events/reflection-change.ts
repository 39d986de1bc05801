/**
 * Detail of `mhm-reflection-change`: the learner paused typing, deleted the reflection, or changed
 * whether it is kept on the device. It carries the text only when the host sets `share-text`.
 */
export interface MhmReflectionChangeDetail {
  /** The element's `id`, or an empty string. */
  id: string;
  /** The element's `reflection-id`, or an empty string. */
  reflectionId: string;
  /** Number of characters written (UTF-16 code units, as the field counts them). */
  length: number;
  /** True when this text is stored on the device; false when it is only on this page. */
  saved: boolean;
  /** What the learner wrote: present only when the element has `share-text`. */
  text?: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mhm-reflection-change': CustomEvent<MhmReflectionChangeDetail>;
  }
}
