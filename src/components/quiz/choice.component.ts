import { property } from 'lit/decorators.js';
import { MhmQuizChild } from './quiz-child.js';
import { correctFromAttribute } from './read-children.js';

/**
 * @summary One answer of an `<mhm-question>`. It holds data only: the quiz shows the choice as a
 * radio button or a checkbox.
 * @tagname mhm-choice
 *
 * @slot - The choice's text, read as plain text (markup inside it is not kept).
 *
 * @csspart author-error - The message shown when the choice is not inside an `<mhm-question>`.
 */
export class MhmChoice extends MhmQuizChild {
  /** Marks a right answer. `correct="false"` counts as not correct. */
  @property({ reflect: true, type: Boolean, converter: correctFromAttribute }) correct?: boolean;

  /** Shown to the learner who checks an answer that includes this choice: why it is right or not. */
  @property({ reflect: true }) feedback?: string;

  /** What `mhm-answer` reports for this choice; the choice's text when absent. */
  @property({ reflect: true }) value?: string;

  protected readonly parentTag = 'mhm-question';
}

