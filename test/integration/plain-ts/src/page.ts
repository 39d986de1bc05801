// A hand-made site: the page loads the CDN build with a <script> tag; this file only listens, typed
// by the package (type imports are erased: the compiled file imports nothing).
import type {} from 'mhm-elements';
import type { MhmCourse, MhmQuiz } from 'mhm-elements';

const quiz: MhmQuiz | null = document.querySelector('mhm-quiz');
const course: MhmCourse | null = document.querySelector('mhm-course');
const output = document.querySelector('output')!;

quiz?.addEventListener('mhm-complete', (event) => {
  const { detail } = event;
  if (detail.activity === 'quiz') {
    output.textContent = `quiz ${detail.score}/${detail.maxScore} passed=${detail.passed}`;
  }
});
course?.addEventListener('mhm-progress', (event) => {
  document.body.dataset.progress = String(event.detail.percent);
});
