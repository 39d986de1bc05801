import type { ChoiceSource, QuestionSource } from './quiz-model.js';

/** `correct` is a boolean attribute, but an author who writes `correct="false"` means false. */
export const correctFromAttribute = (value: string | null): boolean => value !== null && value.trim().toLowerCase() !== 'false';

/** The child elements of `element` with this tag name. */
const childrenNamed = (element: Element, name: string): Element[] => [...element.children].filter((child) => child.localName === name);

/** Reads a `<mhm-choice>` from its attributes and text, whether or not it is upgraded yet. */
export function readChoice(element: Element): ChoiceSource {
  return {
    text: element.textContent,
    value: element.getAttribute('value'),
    correct: correctFromAttribute(element.getAttribute('correct')),
    feedback: element.getAttribute('feedback'),
  };
}

/**
 * Reads a `<mhm-question>` and its choices from attributes and text, whether or not it is upgraded
 * yet. A missing attribute reads as null, which the model treats as absent.
 */
export function readQuestion(element: Element): QuestionSource {
  /** The text of the child element in `slot`, else the attribute of the same name. */
  const slotText = (slot: string) => [...element.children].find((node) => node.getAttribute('slot') === slot)?.textContent ?? element.getAttribute(slot);
  return {
    type: element.getAttribute('type'),
    prompt: slotText('prompt'),
    explanation: slotText('explanation'),
    answer: element.getAttribute('answer'),
    choices: childrenNamed(element, 'mhm-choice').map(readChoice),
  };
}

/** Reads the `<mhm-question>` children of a quiz. */
export const readQuestions = (quiz: Element): QuestionSource[] => childrenNamed(quiz, 'mhm-question').map(readQuestion);
