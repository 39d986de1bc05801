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
};
