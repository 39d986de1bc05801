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

  .content-note-help {
    margin-block-start: var(--_space-xs);
  }

  /* The course's help link (blocks.styles.ts) in the note's own colour. */
  .support-link {
    color: inherit;
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

  /* Done: the status stands where "Mark as complete" was, told by a check mark, words and a border,
     not by colour alone; "Mark as not complete" under it is smaller, a secondary action, away from
     where the learner's first tap landed. */
  .done {
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    gap: var(--_space-s);
    margin-inline-start: auto;
  }

  /* Square corners, unlike the pill-shaped buttons: a status, not something to press. */
  .status {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 0.25em;
    min-block-size: 2.75rem;
    padding: var(--_space-xs) var(--_space-m);
    border: 2px solid var(--_success);
    border-radius: calc(var(--_radius) / 3);
    color: var(--_success);
    font-weight: 600;
    line-height: 1.25;
  }

  .undo {
    min-block-size: 2.25rem;
    padding: var(--_space-xs) var(--_space-s);
    border-width: 1px;
    font-size: 0.8125em;
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

    .complete {
      inline-size: 100%;
      justify-content: center;
    }

    .done {
      inline-size: 100%;
      align-items: center;
    }

    .status {
      inline-size: 100%;
    }
  }

  @media (forced-colors: active) {
    .support-link {
      color: LinkText;
    }

    .takeaways {
      border: 1px solid CanvasText;
    }

    .status {
      border-color: CanvasText;
      color: CanvasText;
    }

    .link {
      color: LinkText;
    }
  }

  @media print {
    .complete.button,
    .undo,
    .chevron {
      display: none;
    }

    .content[hidden] {
      display: flex !important;
    }
  }
`;
