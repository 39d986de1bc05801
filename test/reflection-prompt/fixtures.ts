import { html } from '@open-wc/testing';
import '../../src/components/reflection-prompt/reflection-prompt.js';

/** Reflection prompts as an author writes them, and what the learner is told when storage refuses. */

export const persisted = html`<mhm-reflection-prompt id="r1" reflection-id="return-identity" persist
  prompt="Think of a returnee you know. What did coming home mean for them?"
  support-href="tel:+233800000000" support-label="Call the helpline, 0800 000 000">
  <li slot="hint">What did they hope for?</li>
  <li slot="hint">How did family and neighbours react?</li>
</mhm-reflection-prompt>`;

export const prompt = (id = 'return-identity') =>
  html`<mhm-reflection-prompt reflection-id=${id} persist prompt="What did coming home mean for them?"
    support-href="tel:+233800000000" support-label="Call the helpline"></mhm-reflection-prompt>`;

export const couldNotSave = /^Could not save on this device/;
export const mayRemain =
  'This browser blocked its storage, so a copy kept earlier may still be on this device. To be sure it is gone, clear this site’s data in the browser’s settings.';
