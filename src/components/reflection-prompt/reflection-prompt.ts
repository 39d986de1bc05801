import { define } from '../../internal/define.js';
import { MhmReflectionPrompt } from './reflection-prompt.component.js';

export { MhmReflectionPrompt };
export default MhmReflectionPrompt;

define('mhm-reflection-prompt', MhmReflectionPrompt);

declare global {
  interface HTMLElementTagNameMap {
    'mhm-reflection-prompt': MhmReflectionPrompt;
  }
}
