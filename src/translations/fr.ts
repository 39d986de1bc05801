import { count, percentage } from '../internal/format.js';
import type { Translation } from '../internal/localize.js';

const translation: Translation = {
  $code: 'fr',
  $name: 'Français',
  authorError: 'Ce contenu n’est pas configuré correctement',
  estimatedTime: 'Durée estimée :',
  markComplete: 'Marquer comme terminé',
  completed: 'Terminé',
  contentNote: 'Avertissement sur le contenu',
  keyPoints: 'Points clés',
  learnMore: 'En savoir plus',
  source: 'Source :',
  // Quiz
  quiz: 'Quiz',
  questionOf: (n, total) => `Question ${count('fr', n)} sur ${count('fr', total)}`,
  chooseAll: 'Choisissez toutes les réponses qui conviennent.',
  check: 'Vérifier',
  chooseFirst: 'Choisissez une réponse, puis appuyez sur « Vérifier ».',
  correct: 'Exact',
  partlyCorrect: 'En partie juste',
  notQuite: 'Pas tout à fait',
  correctAnswer: 'Bonne réponse',
  yourAnswer: 'Votre réponse',
  trueChoice: 'Vrai',
  falseChoice: 'Faux',
  previous: 'Précédent',
  next: 'Suivant',
  seeResult: 'Voir votre résultat',
  stillToAnswer: (n) => `La question ${count('fr', n)} attend encore une réponse.`,
  answeredOf: (n, total) => `Réponses : ${count('fr', n)} sur ${count('fr', total)}.`,
  allAnswered: 'Vous avez répondu à toutes les questions.',
  resultHeading: 'Votre résultat',
  scoreSummary: (score, maxScore, percent) =>
    `Vous avez obtenu ${count('fr', score)} sur ${count('fr', maxScore)} (${percentage('fr', percent)}).`,
  passed: (passMark) => `Vous avez atteint le seuil de réussite de ${percentage('fr', passMark)}.`,
  notPassed: (passMark) => `Vous n’avez pas atteint le seuil de réussite de ${percentage('fr', passMark)} cette fois-ci.`,
  reviewHeading: 'Vos réponses',
  tryAgain: 'Réessayer',
  attemptsLeft: (n) => `Tentatives restantes : ${count('fr', n)}`,
  noAttemptsLeft: 'Vous avez utilisé toutes vos tentatives.',
  loading: 'Chargement du quiz…',
  loadFailed: 'Le quiz n’a pas pu être chargé. Vérifiez votre connexion et réessayez.',
  noQuestions: 'Ce quiz ne contient pas encore de questions.',
  notSaved: 'Vos réponses ne peuvent pas être enregistrées sur cet appareil. Elles restent sur cette page jusqu’à ce que vous la quittiez.',
};

export default translation;
