import { property } from 'lit/decorators.js';
import { MhmQuizChild } from './quiz-child.js';

/**
 * @summary One question of an `<mhm-quiz>`. It holds data only: the quiz shows it as a group of
 * radio buttons or checkboxes with its own Check button and feedback.
 * @tagname mhm-question
 *
 * @slot - The question's `<mhm-choice>` elements (none for `true-false`).
 * @slot prompt - The question, as plain text; wins over the `prompt` attribute.
 * @slot explanation - Why the right answer is right, as plain text; wins over the `explanation` attribute.
 *
 * @csspart author-error - The message shown when the question is not inside an `<mhm-quiz>`.
 */
export class MhmQuestion extends MhmQuizChild {
  /** `single` (one right choice; the default), `multiple` (one or more) or `true-false` (True and False are generated). */
  @property({ reflect: true }) type?: 'single' | 'multiple' | 'true-false';

  /** The question. The `prompt` slot wins when both are given. */
  @property({ reflect: true }) prompt?: string;

  /** Why the right answer is right, shown after Check whatever the learner chose. */
  @property({ reflect: true }) explanation?: string;

  /** The right answer of a `true-false` question: `true` or `false`. */
  @property({ reflect: true }) answer?: string;

  protected readonly parentTag = 'mhm-quiz';
}

