import { define } from '../../internal/define.js';
import { MhmLessonCard } from './lesson-card.component.js';

export { MhmLessonCard };
export default MhmLessonCard;

define('mhm-lesson-card', MhmLessonCard);

declare global {
  interface HTMLElementTagNameMap {
    'mhm-lesson-card': MhmLessonCard;
  }
}
