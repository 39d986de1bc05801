import { define } from '../../internal/define.js';
import { MhmChoice } from './choice.component.js';
import { MhmQuestion } from './question.component.js';
import { MhmQuiz } from './quiz.component.js';

export { MhmChoice, MhmQuestion, MhmQuiz };
export default MhmQuiz;

// Children first: the quiz reads their attributes either way, but upgraded children can tell an
// author who put them outside a quiz.
define('mhm-choice', MhmChoice);
define('mhm-question', MhmQuestion);
define('mhm-quiz', MhmQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'mhm-quiz': MhmQuiz;
    'mhm-question': MhmQuestion;
    'mhm-choice': MhmChoice;
  }
}
