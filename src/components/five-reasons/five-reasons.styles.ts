import { css } from 'lit';

/** After the host and shared block styles: `.base` and `.button` come from blocks.styles.ts. */

export default css`
  :host {
    --_padding: var(--mhm-five-reasons-padding, var(--_space-l));
    --_gap: var(--mhm-five-reasons-gap, var(--_space-m));
  }

  .header,
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-s) var(--_space-m);
  }

  /* As tall as their buttons, also when empty while the built-in slides load. */
  .controls {
    flex-wrap: nowrap;
    gap: var(--_space-s);
    min-block-size: 2.75rem;
  }

  .heading {
    flex: 1 1 16rem;
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
  }

  .toolbar,
  .picker {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }

  .button {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-s);
  }

  .button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  /* Icons drawn with borders, so forced colours and both schemes recolour them with the text. */
  .icon {
    flex: none;
    inline-size: 0.875em;
    block-size: 0.875em;
  }

  .pause {
    border-inline: 0.3em solid;
    inline-size: 0.8em;
  }

  /* Playback icons keep their direction in right-to-left scripts, by convention: a physical border. */
  .play {
    border-block: 0.4375em solid transparent;
    border-left: 0.75em solid;
    inline-size: 0;
    block-size: 0;
  }

  .icon.list {
    border-block: 0.125em solid;
    background: linear-gradient(currentColor, currentColor) center / 100% 0.125em no-repeat;
    block-size: 0.75em;
  }

  /* Every slide sits in the same cell: the tallest sets the height, so controls never jump. */
  .stack {
    display: grid;
    min-block-size: var(--mhm-five-reasons-min-height, 10rem);
    touch-action: pan-y;
  }

  .empty {
    place-items: center;
    color: var(--_muted);
  }

  /* While the built-in text loads, every box takes the room its text will: the toolbar (invisible)
     and the controls as they are, the heading and the tallest slide as tall as the English ones at
     this width in a font of Arial's width (within a line from 16 to 43 rem; French runs longer). */
  .loading {
    container-type: inline-size;
  }

  .loading .toolbar {
    visibility: hidden;
  }

  .loading .stack {
    min-block-size: max(var(--mhm-five-reasons-min-height, 10rem), 23.5rem - 45cqi);
  }

  /* "Loading…" where the slide will be, in a box of the slide's colour. */
  .loading .status {
    place-self: stretch;
    display: grid;
    place-items: center;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface-alt);
  }

  /* The heading to come (skeleton.styles.ts): two lines, three in a narrow carousel. */
  .skeleton {
    min-block-size: 2lh;
  }

  @container (max-width: 35rem) {
    .skeleton {
      min-block-size: 3lh;
    }
  }

  ol,
  .slide {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
  }

  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .slide {
    grid-area: 1 / 1;
    min-inline-size: 0;
    padding: var(--_space-m);
    border-inline-start: 0.375rem solid var(--_accent);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface-alt);
    transition: opacity 0.3s;
  }

  /* The slide leaving fades out, then hides; the one arriving is visible (and focusable) at once. */
  .stack > .slide:not(.active) {
    visibility: hidden;
    opacity: 0;
    transition: opacity 0.3s, visibility 0s 0.3s;
  }

  .slide-heading {
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }

  .step,
  .tab {
    flex: none;
    display: grid;
    place-items: center;
    inline-size: 2.75rem;
    block-size: 2.75rem;
    padding: 0;
    border: 2px solid;
    border-radius: 50%;
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }

  .step[aria-disabled='true'] {
    color: var(--_muted);
    border-color: var(--_border);
    cursor: not-allowed;
  }

  .chevron {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  [dir='rtl'] .chevron {
    transform: scaleX(-1);
  }

  .picker {
    justify-content: center;
    gap: var(--_space-xs);
  }

  /* A 24 px target (WCAG 2.5.8) around a smaller dot; the shown slide's dot is filled and larger. */
  .tab {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    border: 0;
    background: none;
  }

  .tab::before {
    content: '';
    box-sizing: inherit;
    inline-size: 0.75rem;
    block-size: 0.75rem;
    border: 2px solid;
    border-radius: 50%;
  }

  [aria-selected='true']::before {
    inline-size: 1rem;
    block-size: 1rem;
    background: currentColor;
  }

  @media (max-width: 30rem) {
    .base {
      --_padding: var(--mhm-five-reasons-padding, var(--_space-m));
    }
  }

  @media (forced-colors: active) {
    .slide {
      border: 1px solid CanvasText;
    }

    .step,
    .tab {
      color: ButtonText;
    }

    .button[aria-pressed='true'],
    .tab[aria-selected='true']::before {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }

    .step[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }

  /* Paper cannot rotate: every slide, one after another, and no controls. */
  @media print {
    .toolbar,
    .controls {
      display: none;
    }

    .stack {
      display: flex;
      flex-direction: column;
      gap: var(--_space-s);
    }

    .stack > .slide:not(.active) {
      visibility: visible;
      opacity: 1;
      break-inside: avoid;
    }
  }
`;
