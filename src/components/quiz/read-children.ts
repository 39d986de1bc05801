import type { ChoiceSource, QuestionSource } from './quiz-model.js';

/** `correct` is a boolean attribute, but an author who writes `correct="false"` means false. */
export const correctConverter = {
  fromAttribute: (value: string | null): boolean => value !== null && value.trim().toLowerCase() !== 'false',
  toAttribute: (value: boolean | undefined): string | null => (value ? '' : null),
};

/** Reads a `<mhm-choice>` from its attributes and text, whether or not it is upgraded yet. */
export function readChoice(element: Element): ChoiceSource {
  return {
    text: element.textContent ?? '',
    value: element.getAttribute('value') ?? undefined,
    correct: correctConverter.fromAttribute(element.getAttribute('correct')),
    feedback: element.getAttribute('feedback') ?? undefined,
  };
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
