/**
 * A partner's page with the real `<mhm-course>` and real quizzes: the course's own quiz, and quizzes
 * that are not the course's (one elsewhere on the page, one in a plain `<div>` inside the course,
 * one nested in a lesson card's slot). The learner answers by clicking the quizzes' own controls.
 */
import { elementUpdated, fixture, html } from '@open-wc/testing';
import '../../src/components/course/course.js';
import type { MhmCourse } from '../../src/components/course/course.component.js';
import type { MhmQuiz } from '../../src/components/quiz/quiz.component.js';

export interface RealPage {
  course: MhmCourse;
  /** The course's own quiz: a single-answer, a true-false and a multiple-answer question. */
  own: MhmQuiz;
  /** Quizzes that are not activities of the course. */
  strays: MhmQuiz[];
}

const practice = (id: string) => html`<mhm-quiz id=${id}>
  <mhm-question prompt="Practice: which one is a fruit?">
    <mhm-choice correct>Apple</mhm-choice>
    <mhm-choice>Chair</mhm-choice>
  </mhm-question>
</mhm-quiz>`;

export async function realPage(): Promise<RealPage> {
  const page = await fixture<HTMLElement>(html`<div lang="en">
    <mhm-course course-id="lms-page">
      <mhm-lesson-card id="intro" heading="Introduction">
        <p>Before we start, a practice question.</p>
        ${practice('in-lesson')}
      </mhm-lesson-card>
      <div>${practice('in-course-div')}</div>
      <mhm-quiz id="course-quiz" layout="list" pass-mark="50">
        <mhm-question prompt="How does the WHO describe mental health?">
          <mhm-choice>Simply not having a mental disorder</mhm-choice>
          <mhm-choice correct>A state of well-being, in which a person copes with the normal stresses of life</mhm-choice>
          <mhm-choice>Feeling happy all the time</mhm-choice>
        </mhm-question>
        <mhm-question type="true-false" answer="false" prompt="Migration in itself is a threat to mental health."></mhm-question>
        <mhm-question type="multiple" prompt="Which difficulties can people meet when they return?">
          <mhm-choice correct>Homes, communities or services may have been destroyed</mhm-choice>
          <mhm-choice>Return always ends the difficulties</mhm-choice>
          <mhm-choice correct>Relatives may be impossible to trace</mhm-choice>
        </mhm-question>
      </mhm-quiz>
    </mhm-course>
    ${practice('elsewhere')}
  </div>`);
  const course = page.querySelector('mhm-course')!;
  await course.updateComplete;
  const quizzes = [...page.querySelectorAll('mhm-quiz')];
  await Promise.all(quizzes.map((quiz) => quiz.updateComplete));
  return { course, own: page.querySelector<MhmQuiz>('#course-quiz')!, strays: quizzes.filter((quiz) => quiz.id !== 'course-quiz') };
}

/** Ticks the choices whose text reads `labels` in the quiz's `position`-th question, then presses Check. */
export async function answer(quiz: MhmQuiz, position: number, ...labels: string[]): Promise<void> {
  const question = quiz.shadowRoot!.querySelectorAll('[part~="question"]')[position];
  const inputs = [...question.querySelectorAll('input')];
  for (const label of labels) {
    const input = inputs.find((candidate) => candidate.labels?.[0]?.querySelector('.choice-text')?.textContent?.trim() === label);
    if (!input) {
      throw new Error(`no choice "${label}" in question ${position + 1} of #${quiz.id}`);
    }
    input.click();
  }
  await elementUpdated(quiz);
  question.querySelector<HTMLButtonElement>('[part~="check-button"]')!.click();
  await elementUpdated(quiz);
}

/** Answers every question of the course's own quiz: right, right, wrong (2 of 3). */
export async function answerOwnQuiz(own: MhmQuiz): Promise<void> {
  await answer(own, 0, 'A state of well-being, in which a person copes with the normal stresses of life');
  await answer(own, 1, 'False');
  await answer(own, 2, 'Homes, communities or services may have been destroyed', 'Return always ends the difficulties');
}

/** Answers, and so finishes, every quiz that is not the course's. */
export async function answerStrays(strays: MhmQuiz[]): Promise<void> {
  for (const quiz of strays) {
    await answer(quiz, 0, 'Apple');
  }
}
