import { css } from 'lit';

export default css`
  /* The course paints only its boxes: between them the page shows, and the author's own text in
     the default slot keeps the page's colour, on the page's background. */
  :host {
    --_padding: var(--mhm-course-padding, var(--_space-l));
    --_gap: var(--mhm-course-gap, var(--_space-l));
    color: inherit;
  }

  .base {
    color: var(--_text);
  }

  /* The theme attribute decides for every component inside, through the shared token. */
  :host([theme='light']) {
    --mhm-color-scheme: light;
  }

  :host([theme='dark']) {
    --mhm-color-scheme: dark;
  }

  /* The default slot keeps display: contents, so its children are spaced like the built-in
     activities, and an empty slot adds no second gap under the header. */
  .course,
  .progress,
  .activity-list,
  .activities-body,
  .controls,
  .confirm {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
  }

  .course,
  .activities-body {
    gap: var(--_gap);
  }

  .progress,
  .activity-list {
    gap: var(--_space-xs);
  }

  .course {
    /* Breaks a long unspaced word instead of widening the course on a phone. */
    overflow-wrap: anywhere;
  }

  /* The header and the closing panel: outlined boxes (.base) on the alternate surface. */
  .alt {
    --_gap: var(--_space-m);
    background: var(--_surface-alt);
  }

  .heading,
  .completion-heading {
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.25;
  }

  .completion-heading {
    font-size: 1.25em;
  }

  .summary,
  .message {
    color: var(--_muted);
  }

  /* On a phone the header leaves room for the first lesson to begin on the first screen: less
     padding, smaller gaps and title. The course is the container, so a narrow column on a wide
     screen gets the same. */
  .course {
    container-type: inline-size;
  }

  @container (max-width: 30rem) {
    .alt {
      --_padding: var(--mhm-course-padding, var(--_space-m));
      --_gap: var(--_space-s);
    }

    .heading {
      font-size: 1.25em;
    }
  }

  /* A disclosure looks like one: a triangle before its words, pointing to them (towards the start
     of the line in right to left), turned down when open. Text, so forced colours keep it. */
  summary {
    list-style: none;
  }

  summary::-webkit-details-marker {
    display: none;
  }

  summary::before {
    content: '▶' / '';
    flex: none;
    font-size: 0.75em;
  }

  [dir='rtl'] summary::before {
    content: '◀' / '';
  }

  details[open] > summary::before {
    content: '▼' / '';
  }

  summary:hover {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  /* While the built-in course loads: the header as tall as the English one at this width in a font
     of Arial's width (within two lines from 18 to 46 rem), the first activity's box at least a screen
     tall, with the shared skeleton lines (skeleton.styles.ts) for text to come. */
  .loading {
    container-type: inline-size;
  }

  .skeleton {
    min-block-size: 6lh;
  }

  /* Title, summary, progress and list, less the "Loading" line above. */
  header > .skeleton {
    min-block-size: calc(max(6rem, 23.3rem - 42.5cqi) + 5.75rem);
  }

  /* The narrow header (less padding, smaller title: above) is 6rem shorter; measured from 320 to 480 px. */
  @container (max-width: 30rem) {
    header > .skeleton {
      min-block-size: calc(max(6rem, 23.3rem - 42.5cqi) - 0.25rem);
    }
  }

  .placeholder {
    min-block-size: 100vh;
  }


  progress {
    inline-size: 100%;
    block-size: 0.75rem;
    accent-color: var(--_accent);
  }

  .progress-text,
  summary,
  .confirm-question {
    font-weight: 600;
  }

  .actions,
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }

  summary,
  .activity-link,
  .check {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    min-block-size: 2.75rem;
    cursor: pointer;
  }

  summary {
    color: var(--_accent);
  }

  .activity-list {
    margin: var(--_space-s) 0 0;
    padding: 0;
    list-style: none;
  }

  .activity-link {
    inline-size: 100%;
    padding: var(--_space-xs) var(--_space-s);
    border: 1px solid transparent;
    border-radius: calc(var(--_radius) / 2);
    background: none;
    color: inherit;
    text-align: start;
  }

  .activity-link:hover {
    border-color: var(--_border);
    background: var(--_surface);
  }

  .activity-link[aria-current='step'] {
    border-color: var(--_accent);
    background: var(--_surface);
    font-weight: 600;
  }

  .mark {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    border: 2px solid var(--_border);
    border-radius: 50%;
    font-size: 0.875em;
    color: var(--_muted);
    background: var(--_surface);
  }

  .done {
    border-color: var(--_success);
    color: var(--_success);
    font-weight: 700;
  }

  .check input {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }

  .confirm {
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 0.25rem solid var(--_accent);
    background: var(--_surface);
  }

  /* "You have completed the course": at the bottom of the screen while the closing panel is below
     (a learner who ends with the quiz's result is thousands of pixels above it on a phone), then in
     its place just above the panel. */
  .completion-note {
    position: sticky;
    inset-block-end: var(--_space-s);
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-xs) var(--_space-s);
    padding: var(--_space-s) var(--_space-m);
    border: 2px solid var(--_success);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 0.25rem 1rem rgb(0 0 0 / 0.25);
  }

  .completion-note p {
    margin: 0;
    font-weight: 700;
  }

  .completion-note .tick {
    color: var(--_success);
  }

  .help-body {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    margin-block-start: var(--_space-xs);
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 0.25rem solid var(--_accent);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
  }

  .help-body ::slotted(*) {
    margin: 0;
  }

  /* A contact in another language than the page's, when one in its language is given. */
  .help-body ::slotted([hidden]) {
    display: none;
  }

  @media (forced-colors: active) {
    .help-body {
      border: 1px solid CanvasText;
    }

    .completion-note {
      border-color: CanvasText;
    }

    .activity-link,
    .mark {
      border-color: CanvasText;
    }

    .activity-link[aria-current='step'] {
      border-color: Highlight;
    }

    progress {
      forced-color-adjust: auto;
    }
  }

  @media print {
    nav,
    .help,
    .completion-note,
    .actions,
    .controls,
    .notice,
    button {
      display: none !important;
    }

    .alt {
      border-color: #000;
      background: none;
    }

    /* A clean record: the learner's private text only when they ticked "Include my reflections". */
    .course:not(.print-reflections) mhm-reflection-prompt,
    .course:not(.print-reflections) ::slotted(mhm-reflection-prompt) {
      display: none !important;
    }

    mhm-lesson-card,
    mhm-quiz,
    mhm-reflection-prompt,
    mhm-five-reasons {
      break-inside: avoid-page;
    }
  }
`;
