import { count, percentage } from '../internal/format.js';
import type { Translation } from '../internal/localize.js';

const translation: Translation = {
  $code: 'en',
  $name: 'English',
  authorError: 'This content is not set up correctly',
  estimatedTime: 'Estimated time:',
  markComplete: 'Mark as complete',
  completed: 'Completed',
  contentNote: 'Content note',
  keyPoints: 'Key points',
  learnMore: 'Learn more',
  source: 'Source:',
  // Quiz
  quiz: 'Quiz',
  questionOf: (n, total) => `Question ${count('en', n)} of ${count('en', total)}`,
  chooseAll: 'Choose every answer that fits.',
  check: 'Check',
  chooseFirst: 'Choose an answer, then press Check.',
  correct: 'Correct',
  partlyCorrect: 'Partly right',
  notQuite: 'Not quite',
  correctAnswer: 'Correct answer',
  yourAnswer: 'Your answer',
  trueChoice: 'True',
  falseChoice: 'False',
  previous: 'Previous',
  next: 'Next',
  seeResult: 'See your result',
  stillToAnswer: (n) => `Question ${count('en', n)} still needs an answer.`,
  answeredOf: (n, total) => `Answered: ${count('en', n)} of ${count('en', total)}.`,
  allAnswered: 'You have answered every question.',
  resultHeading: 'Your result',
  scoreSummary: (score, maxScore, percent) =>
    `You scored ${count('en', score)} out of ${count('en', maxScore)} (${percentage('en', percent)}).`,
  passed: (passMark) => `You reached the pass mark of ${percentage('en', passMark)}.`,
  notPassed: (passMark) => `You did not reach the pass mark of ${percentage('en', passMark)} this time.`,
  reviewHeading: 'Your answers',
  tryAgain: 'Try again',
  attemptsLeft: (n) => `Attempts left: ${count('en', n)}`,
  noAttemptsLeft: 'You have used all your attempts.',
  loading: 'Loading the quiz…',
  loadFailed: 'The quiz could not be loaded. Check your connection and try again.',
  noQuestions: 'This quiz has no questions yet.',
  notSaved: 'Your answers cannot be saved on this device. They stay on this page until you leave it.',
};

export default translation;
