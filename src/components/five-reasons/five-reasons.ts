import { define } from '../../internal/define.js';
import { MhmFiveReasons } from './five-reasons.component.js';
import { MhmSlide } from './slide.component.js';

export { MhmFiveReasons, MhmSlide };
export default MhmFiveReasons;

define('mhm-slide', MhmSlide);
define('mhm-five-reasons', MhmFiveReasons);

declare global {
  interface HTMLElementTagNameMap {
    'mhm-five-reasons': MhmFiveReasons;
    'mhm-slide': MhmSlide;
  }
}
