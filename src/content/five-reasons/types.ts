/** One of the five reasons: a short title and one or two sentences. */
export interface FiveReason {
  title: string;
  body: string;
}

/**
 * The built-in "five reasons" of `<mhm-five-reasons>` in one language, written from the course
 * source (IOM's position paper and the course page) in plain words.
 */
export interface FiveReasonsContent {
  /** BCP 47 code of the text's language, set as `lang` on it. */
  lang: string;
  /** Direction of the text, set as `dir` on it (it may differ from the page's, after a fallback). */
  dir: 'ltr' | 'rtl';
  /** The carousel's heading when the author gives none. */
  heading: string;
  /** The five reasons, in the course's order. */
  reasons: readonly FiveReason[];
}
