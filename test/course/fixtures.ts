import { html } from '@open-wc/testing';
import '../../src/components/course/course.js';

/** Courses as an author writes them. */

/** An author's course: one of each component, plus a paragraph that is not an activity. */
export const authorCourse = (attributes: { persist?: boolean; id?: string; showAll?: boolean } = {}) => html`<mhm-course
  heading="Welcome to our workshop" course-id=${attributes.id ?? 'workshop'} ?persist=${attributes.persist ?? false}>
  <p>Read each part, then mark it done.</p>
  <mhm-lesson-card id="intro" heading="Why we meet" heading-level="3"><p>We talk about well-being.</p></mhm-lesson-card>
  <mhm-reflection-prompt id="think" reflection-id="workshop-think" prompt="What does home mean to you?">
    <p slot="support">Talk to someone you trust.</p>
  </mhm-reflection-prompt>
  <mhm-five-reasons id="reasons" heading="Two ideas" heading-level="3" ?show-all=${attributes.showAll ?? false}>
    <mhm-slide heading="Listen"><p>Listening helps.</p></mhm-slide>
    <mhm-slide heading="Refer"><p>Refer when needed.</p></mhm-slide>
  </mhm-five-reasons>
  <mhm-quiz id="check" heading="Check" heading-level="3" pass-mark="100">
    <mhm-question type="true-false" answer="false" prompt="Migration always harms mental health."></mhm-question>
  </mhm-quiz>
</mhm-course>`;

/** An author's course whose quiz needs every answer right, in two attempts at most. */
export const twoAttempts = ({ persist = false } = {}) => html`<mhm-course heading="Our workshop" course-id="attempts" ?persist=${persist}>
  <mhm-lesson-card id="intro" heading="Why we meet" heading-level="3"><p>We talk about well-being.</p></mhm-lesson-card>
  <mhm-quiz id="check" heading="Check" heading-level="3" pass-mark="100" attempts="2" ?persist=${persist} quiz-id="attempts/check">
    <mhm-question type="true-false" answer="false" prompt="Migration always harms mental health."></mhm-question>
  </mhm-quiz>
</mhm-course>`;
