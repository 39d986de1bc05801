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
};

export default translation;
