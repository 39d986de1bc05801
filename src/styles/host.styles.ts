import { css } from 'lit';

/**
 * Shared by every component: the public design tokens read once into private aliases, the :host
 * reset, focus ring, visually hidden text, the author-error box, reduced motion and forced colours.
 */
export default css`
  :host {
    --_accent: var(--mhm-color-accent, light-dark(#0b6565, #72d0cb));
    --_on-accent: var(--mhm-color-on-accent, light-dark(#ffffff, #0b1f1f));
    --_text: var(--mhm-color-text, light-dark(#1c2428, #edf1f2));
    --_muted: var(--mhm-color-text-muted, light-dark(#4b565c, #b9c4c9));
    --_surface: var(--mhm-color-surface, light-dark(#ffffff, #182024));
    --_surface-alt: var(--mhm-color-surface-alt, light-dark(#eef5f5, #22303a));
    --_border: var(--mhm-color-border, light-dark(#b9c7cb, #44535b));
    --_success: var(--mhm-color-success, light-dark(#1d6a34, #86dca0));
    --_notice: var(--mhm-color-notice, light-dark(#6d4300, #f4c978));
    --_notice-surface: var(--mhm-color-notice-surface, light-dark(#fff4dc, #33290f));
    --_danger: var(--mhm-color-danger, light-dark(#a1202a, #ffa3a8));
    --_focus: var(--mhm-color-focus, light-dark(#1849b8, #93b7ff));
    --_radius: var(--mhm-radius, 0.75rem);
    --_space-xs: var(--mhm-space-xs, 0.25rem);
    --_space-s: var(--mhm-space-s, 0.5rem);
    --_space-m: var(--mhm-space-m, 1rem);
    --_space-l: var(--mhm-space-l, 1.5rem);

    color-scheme: var(--mhm-color-scheme, light dark);
    display: block;
    box-sizing: border-box;
    font-family: var(--mhm-font-family, inherit);
    font-size: var(--mhm-font-size, 1rem);
    line-height: 1.5;
    color: var(--_text);
    overflow-wrap: break-word;
  }

  :host([hidden]) {
    display: none !important;
  }

  /* Elements only: a universal rule on ::before and ::after makes the browser work out both
     pseudo-elements' style for every element of every instance (a pseudo-element that needs it
     says so where it is drawn). */
  * {
    box-sizing: inherit;
  }

  /* A <details>' content inherits from the browser's own slot inside it, not from the <details>:
     start the chain again there, or a full-width button in an open disclosure overflows it. */
  details > * {
    box-sizing: border-box;
  }

  [hidden] {
    display: none !important;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  button {
    font: inherit;
  }

  .sr-only {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .author-error {
    margin-block-end: var(--_space-m);
    padding: var(--_space-s) var(--_space-m);
    border: 2px dashed var(--_danger);
    border-radius: calc(var(--_radius) / 2);
    color: var(--_text);
    background: var(--_surface);
  }

  .author-error p {
    margin: 0;
    font-weight: 700;
    color: var(--_danger);
  }

  .author-error ul {
    margin: var(--_space-xs) 0 0;
    padding-inline-start: var(--_space-l);
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }

    .author-error {
      border-color: CanvasText;
    }
  }
`;
