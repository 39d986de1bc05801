import { html } from '@open-wc/testing';
import '../../src/components/lesson-card/lesson-card.js';

/** A lesson card as an author writes it. */

export const lesson = html`<mhm-lesson-card id="lesson-1" heading="What is mental health?" eyebrow="Lesson 1" duration="5">
  <p>Mental health is a state of well-being.</p>
  <ul slot="takeaways"><li>More than the absence of illness.</li></ul>
  <span slot="content-note">This lesson mentions distress.</span>
  <span slot="source">Based on an IOM position paper.</span>
</mhm-lesson-card>`;
