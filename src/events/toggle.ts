/** Detail of `mhm-toggle`: a learner expanded or collapsed a collapsible element. */
export interface MhmToggleDetail {
  /** The element's `id`, or an empty string. */
  id: string;
  /** True when the element is now expanded. */
  open: boolean;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mhm-toggle': CustomEvent<MhmToggleDetail>;
  }
}
