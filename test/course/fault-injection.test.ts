import { expect, html } from '@open-wc/testing';
import type { MhmCourse } from '../../src/components/course/course.js';
import { storagePrefix } from '../../src/internal/storage.js';
import { part, textOf } from '../support/helpers.js';
import { faultyStorage, type FaultyStorage } from '../support/fault-injection.js';
import { completeBuiltIn, course, courseHooks, settle } from '../harness/course.js';
import { field, keepBox, pressDone, status, type } from '../harness/reflection-prompt.js';

/** What the learner writes in each built-in reflection of the run with this seed. */
const words = (seed: number, id: string) => `Seed ${seed} thoughts on ${id.split('/').pop()}`;

describe('<mhm-course> on a device whose storage fails at random', () => {
  let storage: FaultyStorage | undefined;
  let errors: ErrorEvent[];
  const onError = (event: ErrorEvent) => errors.push(event);
  // Before the course hooks' own, so that they clear the storage with the browser's own methods.
  afterEach(() => {
    storage?.restore();
    storage = undefined;
  });
  courseHooks();

  beforeEach(() => {
    errors = [];
    addEventListener('error', onError);
  });
  afterEach(() => removeEventListener('error', onError));

  for (let seed = 1; seed <= 20; seed++) {
    it(`keeps every word and tells the truth about what is stored (seed ${seed})`, async function () {
      this.timeout(20000);
      // Arrange: a course that stores its progress, on storage refusing about one call in ten.
      storage = faultyStorage(seed, 0.1);
      const el = await course(html`<mhm-course persist course-id=${`faults-${seed}`}></mhm-course>`);

      // Act: the learner works through the whole course, keeping every reflection on the device.
      const reflections: Array<{ id: string; element: HTMLElement; text: string }> = [];
      await completeBuiltIn(el, async (host: MhmCourse, reflection: HTMLElement) => {
        const id = reflection.getAttribute('reflection-id')!;
        const text = words(seed, id);
        reflections.push({ id, element: reflection, text });
        await type(reflection, text);
        keepBox(reflection).click();
        await pressDone(reflection);
        await settle(host);
      });
      await settle(el);

      // Assert: storage did refuse calls; nothing blanked, nothing threw, the course is complete.
      expect(storage.faults(), 'refused storage calls').to.be.above(0);
      expect(errors.map((event) => event.message), 'uncaught errors').to.deep.equal([]);
      expect(el.progress.percent).to.equal(100);

      // Every word typed is in the field, and a reflection that says "Saved" is on the device as typed.
      for (const { id, element, text } of reflections) {
        expect(field(element).value, id).to.equal(text);
        const said = status(element);
        const raw = storage.real.getItem(`${storagePrefix}reflection:${id}`);
        if (said.startsWith('Saved on this device')) {
          expect(raw, `${id}: "${said}" but nothing is stored`).to.not.equal(null);
          expect(JSON.parse(raw!).text, `${id}: "${said}"`).to.equal(text);
        }
      }

      // A course that shows no note about storage has its progress on the device as shown.
      const notice = el.shadowRoot!.querySelector('[part~="notice"]');
      if (!notice) {
        const raw = storage.real.getItem(`${storagePrefix}course:faults-${seed}`);
        expect(raw, 'no note about storage, yet no stored progress').to.not.equal(null);
        expect(JSON.parse(raw!).completed, 'the stored progress').to.have.members(el.progress.completed);
      } else {
        expect(textOf(part(el, '[part~="notice"]'))).to.not.equal('');
      }
    });
  }
});
