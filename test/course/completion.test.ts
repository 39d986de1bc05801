import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/components/course/course.js';
import type { MhmReflectionPrompt } from '../../src/components/reflection-prompt/reflection-prompt.js';
import en from '../../src/content/course/en.js';
import { storagePrefix } from '../../src/internal/storage.js';
import { isShown, part, textOf } from '../support/helpers.js';
import { builtInIds, settle, course, activity, button, progressText, completeLesson, skipReflection, completeBuiltIn, everything, finishAnimations, recordEvents, child, courseHooks } from '../harness/course.js';
import { authorCourse } from './fixtures.js';

describe('<mhm-course>', () => {
  courseHooks();

  describe('completion', () => {
    it('fires mhm-course-complete once, with the quiz result, and shows the closing panel', async () => {
      // Arrange
      const el = await course();
      const completions = recordEvents(el, 'mhm-course-complete');

      // Act
      await completeBuiltIn(el);
      const lesson = activity(el, 'what-is-mental-health');
      await completeLesson(el, lesson);
      await completeLesson(el, lesson);

      // Assert
      expect(completions.map((event) => event.detail)).to.deep.equal([
        { id: '', total: 9, quiz: { score: 8, maxScore: 8, percent: 100, passed: null } },
      ]);
      expect(el.progress.percent).to.equal(100);
      expect(textOf(part(el, '[part~="completion-heading"]'))).to.equal(en.closing.heading);
      expect(textOf(part(el, '[part~="quiz-result"]'))).to.contain('8');
      expect(textOf(part(el, '[role="status"]'))).to.equal('Course complete. Well done.');
    });

    it('lets a learner who writes no reflection at all finish and reach the closing panel', async () => {
      const el = await course(html`<mhm-course course-id="no-writing" persist></mhm-course>`);
      const completions = recordEvents(el, 'mhm-course-complete');

      await completeBuiltIn(el, skipReflection);

      expect(progressText(el)).to.equal('9 of 9 activities');
      expect(completions).to.have.length(1);
      expect(isShown(part(el, '[part~="completion"]'))).to.be.true;
      expect(textOf(part(el, '[part~="completion-heading"]'))).to.equal(en.closing.heading);
      const reflections = en.activities.filter((item) => item.kind === 'reflection').map((item) => activity<MhmReflectionPrompt>(el, item.id));
      expect(reflections.map((reflection) => reflection.hasAttribute('completed'))).to.deep.equal([true, true]);
      expect(Object.keys(localStorage).filter((key) => key.includes('reflection:')), 'nothing written, nothing kept').to.deep.equal([]);
    });

    it('moves a learner who finishes a reflection on to the next activity, and to the closing panel once the course is complete', async () => {
      // Arrange
      const el = await course();
      const [first, second] = en.activities.filter((item) => item.kind === 'reflection').map((item) => item.id);
      const next = builtInIds[builtInIds.indexOf(first) + 1];
      const focusedPart = () => {
        const host = el.shadowRoot!.activeElement as HTMLElement | null;
        return [host?.dataset.activity, host?.shadowRoot?.activeElement?.getAttribute('part')];
      };

      // Act
      await skipReflection(el, activity(el, first));

      // Assert: on the next activity's heading, where reading goes on.
      expect(focusedPart()).to.deep.equal([next, 'heading']);
      expect(el.progress.current).to.equal(next);

      // Act: every other activity done, the last reflection finishes the course.
      el.restoreProgress({ completed: builtInIds.filter((id) => id !== second) });
      await settle(el);
      await skipReflection(el, activity(el, second));

      // Assert: on the closing panel's heading, however far below it is.
      expect(el.shadowRoot!.activeElement?.id).to.equal('completion-heading');
      expect(textOf(part(el, '#completion-heading'))).to.equal(en.closing.heading);
    });

    it('prints with the print button', async () => {
      const el = await course();
      const print = sinon.stub(window, 'print');
      try {
        el.restoreProgress({ completed: builtInIds });
        await settle(el);
        button(el, 'print-button').click();
        expect(print.calledOnce).to.equal(true);
      } finally {
        print.restore();
      }
    });

    it('prints a clean record: no controls, every slide, no reflections unless the learner asks', async () => {
      // Arrange
      const el = await course();
      el.restoreProgress({ completed: builtInIds });
      await settle(el);

      // Act
      await emulateMedia({ media: 'print' });

      // Assert
      finishAnimations(el);
      // The quiz's radio buttons stay: they show the learner's answers.
      const controls = everything(el).filter((element) => element.matches('button, details, nav, [type="checkbox"]') && isShown(element));
      expect(controls.map((element) => element.outerHTML.slice(0, 60))).to.deep.equal([]);
      expect(isShown(activity(el, 'mhm-course/return-identity'))).to.equal(false);
      const carousel = activity(el, 'five-reasons');
      const slides = [...carousel.shadowRoot!.querySelectorAll('[part~="slide"]')];
      expect(slides.filter((slide) => slide.checkVisibility({ visibilityProperty: true }))).to.have.length(5);

      await emulateMedia({ media: 'screen' });
      part<HTMLInputElement>(el, '[part~="print-reflections"] input').click();
      await settle(el);
      await emulateMedia({ media: 'print' });
      const reflection = activity(el, 'mhm-course/return-identity');
      expect(isShown(reflection)).to.equal(true);
      // On paper, the prompt and the text: no character count, no save status.
      expect(isShown(part(reflection, '[part~="prompt"]'))).to.equal(true);
      expect(isShown(part(reflection, '[part~="counter"]'))).to.equal(false);
      expect(isShown(part(reflection, '[part~="status"]'))).to.equal(false);
    });

    it('hides an author’s reflections from the printed record too', async () => {
      const el = await course(authorCourse());
      await emulateMedia({ media: 'print' });
      expect(isShown(child(el, 'think'))).to.equal(false);
      expect(isShown(child(el, 'intro'))).to.equal(true);
    });
  });

  describe('privacy', () => {
    it('never puts a reflection’s text in a course event, a property or course storage', async () => {
      const el = await course(html`<mhm-course persist course-id="private"></mhm-course>`);
      const details: unknown[] = [];
      for (const name of ['mhm-progress', 'mhm-course-complete', 'mhm-activity-change'] as const) {
        el.addEventListener(name, (event) => details.push(event.detail));
      }
      await completeBuiltIn(el);
      const seen = JSON.stringify([details, el.progress, el.activities, localStorage.getItem(`${storagePrefix}course:private`)]);
      expect(seen).not.to.contain('Listening helps');
    });
  });
});
