import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/course/course.js';
import type { MhmCourse } from '../../src/components/course/course.js';
import type { MhmLessonCard } from '../../src/components/lesson-card/lesson-card.js';
import { captureWarnings, isShown, part, textOf } from '../support/helpers.js';
import { axeWcag22 } from '../support/story-checks.js';
import { builtInIds, settle, course, activity, button, progressText, completeLesson, completeReflection, recordEvents, child, answerTrueFalse, courseHooks } from '../harness/course.js';
import { authorCourse } from './fixtures.js';

describe('<mhm-course>', () => {
  courseHooks();

  describe('the built-in course', () => {
    it('shows every activity of the course source in order, under the course title', async () => {
      // Arrange
      const el = await course();

      // Assert
      expect(textOf(part(el, '[part~="heading"]'))).to.equal('Mental Health & Migration: Awareness Raising');
      expect(part(el, '[part~="heading"]').getAttribute('aria-level')).to.equal('2');
      expect(el.activities.map((item) => item.kind)).to.deep.equal([
        'lesson', 'lesson', 'lesson', 'reflection', 'lesson', 'reflection', 'carousel', 'lesson', 'quiz',
      ]);
      expect(el.activities.map((item) => item.id)).to.deep.equal(builtInIds);
      expect(el.activities[0]).to.deep.equal({ id: 'what-is-mental-health', kind: 'lesson', title: 'What is mental health?', completed: false });
      expect(activity(el, 'what-is-mental-health').getAttribute('heading-level')).to.equal('3');
      expect(progressText(el)).to.equal('0 of 9 activities');
      const bar = part<HTMLProgressElement>(el, 'progress');
      expect([bar.max, bar.value]).to.deep.equal([9, 0]);
      expect(el.progress).to.deep.equal({ completed: [], total: 9, percent: 0, current: 'what-is-mental-health' });
    });

    it('names the K-par-Cas 2 toolkit once the course is complete', async () => {
      const el = await course();
      el.restoreProgress({ completed: builtInIds });
      await settle(el);
      expect(textOf(part(el, '[part~="further-learning"]'))).to.contain('K-par-Cas 2');
    });

    for (const [lang, title] of [
      ['fr', 'Santé mentale et migration'],
      ['ar', 'الصحة النفسية والهجرة'],
    ] as const) {
      it(`shows the course in ${lang}, with the same activities`, async () => {
        const el = await course(html`<mhm-course lang=${lang}></mhm-course>`);
        expect(textOf(part(el, '[part~="heading"]'))).to.contain(title);
        expect(el.activities.map((item) => item.id)).to.deep.equal(builtInIds);
        expect(part(el, '[part~="activities-body"]').getAttribute('lang')).to.equal(lang);
      });
    }

    it('reads right to left in Arabic, with Arabic interface text', async () => {
      const el = await course(html`<mhm-course lang="ar"></mhm-course>`);
      expect(part(el, '[part~="base"]').getAttribute('dir')).to.equal('rtl');
      expect(part(el, '[part~="activities-body"]').getAttribute('dir')).to.equal('rtl');
      expect(progressText(el)).to.contain('من');
      expect(textOf(part(el, '[part~="activities-summary"]'))).to.equal('أنشطة هذه الدورة');
      expect(await axeWcag22(el)).to.deep.equal([]);
    });

    it('shows English, and tells the author, in a language the course is not written in', async () => {
      let el!: MhmCourse;
      const warnings = await captureWarnings(async () => {
        el = await course(html`<mhm-course lang="de"></mhm-course>`);
      });
      expect(textOf(part(el, '[part~="heading"]'))).to.equal('Mental Health & Migration: Awareness Raising');
      expect(textOf(part(el, '[part~="author-error"]'))).to.contain('English, French and Arabic');
      expect(warnings.filter((warning) => warning.includes('lang'))).to.have.length(1);
    });

    it('uses the page language, and a regional variant of it', async () => {
      const wrapper = await fixture(html`<div lang="fr-CA"><mhm-course></mhm-course></div>`);
      const el = wrapper.querySelector('mhm-course')!;
      await settle(el);
      expect(textOf(part(el, '[part~="heading"]'))).to.contain('Santé mentale');
    });
  });

  describe('an author’s course', () => {
    it('counts the four components and shows, without counting, everything else', async () => {
      const el = await course(authorCourse());
      expect(el.activities).to.deep.equal([
        { id: 'intro', kind: 'lesson', title: 'Why we meet', completed: false },
        { id: 'think', kind: 'reflection', title: 'What does home mean to you?', completed: false },
        { id: 'reasons', kind: 'carousel', title: 'Two ideas', completed: false },
        { id: 'check', kind: 'quiz', title: 'Check', completed: false },
      ]);
      expect(isShown(el.querySelector('p')!)).to.equal(true);
      expect(textOf(part(el, '[part~="heading"]'))).to.equal('Welcome to our workshop');
      expect(el.shadowRoot!.querySelector('[part~="activities-body"]')).to.equal(null);
      expect(progressText(el)).to.equal('0 of 4 activities');
    });

    it('tracks each kind of child and completes once', async () => {
      // Arrange
      const el = await course(authorCourse());
      const progress = recordEvents(el, 'mhm-progress');
      const completions = recordEvents(el, 'mhm-course-complete');

      // Act
      await completeLesson(el, child(el, 'intro'));
      await completeReflection(el, child(el, 'think'));
      button(child(el, 'reasons'), 'next-button').click();
      await settle(el);
      await answerTrueFalse(el, child(el, 'check'), 'True');
      const beforePass = el.progress.completed.length;
      button(child(el, 'check'), 'result-button').click();
      await settle(el);
      button(child(el, 'check'), 'try-again-button').click();
      await settle(el);
      await answerTrueFalse(el, child(el, 'check'), 'False');

      // Assert
      expect(beforePass).to.equal(3);
      expect(progress.map((event) => event.detail.completed)).to.deep.equal([1, 2, 3, 4]);
      expect(completions.map((event) => event.detail)).to.deep.equal([
        { id: '', total: 4, quiz: { score: 1, maxScore: 1, percent: 100, passed: true } },
      ]);
      expect(textOf(part(el, '[part~="completion-heading"]'))).to.equal('You have completed the course');
    });

    it('finishes with a carousel the author lists (`show-all`) once the learner has scrolled through its slides', async () => {
      // Arrange: on a phone, the course a screen down the page, every other activity done.
      await setViewport({ width: 360, height: 640 });
      const wrapper = await fixture(html`<div><p style="block-size: 100vh">Welcome.</p>${authorCourse({ showAll: true })}</div>`);
      const el = wrapper.querySelector<MhmCourse>('mhm-course')!;
      await settle(el);
      const completions = recordEvents(el, 'mhm-course-complete');
      el.restoreProgress({ completed: ['intro', 'think', 'check'] });
      await settle(el);
      await nextFrame();
      expect(progressText(el), 'the slides not on screen yet').to.equal('3 of 4 activities');

      // Act
      try {
        for (const slide of child(el, 'reasons').shadowRoot!.querySelectorAll('[part~="slide"]')) {
          slide.scrollIntoView({ block: 'center' });
          await nextFrame();
          await nextFrame();
        }
        await settle(el);

        // Assert
        expect(progressText(el)).to.equal('4 of 4 activities');
        expect(completions).to.have.length(1);
        expect(isShown(part(el, '[part~="completion"]'))).to.equal(true);
      } finally {
        window.scrollTo(0, 0);
      }
    });

    it('gives an activity without an id a positional one, and tells the author once', async () => {
      let el!: MhmCourse;
      const warnings = await captureWarnings(async () => {
        el = await course(html`<mhm-course>
          <mhm-lesson-card id="a" heading="One"></mhm-lesson-card>
          <mhm-lesson-card heading="Two"></mhm-lesson-card>
          <mhm-lesson-card id="a" heading="Three"></mhm-lesson-card>
        </mhm-course>`);
      });
      expect(el.activities.map((item) => item.id)).to.deep.equal(['a', 'activity-2', 'activity-3']);
      expect(el.children[1].id).to.equal('activity-2');
      expect(textOf(part(el, '[part~="author-error"]'))).to.contain('activity-2');
      expect(warnings.filter((warning) => warning.includes('> id: '))).to.have.length(1);
      expect(warnings.filter((warning) => warning.includes('duplicate id'))).to.have.length(1);
    });

    it('follows children added later', async () => {
      const el = await course(authorCourse());
      const lesson = document.createElement('mhm-lesson-card');
      lesson.id = 'extra';
      lesson.setAttribute('heading', 'One more');
      el.append(lesson);
      await settle(el);
      expect(el.activities.map((item) => item.id)).to.include('extra');
      expect(progressText(el)).to.equal('0 of 5 activities');
    });

    it('counts an author’s own element marked data-mhm-activity', async () => {
      const el = await course(html`<mhm-course><div id="video" data-mhm-activity aria-label="Watch the video">…</div></mhm-course>`);
      expect(el.activities).to.deep.equal([{ id: 'video', kind: 'other', title: 'Watch the video', completed: false }]);
      el.querySelector('#video')!.dispatchEvent(
        new CustomEvent('mhm-complete', { detail: { completed: true }, bubbles: true, composed: true }),
      );
      await settle(el);
      expect(el.progress.percent).to.equal(100);
    });
  });

  describe('language at runtime', () => {
    it('re-renders in the new language and keeps progress', async () => {
      // Arrange
      const el = await course();
      await completeLesson(el, activity(el, 'what-is-mental-health'));

      // Act
      el.lang = 'fr';
      await settle(el);

      // Assert
      expect(textOf(part(el, '[part~="heading"]'))).to.contain('Santé mentale');
      expect(el.progress.completed).to.deep.equal(['what-is-mental-health']);
      const lesson = activity<MhmLessonCard>(el, 'what-is-mental-health');
      expect(lesson.completed).to.equal(true);
      expect(textOf(part(lesson, '[part~="complete-status"]'))).to.equal('✓ Terminé');
      expect(textOf(button(lesson, 'undo-button'))).to.equal('Marquer comme non terminé');
      expect(progressText(el)).to.equal('Activités terminées : 1 sur 9');
    });

    it('follows the document’s language', async () => {
      const el = await course();
      await completeLesson(el, activity(el, 'what-is-mental-health'));
      document.documentElement.lang = 'ar';
      await new Promise((resolve) => setTimeout(resolve));
      await settle(el);
      expect(part(el, '[part~="activities-body"]').getAttribute('lang')).to.equal('ar');
      expect(el.progress.completed).to.deep.equal(['what-is-mental-health']);
    });
  });
});
