import { css } from 'lit';

export default css`
  :host {
    --_padding: var(--mhm-reflection-prompt-padding, var(--_space-l));
    --_gap: var(--mhm-reflection-prompt-gap, var(--_space-m));
  }

  :host([completed]) .base {
    border-inline-start: 0.375rem solid var(--_accent);
  }

  .author-error {
    margin: 0;
  }

  .prompt {
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.35;
  }

  .hints {
    color: var(--_muted);
  }

  .hints ul {
    margin: var(--_space-xs) 0 0;
    padding-inline-start: var(--_space-l);
  }

  /* A flex item of .base: as wide as the box. */
  .field {
    min-block-size: 6em;
    margin: 0;
    padding: var(--_space-s) var(--_space-m);
    /* A field's edge needs 3:1 against the page (WCAG 1.4.11): the muted text colour has it. */
    border: 2px solid var(--_muted);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    resize: vertical;
    transition: border-color 0.15s;
  }

  /*
   * With dir="auto" the browser lays out each paragraph by its own script (unicode-bidi: plaintext),
   * at a cost that grows faster than the paragraph: a stored 1,000,000-character paragraph took
   * seconds to show. A text that long keeps dir="auto" for the field as a whole.
   */
  .field.long {
    unicode-bidi: isolate;
  }

  .field:focus-visible {
    border-color: var(--_accent);
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_space-xs) var(--_space-m);
    margin-block-start: calc(var(--_gap) * -0.5);
    font-size: 0.875em;
    color: var(--_muted);
  }

  .status {
    margin-inline-start: auto;
  }

  .status-Saved {
    color: var(--_success);
  }

  .status-SaveFailed {
    flex-basis: 100%;
    font-weight: 600;
    color: var(--_notice);
  }

  [part~='counter-over'] {
    font-weight: 600;
    color: var(--_danger);
  }

  .keep {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: center;
    gap: var(--_space-xs) var(--_space-s);
  }

  .keep input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }

  .keep label {
    padding-block: var(--_space-xs);
    font-weight: 600;
    cursor: pointer;
  }

  .keep-note {
    grid-column: 2;
    font-size: 0.875em;
    color: var(--_muted);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
  }

  .button.danger {
    border-color: var(--_danger);
    background: var(--_danger);
    color: var(--_surface);
  }

  .badge {
    font-weight: 600;
    color: var(--_success);
  }

  .confirm {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    padding: var(--_space-s) var(--_space-m);
    border: 2px solid var(--_danger);
    border-radius: calc(var(--_radius) / 2);
  }

  .confirm-question {
    font-weight: 600;
  }

  .done-note {
    margin-block-start: calc(var(--_gap) * -0.5);
    font-weight: 600;
    color: var(--_notice);
  }

  .support {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 0.25rem solid var(--_accent);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface-alt);
  }

  .support ::slotted(*) {
    margin: 0;
  }

  @media (max-width: 30rem) {
    .base {
      --_padding: var(--mhm-reflection-prompt-padding, var(--_space-m));
    }

    .actions .button {
      flex: 1 1 auto;
    }
  }

  @media (forced-colors: active) {
    .support,
    .confirm {
      border: 1px solid CanvasText;
    }

    .field {
      border-color: FieldText;
    }

    .button.danger {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }

    [part~='counter-over'],
    .status-SaveFailed {
      color: CanvasText;
    }
  }

  /* On paper only the prompt and the text count: no controls, no character count, no save status. */
  @media print {
    .actions,
    .keep,
    .meta {
      display: none;
    }
  }
`;
