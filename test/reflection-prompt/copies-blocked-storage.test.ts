import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import '../../src/components/reflection-prompt/reflection-prompt.js';
import type { MhmReflectionPrompt } from '../../src/components/reflection-prompt/reflection-prompt.component.js';
import { flakyStorage } from '../support/broken-storage.js';
import { stored, field, keepBox, status, type, tickKeep, deleteText, fakes, reflectionHooks, waitForPause } from '../harness/reflection-prompt.js';
import { persisted, mayRemain } from './fixtures.js';

/** Two copies of one reflection on a page, when the browser blocks its storage after a copy was kept. */
describe('<mhm-reflection-prompt>', () => {
  reflectionHooks();

  describe('two copies on a page while the browser blocks its storage', () => {
    let storage: ReturnType<typeof flakyStorage>;
    beforeEach(() => {
      storage = flakyStorage();
    });
    afterEach(() => storage.restore());

    async function twoCopies(): Promise<[MhmReflectionPrompt, MhmReflectionPrompt]> {
      const wrapper = await fixture(html`<div>${persisted}${persisted}</div>`);
      const [a, b] = [...wrapper.querySelectorAll<MhmReflectionPrompt>('mhm-reflection-prompt')];
      await tickKeep(a);
      await type(a, 'Sensitive words');
      await waitForPause(a);
      await elementUpdated(b);
      expect(field(b).value).to.equal('Sensitive words');
      return [a, b];
    }

    it('unticking "Keep" in one says in both that a copy may remain, and neither keeps it any longer', async () => {
      const [a, b] = await twoCopies();

      // Refuses writes and removals alike.
      storage.fail('getter');
      await tickKeep(a);
      await elementUpdated(b);
      storage.recover();
      expect(stored('return-identity').text).to.equal('Sensitive words');
      expect(status(a)).to.equal(mayRemain);
      expect(status(b)).to.equal(mayRemain);
      expect(keepBox(b).checked).to.be.false;
      expect(field(b).value).to.equal('Sensitive words');
    });

    it('Delete in one says in both that a copy may remain, not that it was deleted', async () => {
      const [a, b] = await twoCopies();

      storage.fail('getter');
      fakes.clock!.tick(1);
      await deleteText(a);
      await elementUpdated(b);
      storage.recover();
      expect(stored('return-identity').text).to.equal('Sensitive words');
      expect(status(a)).to.equal(mayRemain);
      expect(status(b)).to.equal(mayRemain);
      expect(field(b).value).to.equal('');
    });
  });
});
