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
};

export default translation;
