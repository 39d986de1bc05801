import { property } from 'lit/decorators.js';
import { MhmQuizChild } from './quiz-child.js';
import { readChoice } from './choice.component.js';
import type { QuestionSource } from './quiz-model.js';

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

/** The text of the child element in `slot`, if the author gave one. */
function slotText(element: Element, slot: string): string | undefined {
  const child = [...element.children].find((node) => node.getAttribute('slot') === slot);
  return child ? (child.textContent ?? '') : undefined;
}

/** Reads a `<mhm-question>` and its choices from attributes and text, whether or not it is upgraded yet. */
export function readQuestion(element: Element): QuestionSource {
  return {
    type: element.getAttribute('type') ?? undefined,
    prompt: slotText(element, 'prompt') ?? element.getAttribute('prompt') ?? undefined,
    explanation: slotText(element, 'explanation') ?? element.getAttribute('explanation') ?? undefined,
    answer: element.getAttribute('answer') ?? undefined,
    choices: [...element.children].filter((child) => child.localName === 'mhm-choice').map(readChoice),
  };
}
