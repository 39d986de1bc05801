import sinon from 'sinon';
import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import '../../src/components/lesson-card/lesson-card.js';
import type { MhmLessonCard } from '../../src/components/lesson-card/lesson-card.component.js';
import { part, textOf } from '../support/helpers.js';
import { lesson } from './fixtures.js';
import { completeButton, completeStatus, markComplete } from '../harness/lesson-card.js';

describe('<mhm-lesson-card>', () => {
  afterEach(() => sinon.restore());

  describe('lifecycle', () => {
    it('can be created and configured without being attached', () => {
      const el = document.createElement('mhm-lesson-card');
      el.heading = 'Never attached';
      el.completed = true;
      expect(el.completed).to.be.true;
      expect(el.shadowRoot === null || el.shadowRoot.childElementCount === 0).to.be.true;
    });

    it('survives being removed at once, and renders when attached again', async () => {
      const el = document.createElement('mhm-lesson-card');
      el.heading = 'Moved';
      document.body.append(el);
      el.remove();
      await elementUpdated(el);
      const target = await fixture(html`<div lang="fr"></div>`);
      target.append(el);
      await elementUpdated(el);
      expect(textOf(part(el, '[part="heading"]'))).to.equal('Moved');
      expect(textOf(completeButton(el))).to.equal('Marquer comme terminé');
      el.remove();
    });

    it('keeps its state when moved to another place in the page', async () => {
      const el = await fixture<MhmLessonCard>(lesson);
      completeButton(el).click();
      const target = await fixture(html`<div lang="ar"></div>`);
      target.append(el);
      await elementUpdated(el);
      expect(el.completed).to.be.true;
      expect(part(el, '[part="base"]').getAttribute('dir')).to.equal('rtl');
    });

    it('stays marked complete when removed and added again, and stores nothing on the device', async () => {
      const setItem = sinon.spy(Storage.prototype, 'setItem');
      const el = await fixture<MhmLessonCard>(html`<mhm-lesson-card id="l1" heading="Lesson"><p>Body</p></mhm-lesson-card>`);
      await markComplete(el);
      el.remove();
      document.body.append(el);
      await elementUpdated(el);
      expect(el.completed).to.be.true;
      expect(textOf(completeStatus(el))).to.equal('✓ Completed');
      el.remove();
      expect(setItem.called).to.be.false;
    });
  });
});
