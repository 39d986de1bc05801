// Registers every element: the CDN entry and `mhm-elements/all.js`.
import './components/lesson-card/lesson-card.js';

export * from './index.js';
