import { css } from 'lit';

export default css`
  :host {
    --_padding: var(--mhm-quiz-padding, var(--_space-l));
    --_gap: var(--mhm-quiz-gap, var(--_space-m));
    --_choice-gap: var(--mhm-quiz-choice-gap, var(--_space-s));
  }

  .base {
    /* Breaks a long unspaced word (a URL, a German compound) instead of widening the quiz on a phone. */
    overflow-wrap: anywhere;
  }

  [part~="heading"] {
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
  }

  [part~="message"] {
    color: var(--_muted);
  }

  [part~="question"] {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
  }

  [part~="question"] + [part~="question"] {
    padding-block-start: var(--_gap);
    border-block-start: 1px solid var(--_border);
  }

  [part~="fieldset"] {
    display: flex;
    flex-direction: column;
    gap: var(--_choice-gap);
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  [part~="legend"] {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    margin-block-end: var(--_space-s);
    padding: 0;
    font-weight: 700;
    font-size: 1.125em;
    line-height: 1.35;
  }

  [part~="question-number"] {
    font-size: 0.8125rem;
    font-weight: 600;
    letter-spacing: 0.02em;
    color: var(--_muted);
  }

  [part~="hint"] {
    margin-block-start: calc(-1 * var(--_space-s));
    font-size: 0.9375em;
    color: var(--_muted);
  }

  [part~="choices"] {
    display: flex;
    flex-direction: column;
    gap: var(--_choice-gap);
  }

  /* The whole label is the target: at least 44 px high, far above the 24 px minimum. */
  [part~="choice"] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs) var(--_space-s);
    min-block-size: 2.75rem;
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    cursor: pointer;
    transition: border-color 0.15s ease, background-color 0.15s ease;
  }

  [part~="choice"]:hover:not(:has(:disabled)) {
    border-color: var(--_accent);
  }

  [part~="choice"]:has(:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }

  [part~="choice"]:has(:disabled) {
    cursor: default;
  }

  [part~="choice"]:has(:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .control {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
  }

  .control:focus-visible {
    outline: none;
  }

  .choice-text {
    flex: 1 1 12rem;
    min-inline-size: 0;
  }

  .marks {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-s);
    font-size: 0.875em;
    font-weight: 600;
  }

  .mark.correct {
    color: var(--_success);
  }

  .mark.chosen {
    color: var(--_muted);
  }

  [part~="choice-correct"] {
    border-color: var(--_success);
    border-inline-start-width: 0.25rem;
  }

  [part~="error"] {
    font-weight: 600;
    color: var(--_danger);
  }

  .actions,
  [part~="navigation"] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s) var(--_space-m);
  }

  [part~="navigation"] {
    justify-content: space-between;
  }

  [part~="navigation"] .button:only-child {
    margin-inline-start: auto;
  }

  .button {
    padding-inline: var(--_space-l);
  }

  /* Arrows point the way of reading. */
  .base[dir='rtl'] .arrow {
    display: inline-block;
    margin-inline: 0.25em;
    transform: scaleX(-1);
  }

  [part~="feedback"],
  [part~="review-item"] {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    padding: var(--_space-m);
    border-inline-start: 0.25rem solid var(--_notice);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface-alt);
  }

  [part~="feedback"].correct,
  [part~="review-item"].correct {
    border-inline-start-color: var(--_success);
  }

  [part~="verdict"] {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    font-weight: 700;
  }

  .icon {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    border: 2px solid;
    border-radius: 50%;
    font-size: 0.875em;
    line-height: 1;
  }

  .correct > [part~="verdict"],
  .passed {
    color: var(--_success);
  }

  .partial > [part~="verdict"],
  .incorrect > [part~="verdict"] {
    color: var(--_notice);
  }

  [part~="result"] {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
  }

  [part~="result-heading"] {
    font-size: 1.25em;
    font-weight: 700;
  }

  [part~="score"] {
    font-size: 1.125em;
    font-weight: 600;
  }

  [part~="pass-status"] {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    font-weight: 600;
  }

  .review-heading {
    font-weight: 700;
  }

  [part~="review"] {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .review-prompt {
    font-weight: 600;
  }

  .answers {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: var(--_space-xs) var(--_space-m);
    margin: 0;
  }

  .answers dt {
    color: var(--_muted);
  }

  .answers dd {
    margin: 0;
  }

  [part~="attempts"] {
    color: var(--_muted);
  }

  [part~="feedback"]:focus-visible,
  [part~="legend"]:focus-visible,
  [part~="result-heading"]:focus-visible {
    outline-offset: 4px;
  }

  @media (max-width: 30rem) {
    .base {
      --_padding: var(--mhm-quiz-padding, var(--_space-m));
    }

    .answers {
      grid-template-columns: minmax(0, 1fr);
    }

    .answers dd {
      margin-block-end: var(--_space-xs);
    }
  }

  @media (forced-colors: active) {
    [part~="choice"],
    [part~="feedback"],
    [part~="review-item"] {
      border: 1px solid CanvasText;
    }

    [part~="choice"]:has(:checked),
    [part~="choice-correct"] {
      border: 3px solid Highlight;
    }

    .control {
      accent-color: auto;
    }
  }

  @media print {
    .button,
    [part~="navigation"] {
      display: none;
    }

    [part~="choice"] {
      break-inside: avoid;
    }
  }
`;
