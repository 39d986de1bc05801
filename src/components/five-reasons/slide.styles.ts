import { css } from 'lit';

export default css`
  /* Author paragraphs keep even spacing whatever the partner page's margins are. */
  .body {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
  }

  .body ::slotted(*) {
    margin-block: 0;
  }

  .body ::slotted(img),
  .body ::slotted(video) {
    max-inline-size: 100%;
    block-size: auto;
  }
`;
