/** What moved a carousel to another slide. */
export type MhmSlideChangeReason = 'button' | 'picker' | 'keyboard' | 'swipe' | 'autoplay' | 'api';

/** Detail of `mhm-slide-change`: a carousel now shows another slide. */
export interface MhmSlideChangeDetail {
  /** The element's `id`, or an empty string. */
  id: string;
  /** The slide now shown, 0-based. */
  index: number;
  /** The slide shown before, 0-based. */
  previousIndex: number;
  /**
   * `button` (previous or next), `picker` (a slide's tab), `keyboard` (arrow keys, Home or End in
   * the picker), `swipe`, `autoplay` (automatic rotation) or `api` (`next()`, `previous()`, `goTo()`).
   */
  reason: MhmSlideChangeReason;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mhm-slide-change': CustomEvent<MhmSlideChangeDetail>;
  }
}
