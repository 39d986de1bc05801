import { count, percentage } from '../internal/format.js';
import type { Translation } from '../internal/localize.js';

const translation: Translation = {
  $code: 'es',
  $name: 'Español',
  authorError: 'Este contenido no está configurado correctamente',
  estimatedTime: 'Tiempo estimado:',
  markComplete: 'Marcar como completado',
  completed: 'Completado',
  contentNote: 'Aviso sobre el contenido',
  keyPoints: 'Puntos clave',
  learnMore: 'Más información',
  source: 'Fuente:',
  // Quiz
  quiz: 'Cuestionario',
  questionOf: (n, total) => `Pregunta ${count('es', n)} de ${count('es', total)}`,
  chooseAll: 'Elige todas las respuestas que correspondan.',
  check: 'Comprobar',
  chooseFirst: 'Elige una respuesta y luego pulsa «Comprobar».',
  correct: 'Correcto',
  partlyCorrect: 'En parte correcto',
  notQuite: 'No exactamente',
  correctAnswer: 'Respuesta correcta',
  yourAnswer: 'Tu respuesta',
  trueChoice: 'Verdadero',
  falseChoice: 'Falso',
  previous: 'Anterior',
  next: 'Siguiente',
  seeResult: 'Ver tu resultado',
  stillToAnswer: (n) => `La pregunta ${count('es', n)} aún necesita una respuesta.`,
  answeredOf: (n, total) => `Respondidas: ${count('es', n)} de ${count('es', total)}.`,
  allAnswered: 'Has respondido todas las preguntas.',
  resultHeading: 'Tu resultado',
  scoreSummary: (score, maxScore, percent) =>
    `Has obtenido ${count('es', score)} de ${count('es', maxScore)} (${percentage('es', percent)}).`,
  passed: (passMark) => `Has alcanzado la nota mínima de ${percentage('es', passMark)}.`,
  notPassed: (passMark) => `Esta vez no has alcanzado la nota mínima de ${percentage('es', passMark)}.`,
  reviewHeading: 'Tus respuestas',
  tryAgain: 'Intentar de nuevo',
  attemptsLeft: (n) => `Intentos restantes: ${count('es', n)}`,
  noAttemptsLeft: 'Has usado todos tus intentos.',
  loading: 'Cargando el cuestionario…',
  loadFailed: 'No se pudo cargar el cuestionario. Comprueba tu conexión e inténtalo de nuevo.',
  noQuestions: 'Este cuestionario aún no tiene preguntas.',
  notSaved: 'Tus respuestas no se pueden guardar en este dispositivo. Se quedan en esta página hasta que salgas de ella.',
};

export default translation;
