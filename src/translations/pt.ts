import { count, percentage } from '../internal/format.js';
import type { Translation } from '../internal/localize.js';

const translation: Translation = {
  $code: 'pt',
  $name: 'Português',
  authorError: 'Este conteúdo não está configurado corretamente',
  estimatedTime: 'Tempo estimado:',
  markComplete: 'Marcar como concluído',
  completed: 'Concluído',
  contentNote: 'Aviso sobre o conteúdo',
  keyPoints: 'Pontos-chave',
  learnMore: 'Saiba mais',
  source: 'Fonte:',
  // Quiz
  quiz: 'Questionário',
  questionOf: (n, total) => `Pergunta ${count('pt', n)} de ${count('pt', total)}`,
  chooseAll: 'Escolha todas as respostas que se aplicam.',
  check: 'Verificar',
  chooseFirst: 'Escolha uma resposta e depois carregue em «Verificar».',
  correct: 'Certo',
  partlyCorrect: 'Em parte certo',
  notQuite: 'Não exatamente',
  correctAnswer: 'Resposta certa',
  yourAnswer: 'A sua resposta',
  trueChoice: 'Verdadeiro',
  falseChoice: 'Falso',
  previous: 'Anterior',
  next: 'Seguinte',
  seeResult: 'Ver o seu resultado',
  stillToAnswer: (n) => `A pergunta ${count('pt', n)} ainda precisa de resposta.`,
  answeredOf: (n, total) => `Respondidas: ${count('pt', n)} de ${count('pt', total)}.`,
  allAnswered: 'Respondeu a todas as perguntas.',
  resultHeading: 'O seu resultado',
  scoreSummary: (score, maxScore, percent) =>
    `Obteve ${count('pt', score)} de ${count('pt', maxScore)} (${percentage('pt', percent)}).`,
  passed: (passMark) => `Atingiu a nota mínima de ${percentage('pt', passMark)}.`,
  notPassed: (passMark) => `Desta vez não atingiu a nota mínima de ${percentage('pt', passMark)}.`,
  reviewHeading: 'As suas respostas',
  tryAgain: 'Tentar de novo',
  attemptsLeft: (n) => `Tentativas restantes: ${count('pt', n)}`,
  noAttemptsLeft: 'Já usou todas as suas tentativas.',
  loading: 'A carregar o questionário…',
  loadFailed: 'Não foi possível carregar o questionário. Verifique a sua ligação e tente de novo.',
  noQuestions: 'Este questionário ainda não tem perguntas.',
  notSaved: 'Não é possível guardar as suas respostas neste dispositivo. Ficam nesta página até a deixar.',
};

export default translation;
