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
};

export default translation;
