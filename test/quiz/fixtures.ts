import { elementUpdated, fixture, html } from '@open-wc/testing';
import '../../src/components/quiz/quiz.js';
import type { MhmQuiz } from '../../src/components/quiz/quiz.component.js';
import { textOf } from '../support/helpers.js';
import { inputs, legends } from '../harness/quiz.js';

// ---- Quizzes as an author writes them ------------------------------------------------------------

export const who = 'Which statement fits the WHO description of mental health?';
export const migration = 'Migration always harms mental health.';

export const twoQuestions = html`<mhm-quiz id="check-1" heading="Check your understanding" pass-mark="50">
  <mhm-question explanation="The WHO describes well-being: coping, working and contributing.">
    <span slot="prompt">${who}</span>
    <mhm-choice correct feedback="Yes: it is about well-being.">A state of well-being</mhm-choice>
    <mhm-choice feedback="Absence of illness is only part of it.">The absence of any mental disorder</mhm-choice>
  </mhm-question>
  <mhm-question type="true-false" answer="false" prompt=${migration}
    explanation="Migration can create a specific vulnerability, but does not in itself threaten mental health."></mhm-question>
</mhm-quiz>`;

export const quizJson = {
  questions: [
    {
      prompt: who,
      explanation: 'The WHO describes well-being: coping, working and contributing.',
      choices: [
        { text: 'A state of well-being', correct: true, feedback: 'Yes: it is about well-being.' },
        { text: 'The absence of any mental disorder', feedback: 'Absence of illness is only part of it.' },
      ],
    },
    { type: 'true-false', prompt: migration, answer: false },
  ],
};

export const uprooting = html`<mhm-question type="multiple" prompt="Which losses can come with uprooting?">
  <mhm-choice correct>Home and family</mhm-choice>
  <mhm-choice correct>Support networks</mhm-choice>
  <mhm-choice>A guaranteed job</mhm-choice>
  <mhm-choice correct>Status and identity</mhm-choice>
</mhm-question>`;

/** A quiz built from a JSON script child, as a CMS text field would hold it. */
export async function jsonQuiz(json: string, attributes = ''): Promise<MhmQuiz> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  const el = document.createElement('mhm-quiz');
  for (const [name, value] of attributes.split(' ').filter(Boolean).map((pair) => pair.split('='))) {
    el.setAttribute(name, value ?? '');
  }
  el.append(script);
  wrapper.append(el);
  await elementUpdated(el);
  return el;
}

/** What the learner sees of the current question(s), to compare two authoring forms. */
export function visibleQuestion(el: MhmQuiz): string[] {
  return [...legends(el), ...inputs(el).map((control) => `${control.type}: ${textOf(control.labels?.[0])}`)];
}
