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
};

export default translation;
