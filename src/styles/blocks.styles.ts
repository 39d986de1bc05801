import { css } from 'lit';

/**
 * Building blocks that activities share, after the host styles: the outlined `.base` box (each
 * component sets `--_padding` and `--_gap` on :host from its own public properties), the `.notice`
 * box for something the learner should know, and the pill-shaped `.button`.
 */
export default css`
  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    padding: var(--_padding);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  p {
    margin: 0;
  }

  .notice {
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 0.25rem solid var(--_notice);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_notice-surface);
    color: var(--_notice);
  }

  .button {
    min-block-size: 2.75rem;
    padding: var(--_space-xs) var(--_space-m);
    border: 2px solid var(--_accent);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 600;
    line-height: 1.25;
    cursor: pointer;
    transition: background-color 0.15s ease, color 0.15s ease;
  }

  .button:hover {
    background: var(--_surface-alt);
  }

  .button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  /* A help contact: the reflection's support note, the course's help, a lesson's content note. */
  .support-link {
    display: inline-block;
    min-block-size: 1.5rem;
    color: var(--_accent);
    font-weight: 600;
    text-underline-offset: 0.2em;
  }

  @media (forced-colors: active) {
    .support-link {
      color: LinkText;
    }

    .base,
    .notice {
      border: 1px solid CanvasText;
    }

    .button,
    .button.primary {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }
`;
