import { css } from 'lit';

export default css`
  :host {
    --_padding: var(--mhm-lesson-card-padding, var(--_space-l));
    --_gap: var(--mhm-lesson-card-gap, var(--_space-m));
  }

  :host([completed]) .base {
    border-inline-start: 0.375rem solid var(--_accent);
  }

  .header,
  .content,
  .body,
  .footer {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
  }

  .header {
    gap: var(--_space-xs);
  }

  .content {
    gap: var(--_gap);
  }

  .eyebrow,
  .meta {
    font-size: 0.875em;
    color: var(--_muted);
  }

  .eyebrow {
    font-weight: 600;
    letter-spacing: 0.02em;
  }

  .heading {
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
  }

  .toggle {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-s);
    inline-size: 100%;
    min-block-size: 2.75rem;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    text-align: start;
    cursor: pointer;
  }

  .chevron {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
    transition: transform 0.2s;
  }

  :host([open]) .chevron {
    transform: rotate(180deg);
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-m);
  }

  .badge {
    font-weight: 600;
    color: var(--_success);
  }

  .content-note {
    display: flex;
    gap: var(--_space-s);
  }

  .media ::slotted(*),
  .media img {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    border-radius: calc(var(--_radius) / 2);
  }

  /* Author paragraphs keep even spacing whatever the partner page's margins are. */
  .body ::slotted(*) {
    margin-block: 0;
  }

  .takeaways {
    padding: var(--_space-m);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface-alt);
  }

  .takeaways-heading {
    font-weight: 700;
  }

  .takeaways ::slotted(ul),
  .takeaways ::slotted(ol) {
    margin-block: var(--_space-xs) 0;
    padding-inline-start: var(--_space-l);
  }

  .source {
    font-size: 0.8125em;
    color: var(--_muted);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s) var(--_space-m);
  }

  .link {
    color: var(--_accent);
    font-weight: 600;
    text-underline-offset: 0.2em;
  }

  .complete {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-s);
    margin-inline-start: auto;
  }

  /* Pressed: "✓ Completed" in place of the instruction, drawn from data-done with empty alternative
     text so the accessible name stays "Mark as complete"; a thicker border shows it without colour. */
  .complete[aria-pressed='true'] {
    border-width: 3px;
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .complete[aria-pressed='true']::after {
    content: '✓ ' attr(data-done) / '';
  }

  .complete[aria-pressed='true'] .check,
  .complete[aria-pressed='true'] .complete-label {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .confirm {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    margin-inline-start: auto;
    padding: var(--_space-s) var(--_space-m);
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) / 2);
  }

  .confirm-question {
    margin: 0;
    font-weight: 600;
  }

  .confirm .actions {
    gap: var(--_space-s);
  }

  .check {
    display: inline-grid;
    place-items: center;
    inline-size: 1.125em;
    block-size: 1.125em;
    border: 2px solid currentColor;
    border-radius: 0.25em;
  }

  @media (max-width: 30rem) {
    .base {
      --_padding: var(--mhm-lesson-card-padding, var(--_space-m));
    }

    .complete,
    .confirm {
      inline-size: 100%;
      justify-content: center;
    }

    .confirm .button {
      flex: 1 1 auto;
    }
  }

  @media (forced-colors: active) {
    .takeaways {
      border: 1px solid CanvasText;
    }

    .complete[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }

    .link {
      color: LinkText;
    }

    .confirm {
      border: 1px solid CanvasText;
    }
  }

  @media print {
    .complete,
    .confirm,
    .chevron {
      display: none;
    }

    .content[hidden] {
      display: flex !important;
    }
  }
`;
