import { useState } from 'react';
import 'mhm-elements/quiz.js';
import 'mhm-elements/lesson-card.js';
import type {} from 'mhm-elements/react';
import type { MhmQuizCompleteDetail } from 'mhm-elements';

export function App() {
  const [result, setResult] = useState<MhmQuizCompleteDetail | null>(null);
  const [lessonDone, setLessonDone] = useState(false);
  return (
    <main>
      <mhm-lesson-card
        id="lesson-1"
        heading="What is mental health?"
        heading-level="2"
        duration={6}
        onmhm-complete={(event) => setLessonDone(event.detail.completed)}
      >
        <p>Mental health is more than not having a mental disorder.</p>
      </mhm-lesson-card>

      <mhm-quiz id="check" quiz-id="react-check" heading="Check your understanding" persist onmhm-complete={(event) => setResult(event.detail)}>
        <mhm-question prompt="Mental health is only the absence of illness." type="true-false" answer="false" explanation="It is also well-being." />
        <mhm-question prompt="Which are part of mental health?" type="multiple">
          <mhm-choice correct>Coping with stress</mhm-choice>
          <mhm-choice correct feedback="Yes: contributing to one's community is part of it.">Contributing to one's community</mhm-choice>
          <mhm-choice value="income">A high income</mhm-choice>
        </mhm-question>
      </mhm-quiz>

      <output id="lesson">{lessonDone ? 'lesson complete' : ''}</output>
      <output id="result">{result ? `${result.activity} ${result.score}/${result.maxScore} ${result.percent}%` : ''}</output>
    </main>
  );
}
