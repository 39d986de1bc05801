import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/components/course/course.js';
import type { MhmCourse } from '../../src/components/course/course.js';
import '../../src/components/quiz/quiz.js';
import { registerTranslation } from '../../src/index.js';
import { captureWarnings, part, textOf } from '../support/helpers.js';
import { activity, courseHooks, settle } from '../harness/course.js';

const fileUrl = '/test/course-file/fixtures/course-ha.json';

/** The Hausa test course's text, as the file holds it. */
async function hausa(): Promise<Record<string, unknown>> {
  return (await fetch(fileUrl)).json();
}

/** A course loaded from `src` (or from what `template` gives it), with the warnings it logged. */
async function load(template: ReturnType<typeof html>): Promise<{ el: MhmCourse; warnings: string[] }> {
  let el!: MhmCourse;
  const warnings = await captureWarnings(async () => {
    el = await fixture<MhmCourse>(template);
    await settle(el);
  });
  return { el, warnings };
}

const shadowText = (el: Element, selector: string) => textOf(el.shadowRoot!.querySelector(selector));
const authorError = (el: MhmCourse) => textOf(el.shadowRoot!.querySelector('[part="author-error"]'));

describe('<mhm-course> with a course file', () => {
  // Before the course's hooks, which talk to the test server: a failed test leaves no fake clock behind.
  afterEach(() => sinon.restore());
  courseHooks();

  describe('from src', () => {
    it('shows the file\'s lessons and its interface text, with one request', async () => {
      const fetchSpy = sinon.spy(window, 'fetch');
      const { el } = await load(html`<mhm-course src=${fileUrl}></mhm-course>`);
      expect(fetchSpy.callCount).to.equal(1);
      expect(fetchSpy.firstCall.args[0]).to.equal(new URL(fileUrl, location.href).href);
      expect(shadowText(el, '[part~="heading"]')).to.equal('[ha] Mental Health & Migration');
      expect(shadowText(el, '[part~="progress-text"]')).to.equal('[ha] 0 of 3 activities');
      const lesson = activity(el, 'what-is-mental-health');
      expect(lesson.getAttribute('heading')).to.equal('[ha] What is mental health?');
      expect(shadowText(lesson, '[part~="complete-button"]')).to.equal('[ha] Mark as complete');
      expect(lesson.querySelector('em')!.textContent).to.equal('more');
      expect(lesson.querySelector('a')!.getAttribute('href')).to.equal('https://www.who.int/');
      expect([...lesson.querySelectorAll('ul:not([slot]) li')].map((li) => li.textContent)).to.deep.equal(['[ha] Body', '[ha] People around us']);
      const quiz = activity(el, 'course-quiz');
      expect(textOf(quiz.shadowRoot!.querySelector('[part~="choices"]') ?? quiz.shadowRoot!.querySelector('fieldset'))).to.include('[ha] True').and.include('[ha] False');
      expect(part(el, '[part="base"]').getAttribute('lang')).to.equal('ha');
      expect(part(el, '[part="base"]').getAttribute('dir')).to.equal('ltr');
      expect(textOf(activity(el, 'mhm-course/return-identity').querySelector('[slot="support"]'))).to.equal('[ha] Talk to someone you trust.');
    });

    it('tells the author once which interface texts the file lacks, and shows English for them', async () => {
      const { el, warnings } = await load(html`<mhm-course src=${fileUrl}></mhm-course>`);
      const lacking = warnings.filter((warning) => warning.includes('has no text for'));
      expect(lacking).to.have.length(1);
      expect(lacking[0]).to.include('courseStartOver').and.include('tryAgain').and.not.include('markComplete,');
      expect(authorError(el)).to.include('has no text for');
      expect(textOf(el.shadowRoot!.querySelector('[part~="activities-summary"]'))).to.equal('Activities in this course');
    });

    it('shows a Pashto file right to left, and follows the file\'s own dir', async () => {
      const pashto = { ...(await hausa()), lang: 'ps', ui: undefined };
      const stub = sinon.stub(window, 'fetch');
      stub.callsFake(async () => new Response(JSON.stringify(pashto)));
      const { el } = await load(html`<mhm-course src="course-ps.json"></mhm-course>`);
      expect(part(el, '[part="base"]').getAttribute('dir')).to.equal('rtl');
      expect(part(el, '[part="activities-body"]').getAttribute('dir')).to.equal('rtl');
      stub.callsFake(async () => new Response(JSON.stringify({ ...pashto, lang: 'ha', dir: 'rtl' })));
      el.src = 'course-ha-rtl.json';
      await settle(el);
      expect(part(el, '[part="activities-body"]').getAttribute('dir')).to.equal('rtl');
    });
  });

  describe('when the file cannot be used', () => {
    const learnerMessage = 'The course could not be loaded. Check your connection and try again.';

    it('tells the learner kindly, the author the server\'s answer, and loads it on Try again', async () => {
      const text = JSON.stringify(await hausa());
      const stub = sinon.stub(window, 'fetch');
      stub.onFirstCall().resolves(new Response('Not found', { status: 404, statusText: 'Not Found' }));
      stub.onSecondCall().callsFake(async () => new Response(text));
      const { el, warnings } = await load(html`<mhm-course src="missing.json"></mhm-course>`);
      expect(shadowText(el, '[part="message"]')).to.equal(learnerMessage);
      expect(authorError(el)).to.include('src: got "missing.json". The course file could not be loaded: the server answered 404 Not Found.');
      expect(warnings.filter((warning) => warning.includes('404'))).to.have.length(1);
      part<HTMLButtonElement>(el, '[part="retry-button"]').click();
      await settle(el);
      expect(shadowText(el, '[part~="heading"]')).to.equal('[ha] Mental Health & Migration');
      expect(el.shadowRoot!.querySelector('[part="message"]')).to.equal(null);
    });

    it('gives the line and column of broken JSON', async () => {
      sinon.stub(window, 'fetch').resolves(new Response('{\n  "lang": "ha",\n  "title": "x",,\n}'));
      const { el } = await load(html`<mhm-course src="broken.json"></mhm-course>`);
      expect(shadowText(el, '[part="message"]')).to.equal(learnerMessage);
      expect(authorError(el)).to.match(/The course file cannot be used: the JSON is not valid at line 3, column \d+/);
    });

    it('gives the path of each mistake against the format', async () => {
      const course = await hausa();
      delete course.title;
      (course.activities as Array<Record<string, unknown>>)[0].duration = 'five';
      sinon.stub(window, 'fetch').resolves(new Response(JSON.stringify(course)));
      const { el } = await load(html`<mhm-course src="wrong.json"></mhm-course>`);
      expect(authorError(el)).to.include('/title: expected a text, got nothing').and.include('/activities/0/duration: expected a number above 0, got "five"');
    });

    it('gives up after 10 seconds without an answer, on a fake clock', async () => {
      const wrapper = await fixture(html`<div></div>`);
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const el = document.createElement('mhm-course');
      try {
        sinon.stub(window, 'fetch').callsFake(
          (_url: RequestInfo | URL, init?: RequestInit) =>
            new Promise((_resolve, reject) => init!.signal!.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')))),
        );
        // Not awaited: the course's own update waits for the file.
        el.setAttribute('src', 'slow.json');
        wrapper.append(el);
        await nextFrame();
        clock.tick(9_999);
        await nextFrame();
        expect(shadowText(el, '[part="message"]')).to.equal('Loading the course…');
        await captureWarnings(async () => {
          clock.tick(1);
          clock.restore();
          await settle(el);
        });
      } finally {
        clock.restore();
      }
      expect(shadowText(el, '[part="message"]')).to.equal(learnerMessage);
      expect(authorError(el)).to.include('no answer came within 10 seconds');
    });

    it('fetches nothing from an address no file can come from, and offers no Try again', async () => {
      const fetchSpy = sinon.spy(window, 'fetch');
      const { el } = await load(html`<mhm-course src="javascript:alert(1)"></mhm-course>`);
      expect(fetchSpy.callCount).to.equal(0);
      expect(shadowText(el, '[part="message"]')).to.equal(learnerMessage);
      expect(el.shadowRoot!.querySelector('[part="retry-button"]')).to.equal(null);
      expect(authorError(el)).to.include('the "javascript:" scheme is not allowed here');
    });
  });

  describe('inline, in a JSON script child', () => {
    it('shows the course with no request at all', async () => {
      const text = JSON.stringify(await hausa());
      const fetchSpy = sinon.spy(window, 'fetch');
      const { el } = await load(html`<mhm-course><script type="application/json">${text}</script></mhm-course>`);
      expect(fetchSpy.callCount).to.equal(0);
      expect(activity(el, 'what-is-mental-health').getAttribute('heading')).to.equal('[ha] What is mental health?');
      expect(shadowText(el, '[part~="progress-text"]')).to.equal('[ha] 0 of 3 activities');
    });
  });

  describe('registerTranslation', () => {
    it('gives every element in that language its interface text, with English for what it lacks', async () => {
      const warnings = await captureWarnings(() => registerTranslation('wo', { check: 'Seet', questionOf: 'Laaj {n} ci {total}' }));
      const quiz = await fixture<HTMLElement>(html`<mhm-quiz lang="wo"><mhm-question prompt="Dëgg la?" type="true-false" answer="true"></mhm-question></mhm-quiz>`);
      await (quiz as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(textOf(quiz.shadowRoot!.querySelector('[part~="check-button"]'))).to.equal('Seet');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/interface text for "wo": no text for .*markComplete.*, so English is shown for them/);
    });
  });
});
