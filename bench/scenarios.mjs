// What the benchmark renders: for each component, one instance with realistic content, and the
// same visible content as plain HTML and CSS (the static floor no script can beat).

const floorStyle = `
  <style>
    body { font-family: system-ui, sans-serif; line-height: 1.5; margin: 1rem; }
    .card { border: 1px solid #b9c7cb; border-radius: 0.75rem; padding: 1.5rem; margin-block-end: 1rem; display: flex; flex-direction: column; gap: 1rem; }
    .card h3 { margin: 0; font-size: 1.375em; }
    .card p { margin: 0; }
    .eyebrow, .meta { font-size: 0.875em; color: #4b565c; }
    .takeaways { background: #eef5f5; padding: 1rem; border-radius: 0.375rem; }
    .actions { display: flex; justify-content: flex-end; }
    .actions button { min-block-size: 2.75rem; border: 2px solid #0b6565; border-radius: 999px; background: #fff; color: #0b6565; font: inherit; font-weight: 600; padding: 0.5rem 1rem; }
  </style>`;

const lessonBody = `
  <p>Mental health is more than not having a mental disorder. The World Health Organization describes it as a state of well-being in which a person can use their own abilities, cope with the ordinary stresses of life, work productively and play a part in their community.</p>
  <p>Well-being and distress are not shown in the same way everywhere: they depend on culture and circumstances.</p>`;
const lessonTakeaways = `
  <li>It is more than the absence of illness.</li>
  <li>It is linked to physical and social well-being.</li>
  <li>Cultures express it differently: listen before you label.</li>`;

const questions = [
  ['Which statement fits the WHO description of mental health?', ['A state of well-being in which a person copes and contributes', 'The absence of any mental disorder', 'Never feeling stressed']],
  ['Which stage of migration can carry risks?', ['Before departure', 'In the host community', 'On return']],
  ['What can challenge a returnee\'s identity?', ['Stigma from peers', 'A sense of a broken project', 'Both']],
  ['What are the two essentials of every intervention?', ['Recognise needs and refer', 'Mainstream psychosocial topics', 'Diagnose disorders']],
  ['Which is one of the five reasons?', ['Inclusiveness against stigma', 'Faster paperwork', 'Lower travel costs']],
  ['Which principle guides programmes?', ['Community-based', 'One model everywhere', 'No assessment']],
];

const quizBody = questions
  .map(
    ([prompt, choices], q) => `<mhm-question prompt="${prompt}" explanation="Because the course says so.">
      ${choices.map((choice, c) => `<mhm-choice ${c === 0 ? 'correct' : ''} feedback="${c === 0 ? 'Yes.' : 'Not quite.'}">${choice}</mhm-choice>`).join('')}
    </mhm-question>`,
  )
  .join('');

const reasons = [
  ['Mindfulness', 'Awareness raisers become more mindful of what returnees live through in their hearts and minds.'],
  ['Inclusiveness', 'Communities grow more inclusive and positive towards returnees, and stigma loses ground.'],
  ['Mutual understanding', 'Returnees and their communities come to understand and accept one another.'],
  ['Community support', 'Support grows from the bottom up, and community networks get stronger.'],
  ['Prevention', 'Problems are prevented, and the well-being of returnees is promoted.'],
];

/** The floor of both carousels (built-in text and the author's slides): what one shows, as plain HTML. */
const carouselFloor = () => `
  <section class="card"><h3>Five reasons to mainstream psychosocial topics</h3>
    <div><h4>${reasons[0][0]}</h4><p>${reasons[0][1]}</p></div>
    <div class="actions"><button type="button">Previous</button>
      ${reasons.map((_, i) => `<button type="button">${i + 1}</button>`).join('')}
      <button type="button">Next</button></div>
  </section>`;

export const scenarios = {
  'lesson-card': {
    tag: 'mhm-lesson-card',
    component: (i) => `
      <mhm-lesson-card eyebrow="Lesson ${i + 1}" heading="What is mental health?" duration="6">
        ${lessonBody}
        <ul slot="takeaways">${lessonTakeaways}</ul>
        <span slot="source">Written from IOM's position paper MC/INF/271.</span>
      </mhm-lesson-card>`,
    floor: (i) => `
      <article class="card">
        <header><p class="eyebrow">Lesson ${i + 1}</p><h3>What is mental health?</h3><p class="meta">6 minutes</p></header>
        ${lessonBody}
        <section class="takeaways"><h4>Key points</h4><ul>${lessonTakeaways}</ul></section>
        <footer><small>Written from IOM's position paper MC/INF/271.</small>
          <div class="actions"><button type="button" aria-pressed="false">Mark as complete</button></div></footer>
      </article>`,
    floorStyle,
  },
  quiz: {
    tag: 'mhm-quiz',
    component: () => `<mhm-quiz heading="Check your understanding" pass-mark="70">${quizBody}</mhm-quiz>`,
    floor: () => `
      <section class="card"><h3>Check your understanding</h3>
        <fieldset><legend>Question 1 of 6: ${questions[0][0]}</legend>
          ${questions[0][1].map((choice) => `<label><input type="radio" name="q"> ${choice}</label><br>`).join('')}
        </fieldset>
        <div class="actions"><button type="button">Check</button></div>
        <div class="actions"><button type="button" disabled>Previous</button> <button type="button">Next</button></div>
      </section>`,
    floorStyle,
  },
  'five-reasons': {
    tag: 'mhm-five-reasons',
    component: () => '<mhm-five-reasons lang="en"></mhm-five-reasons>',
    floor: carouselFloor,
    floorStyle,
  },
  // The carousel an author writes: five <mhm-slide heading> with a paragraph each, beside the same
  // five slides in Shoelace's <sl-carousel> (the peer, run in the same browser and run).
  'author-slides': {
    tag: 'mhm-five-reasons',
    component: () => `<mhm-five-reasons heading="Five reasons to mainstream psychosocial topics">
      ${reasons.map(([heading, text]) => `<mhm-slide heading="${heading}"><p>${text}</p></mhm-slide>`).join('')}
    </mhm-five-reasons>`,
    peer: {
      name: 'Shoelace <sl-carousel>',
      tag: 'sl-carousel',
      markup: () => `<section class="card"><h3>Five reasons to mainstream psychosocial topics</h3><sl-carousel navigation pagination>
        ${reasons.map(([heading, text]) => `<sl-carousel-item><div><h4>${heading}</h4><p>${text}</p></div></sl-carousel-item>`).join('')}
      </sl-carousel></section>`,
    },
    floor: carouselFloor,
    floorStyle,
  },
  'reflection-prompt': {
    tag: 'mhm-reflection-prompt',
    component: (i) => `
      <mhm-reflection-prompt reflection-id="bench-${i}" persist prompt="Think of a returnee you know. What did coming home mean for them?">
        <li slot="hint">What did they hope for?</li>
        <li slot="hint">How did family and neighbours react?</li>
      </mhm-reflection-prompt>`,
    floor: () => `
      <section class="card"><label for="r">Think of a returnee you know. What did coming home mean for them?</label>
        <ul><li>What did they hope for?</li><li>How did family and neighbours react?</li></ul>
        <textarea id="r" rows="6"></textarea><p class="meta">0 / 5000</p>
        <label><input type="checkbox"> Keep on this device</label>
        <div class="actions"><button type="button">Done</button> <button type="button">Download a copy</button></div>
        <p>If this brings up difficult feelings, talk to someone you trust or contact a local support service.</p>
      </section>`,
    floorStyle,
  },
};
