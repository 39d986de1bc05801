/** Detail of `mhm-answer`: a learner checked their answer to one question of a quiz. */
export interface MhmAnswerDetail {
  /** The quiz element's `id`, or an empty string. */
  id: string;
  /** Position of the question as the author wrote it, from 0 (shuffling does not change it). */
  questionIndex: number;
  /** The question's type. */
  questionType: 'single' | 'multiple' | 'true-false';
  /** Values of the chosen choices: each choice's `value`, else its text; `'true'` or `'false'` for true-false. */
  selected: string[];
  /** Positions of the chosen choices as the author wrote them, from 0 (True is 0 and False 1 for true-false). */
  selectedIndexes: number[];
  /** True when the answer earns the full point. */
  correct: boolean;
  /** Points earned for this question, from 0 to 1 (a fraction with `scoring="partial"`). */
  score: number;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mhm-answer': CustomEvent<MhmAnswerDetail>;
  }
}
