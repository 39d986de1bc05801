import { css } from 'lit';

/**
 * The placeholder of text still on its way (built-in content loading): faint lines that pulse
 * gently for a few seconds, unless the learner asks for less motion. Each component sets the
 * `.skeleton`'s `min-block-size` to the room the text will take.
 */
export default css`
  .skeleton {
    background: repeating-linear-gradient(var(--_border) 0 0.5lh, transparent 0 1lh);
    opacity: 0.5;
  }

  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: pulse 1.2s ease-in-out 4 alternate;
    }
  }

  @keyframes pulse {
    to {
      opacity: 0.2;
    }
  }
`;
