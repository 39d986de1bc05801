import { expect } from '@open-wc/testing';
import { part, textOf } from '../support/helpers.js';

// The CDN loader, as a partner's <script type="module" src="…/dist/cdn/mhm-elements.js"> gets it,
// alone on the page: it defines each element the first time one appears, downloading only what
// that element needs. Each step builds on the page the one before left (one page per file).
const loader = '/dist/cdn/mhm-elements.js';

type Updating = HTMLElement & { updateComplete: Promise<boolean> };

/** The CDN files the page has downloaded so far, by name. */
const downloaded = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/cdn/'))
    .map((path) => path.slice('/dist/cdn/'.length));

async function added<T extends Updating>(markup: string): Promise<T> {
  const wrapper = document.createElement('div');
  wrapper.innerHTML = markup;
  document.body.append(wrapper);
  const el = wrapper.firstElementChild as T;
  await customElements.whenDefined(el.localName);
  await el.updateComplete;
  return el;
}

describe('the CDN loader', () => {
  let card: Updating;

  before(async () => {
    document.body.insertAdjacentHTML('beforeend', '<mhm-lesson-card id="first" heading="On the page first"><p>Body</p></mhm-lesson-card>');
    await import(loader);
    await customElements.whenDefined('mhm-lesson-card');
    card = document.getElementById('first') as Updating;
    await card.updateComplete;
  });

  it('defines the lesson card on the page and renders it, downloading no other element\'s code', () => {
    expect(textOf(part(card, '[part="heading"]'))).to.equal('On the page first');
    for (const tag of ['mhm-quiz', 'mhm-question', 'mhm-reflection-prompt', 'mhm-five-reasons', 'mhm-course']) {
      expect(customElements.get(tag), tag).to.equal(undefined);
    }
    const files = downloaded();
    expect(files.some((file) => file.startsWith('lesson-card-'))).to.equal(true);
    expect(files.filter((file) => /^(quiz|reflection-prompt|five-reasons|mhm-elements\.all)\b/.test(file))).to.deep.equal([]);
  });

  it('upgrades a quiz that a partner\'s script adds later, with its questions', async () => {
    const quiz = await added<Updating>(`<mhm-quiz heading="Added later">
      <mhm-question type="true-false" answer="false" prompt="Migration always harms mental health."></mhm-question>
    </mhm-quiz>`);
    expect(customElements.get('mhm-question')).to.be.a('function');
    expect(textOf(part(quiz, '[part~="prompt"]'))).to.contain('Migration always harms mental health.');
    expect(downloaded().filter((file) => /^(reflection-prompt|five-reasons)-/.test(file))).to.deep.equal([]);
  });

  it('gives a French reflection prompt added later its French interface text', async () => {
    const reflection = await added<Updating>('<mhm-reflection-prompt lang="fr" prompt="Qu’est-ce qui vous aide ?"></mhm-reflection-prompt>');
    expect(textOf(part(reflection, '[part~="done-button"]'))).to.equal('J’ai terminé');
    expect(downloaded().some((file) => file.startsWith('ui-fr-'))).to.equal(true);
  });

  it('shows the built-in course added inside a partner\'s own element, with every activity in its shadow root upgraded', async () => {
    document.body.insertAdjacentHTML('beforeend', '<section><mhm-course heading-level="2"></mhm-course></section>');
    const course = document.body.querySelector<Updating>('section > mhm-course')!;
    await customElements.whenDefined('mhm-course');
    await course.updateComplete;
    const activities = [...course.shadowRoot!.querySelectorAll<Updating>('[data-activity]')];
    expect(activities.length).to.be.greaterThan(3);
    const kinds = new Set(activities.map((el) => el.localName));
    expect([...kinds].sort()).to.deep.equal(['mhm-five-reasons', 'mhm-lesson-card', 'mhm-quiz', 'mhm-reflection-prompt']);
    for (const activity of activities) {
      expect(customElements.get(activity.localName), activity.localName).to.be.a('function');
      await activity.updateComplete;
      expect(activity.shadowRoot, `${activity.localName}#${activity.id} rendered`).to.not.equal(null);
    }
    expect(downloaded().some((file) => file === 'mhm-elements.all.js')).to.equal(true);
  });
});
