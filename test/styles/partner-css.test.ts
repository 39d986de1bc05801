import { expect } from '@open-wc/testing';
import ar from '../../src/translations/ar.js';
import en from '../../src/translations/en.js';
import es from '../../src/translations/es.js';
import fr from '../../src/translations/fr.js';
import pt from '../../src/translations/pt.js';
import { emulateMediaFeatures } from '../support/helpers.js';

// The stylesheet README tells partners to paste beside the script tag, on a page whose script has
// not arrived yet: this file defines no element until its last test.
const cssUrl = '/src/styles/mhm-elements.css';
let css = '';
const mounted: Element[] = [];

/** Adds markup to the page with the partner stylesheet in force, and removes it after the test. */
function mount(markup: string, lang?: string): HTMLElement {
  const host = document.createElement('div');
  if (lang) {
    host.lang = lang;
  }
  host.append(document.createRange().createContextualFragment(markup));
  document.body.append(host);
  mounted.push(host);
  return host.firstElementChild as HTMLElement;
}

const pseudo = (el: Element) => getComputedStyle(el, '::before');

describe('the partner stylesheet (src/styles/mhm-elements.css)', () => {
  before(async () => {
    css = await (await fetch(cssUrl)).text();
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
  });

  afterEach(async () => {
    mounted.splice(0).forEach((el) => el.remove());
    document.documentElement.lang = '';
    await emulateMediaFeatures({});
  });

  it('is the stylesheet README quotes, word for word', async () => {
    const readme = await (await fetch('/README.md')).text();
    expect(readme.includes(`\`\`\`css\n${css.trim()}\n\`\`\``), 'README.md quotes src/styles/mhm-elements.css in a css block').to.be.true;
  });

  describe('before the script has arrived, <mhm-course>', () => {
    it('tells the learner the course is loading, in English by default', () => {
      const course = mount('<mhm-course></mhm-course>');
      expect(customElements.get('mhm-course')).to.be.undefined;
      expect(pseudo(course).content).to.equal(JSON.stringify(en.courseLoading));
      expect(course.getBoundingClientRect().height).to.be.at.least(innerHeight);
    });

    for (const translation of [fr, es, pt, ar]) {
      it(`says it in the page's language: ${translation.$code}`, () => {
        document.documentElement.lang = translation.$code;
        const course = mount('<mhm-course></mhm-course>');
        expect(pseudo(course).content).to.equal(JSON.stringify(translation.courseLoading));
      });
    }

    it('follows the nearest lang, with a region subtag too', () => {
      document.documentElement.lang = 'en';
      const course = mount('<mhm-course></mhm-course>', 'fr-CA');
      expect(pseudo(course).content).to.equal(JSON.stringify(fr.courseLoading));
    });

    it('moves its bar only for learners who have not asked for less motion', async () => {
      const course = mount('<mhm-course></mhm-course>');
      await emulateMediaFeatures({ 'prefers-reduced-motion': 'no-preference' });
      expect(getComputedStyle(course, '::after').animationName).to.equal('mhm-loading');
      await emulateMediaFeatures({ 'prefers-reduced-motion': 'reduce' });
      expect(getComputedStyle(course, '::after').animationName).to.equal('none');
      expect(getComputedStyle(course, '::after').display).to.equal('block');
    });
  });

  describe('once the script has arrived', () => {
    it('leaves the elements alone: no loading note, no borrowed boxes', async () => {
      const course = mount('<mhm-course></mhm-course>');
      const card = mount('<mhm-lesson-card heading="What is mental health?"><p>Mental health is more than…</p></mhm-lesson-card>');
      expect(pseudo(card).content).to.equal('"What is mental health?"');
      await import('../../src/components/course/course.js');
      await import('../../src/components/lesson-card/lesson-card.js');
      expect(pseudo(course).content).to.equal('none');
      expect(pseudo(card).content).to.equal('none');
      expect(getComputedStyle(card).paddingTop).to.equal('0px');
    });
  });
});
