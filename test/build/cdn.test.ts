import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { part, textOf } from '../support/helpers.js';

// The eager CDN file (every element in one script) alone, with nothing from src/ on the page: what a
// partner's <script type="module"> gets when it wants one request. test/loading/ covers the loader.
const cdn = '/dist/cdn/mhm-elements.all.js';

describe('the CDN build', () => {
  before(async () => {
    await import(cdn);
  });

  it('defines <mhm-lesson-card> with lit inlined, and the card works end to end', async () => {
    const Card = customElements.get('mhm-lesson-card');
    expect(Card).to.be.a('function');
    document.body.insertAdjacentHTML(
      'beforeend',
      '<mhm-lesson-card id="cdn-card" heading="From the CDN" duration="4"><p>Body</p></mhm-lesson-card>',
    );
    const el = document.getElementById('cdn-card') as HTMLElement & { updateComplete: Promise<boolean> };
    await el.updateComplete;
    expect(textOf(part(el, '[part="heading"]'))).to.equal('From the CDN');
    const done = oneEvent(el, 'mhm-complete');
    part<HTMLButtonElement>(el, '[part="complete-button"]').click();
    expect((await done).detail).to.deep.equal({ activity: 'lesson', id: 'cdn-card', completed: true });
    await expect(el).to.be.accessible();
    el.remove();
  });
});

describe('the CDN build, a whole author course end to end', () => {
  before(async () => {
    await import(cdn);
  });

  // The minified file partners load: every activity, the course's progress and storage, driven
  // through the real controls, so a minifier that broke a member's name would fail here.
  it('completes a lesson, a quiz, a kept then deleted reflection and a carousel, and stores progress', async () => {
    type Updating = HTMLElement & { updateComplete: Promise<boolean> };
    const wrapper = document.createElement('div');
    wrapper.innerHTML = `<mhm-course id="cdn-course" heading="From the CDN" course-id="cdn-e2e" persist>
      <mhm-lesson-card id="intro" heading="Why we meet" heading-level="3"><p>We talk about well-being.</p></mhm-lesson-card>
      <mhm-quiz id="check" heading="Check" heading-level="3">
        <mhm-question type="true-false" answer="false" prompt="Migration always harms mental health."></mhm-question>
      </mhm-quiz>
      <mhm-reflection-prompt id="think" reflection-id="cdn-e2e-think" persist prompt="What helps you?"></mhm-reflection-prompt>
      <mhm-five-reasons id="reasons" heading="Why" heading-level="3">
        <mhm-slide heading="One"><p>First</p></mhm-slide>
        <mhm-slide heading="Two"><p>Second</p></mhm-slide>
      </mhm-five-reasons>
    </mhm-course>`;
    document.body.append(wrapper);
    const el = document.getElementById('cdn-course') as Updating & { progress: { completed: string[]; percent: number } };
    const settle = async () => {
      for (const node of [el, ...el.querySelectorAll<Updating>('*')]) await node.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    };
    const child = (id: string) => document.getElementById(id) as Updating;
    const press = (host: HTMLElement, name: string) => part<HTMLButtonElement>(host, `[part~="${name}"]`).click();
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      await settle();
      const finished = oneEvent(el, 'mhm-course-complete');

      press(child('intro'), 'complete-button');
      await settle();

      const quiz = child('check');
      quiz.shadowRoot!.querySelectorAll<HTMLInputElement>('input')[1].click();
      await settle();
      press(quiz, 'check-button');
      await settle();
      expect(textOf(part(quiz, '[part~="verdict"]'))).to.contain('Correct');

      const reflection = child('think');
      const field = part<HTMLTextAreaElement>(reflection, 'textarea');
      field.focus();
      await sendKeys({ type: 'Words kept on this device' });
      part<HTMLInputElement>(reflection, '#keep').click();
      await settle();
      expect(JSON.parse(localStorage.getItem('mhm:reflection:cdn-e2e-think')!).text).to.equal('Words kept on this device');
      press(reflection, 'done-button');
      await settle();

      press(child('reasons'), 'next-button');
      await settle();

      expect((await finished).detail).to.deep.include({ total: 4 });
      expect(el.progress).to.deep.include({ completed: ['intro', 'check', 'think', 'reasons'], percent: 100 });
      expect(JSON.parse(localStorage.getItem('mhm:course:cdn-e2e')!).completed).to.have.length(4);
      expect(part(el, '[part~="completion"]').checkVisibility()).to.equal(true);

      press(reflection, 'delete-button');
      await settle();
      press(reflection, 'confirm-button');
      await settle();
      expect(Object.keys(localStorage).filter((key) => key.startsWith('mhm:reflection:cdn-e2e-think'))).to.deep.equal([]);
      expect(field.value).to.equal('');
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      wrapper.remove();
      Object.keys(localStorage).filter((key) => key.startsWith('mhm:')).forEach((key) => localStorage.removeItem(key));
    }
  });
});
