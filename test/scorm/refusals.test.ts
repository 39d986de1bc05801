import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/components/course/course.js';
import type { MhmCourse } from '../../src/components/course/course.component.js';
import { connectScorm12, type Scorm12Api, type Scorm12Connection } from '../../src/scorm/scorm12.js';
import { decodeSuspendData, encodeSuspendData } from '../../src/scorm/suspend-data.js';
import { markComplete } from '../harness/lesson-card.js';
import { FakeCourseDouble } from '../lms/fake-course.js';
import { answerOwnQuiz, realPage } from '../lms/real-page.js';
import { cmi, lmsRuntime, type Runtime } from '../lms/scorm-runtime.js';
import { captureConsole } from '../support/helpers.js';

// An LMS that refuses or throws: scorm-again, a real SCORM 1.2 run-time, behind a wrapper that
// spoils the values it should refuse (so the run-time refuses them with its own error code) or
// throws on the calls it should throw on.

/** Makes the run-time refuse `LMSSetValue` for the calls `refuse` picks; returns the refused calls. */
function refuseSetValue(runtime: Runtime, refuse: (element: string, value: string) => boolean): Array<[string, string]> {
  const refused: Array<[string, string]> = [];
  const setValue = runtime.LMSSetValue.bind(runtime);
  sinon.stub(runtime, 'LMSSetValue').callsFake((element: string, value: string) => {
    if (!refuse(element, value)) {
      return setValue(element, value);
    }
    refused.push([element, value]);
    // A value of the wrong type: the run-time refuses it (error 405) as a strict LMS does.
    return setValue(element, element === 'cmi.core.score.raw' ? '150' : 'not-a-valid-value');
  });
  return refused;
}

/** The run-time with every call but `LMSInitialize` throwing, as an LMS whose server went away. */
function throwingLms(runtime: Runtime): Scorm12Api {
  const api = runtime as unknown as Scorm12Api;
  const down = () => {
    throw new Error('LMS is down');
  };
  return {
    LMSInitialize: (parameter) => api.LMSInitialize(parameter),
    LMSFinish: down,
    LMSGetValue: down,
    LMSSetValue: down,
    LMSCommit: down,
    LMSGetLastError: down,
    LMSGetErrorString: down,
    LMSGetDiagnostic: down,
  };
}

/** Waits until the bridge has given the course what the LMS kept and settled what follows from it. */
async function restored(course: { updateComplete?: Promise<unknown>; progress?: { percent: number } }, percent: number): Promise<void> {
  await waitUntil(() => course.progress?.percent === percent, `the course did not come back at ${percent}%`);
  await course.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
}

function setsOf(set: sinon.SinonSpy, element: string): string[] {
  return set.args.filter(([name]) => name === element).map(([, value]) => value as string);
}

describe('connectScorm12 with an LMS that refuses or throws', () => {
  let connection: Scorm12Connection | undefined;
  afterEach(() => {
    connection?.disconnect();
    connection = undefined;
    sinon.restore();
  });

  describe('on the next launch, after a refused value', () => {
    it('sets "passed" the LMS refused once, from the restored progress and quiz result, then commits', async () => {
      const first = lmsRuntime();
      let refusedOnce = false;
      const refused = refuseSetValue(first, (element, value) => {
        const refuse = !refusedOnce && element === 'cmi.core.lesson_status' && value !== 'incomplete';
        refusedOnce ||= refuse;
        return refuse;
      });
      await captureConsole('error', async () => {
        const page = await realPage();
        connection = connectScorm12(page.course, { api: first as unknown as Scorm12Api });
        await answerOwnQuiz(page.own);
        await markComplete(page.course.querySelector<HTMLElement>('#intro')!);
        expect(page.course.progress.percent).to.equal(100);
        connection.disconnect();
        page.course.parentElement!.remove();
      });
      expect(refused).to.deep.equal([['cmi.core.lesson_status', 'passed']]);
      expect(cmi(first, 'cmi.core.lesson_status')).to.equal('incomplete');

      const second = lmsRuntime(first.renderCMIToJSONObject());
      const set = sinon.spy(second, 'LMSSetValue');
      const commit = sinon.spy(second, 'LMSCommit');
      const { course } = await realPage();
      connection = connectScorm12(course, { api: second as unknown as Scorm12Api });
      await restored(course, 100);
      expect(cmi(second, 'cmi.core.lesson_status')).to.equal('passed');
      expect(cmi(second, 'cmi.core.score.raw')).to.equal('67');
      const statusSet = set.getCalls().find((call) => call.args[0] === 'cmi.core.lesson_status')!;
      expect(commit.getCalls().some((call) => call.calledAfter(statusSet))).to.be.true;
    });

    it('sets the score the LMS refused all session on the next launch, and leaves the accepted status alone', async () => {
      const first = lmsRuntime();
      refuseSetValue(first, (element) => element === 'cmi.core.score.raw');
      await captureConsole('error', async () => {
        const page = await realPage();
        connection = connectScorm12(page.course, { api: first as unknown as Scorm12Api });
        await markComplete(page.course.querySelector<HTMLElement>('#intro')!);
        await answerOwnQuiz(page.own);
        connection.disconnect();
        page.course.parentElement!.remove();
      });
      expect(cmi(first, 'cmi.core.lesson_status')).to.equal('passed');
      expect(cmi(first, 'cmi.core.score.raw')).to.equal('');

      const second = lmsRuntime(first.renderCMIToJSONObject());
      const set = sinon.spy(second, 'LMSSetValue');
      const { course } = await realPage();
      connection = connectScorm12(course, { api: second as unknown as Scorm12Api });
      await restored(course, 100);
      expect(cmi(second, 'cmi.core.score.raw')).to.equal('67');
      expect(cmi(second, 'cmi.core.score.max')).to.equal('100');
      expect(setsOf(set, 'cmi.core.lesson_status')).to.deep.equal([]);
    });

    it('sets "completed" from progress an earlier version kept without a quiz result', async () => {
      const ids = ['what-is-mental-health', 'five-reasons', 'mhm-course/reflection-1', 'course-quiz'];
      const runtime = lmsRuntime({ cmi: { core: { lesson_status: 'incomplete' }, suspend_data: JSON.stringify({ v: 1, c: ids }) } });
      const course = await fixture<FakeCourseDouble>(html`<fake-mhm-course id="course"></fake-mhm-course>`);
      connection = connectScorm12(course, { api: runtime as unknown as Scorm12Api });
      await restored(course, 100);
      expect(cmi(runtime, 'cmi.core.lesson_status')).to.equal('completed');
      expect(cmi(runtime, 'cmi.core.score.raw')).to.equal('');
    });

    it('changes nothing when the restored progress is not complete, or the LMS already agrees', async () => {
      const partial = encodeSuspendData({ completed: ['what-is-mental-health'], current: null }).value;
      const unfinished = lmsRuntime({ cmi: { core: { lesson_status: 'incomplete' }, suspend_data: partial } });
      const course = await fixture<FakeCourseDouble>(html`<fake-mhm-course id="course"></fake-mhm-course>`);
      connection = connectScorm12(course, { api: unfinished as unknown as Scorm12Api });
      await restored(course, 25);
      expect(cmi(unfinished, 'cmi.core.lesson_status')).to.equal('incomplete');
      connection.disconnect();

      const ids = ['what-is-mental-health', 'five-reasons', 'mhm-course/reflection-1', 'course-quiz'];
      const done = encodeSuspendData({ completed: ids, current: null, quiz: { percent: 75, passed: null } }).value;
      const agreeing = lmsRuntime({ cmi: { core: { lesson_status: 'completed', score: { raw: '75', min: '0', max: '100' } }, suspend_data: done } });
      const set = sinon.spy(agreeing, 'LMSSetValue');
      const again = await fixture<FakeCourseDouble>(html`<fake-mhm-course id="again"></fake-mhm-course>`);
      connection = connectScorm12(again, { api: agreeing as unknown as Scorm12Api });
      await restored(again, 100);
      expect(setsOf(set, 'cmi.core.lesson_status')).to.deep.equal([]);
      expect(setsOf(set, 'cmi.core.score.raw')).to.deep.equal([]);
    });
  });

  describe('when the progress does not fit cmi.suspend_data', () => {
    // 24 lesson cards with 185-character ids: 21 fit in 4,096 characters, 3 do not.
    const ids = Array.from({ length: 24 }, (_, index) => `lesson-${String(index + 1).padStart(2, '0')}-`.padEnd(185, 'x'));

    it('warns once, counting every completed activity that was really left out', async () => {
      const runtime = lmsRuntime();
      const course = await fixture<MhmCourse>(html`<mhm-course course-id="long-ids">
        ${ids.map((id) => html`<mhm-lesson-card id=${id} heading="Lesson"><p>Text.</p></mhm-lesson-card>`)}
      </mhm-course>`);
      await course.updateComplete;
      connection = connectScorm12(course, { api: runtime as unknown as Scorm12Api });
      const warnings = await captureConsole('warn', async () => {
        for (const card of course.querySelectorAll<HTMLElement>('mhm-lesson-card')) {
          await markComplete(card);
        }
        connection!.disconnect();
      });
      expect(course.progress.percent).to.equal(100);
      const kept = decodeSuspendData(cmi(runtime, 'cmi.suspend_data'))!.completed;
      expect(kept).to.deep.equal(ids.slice(0, 21));
      const told = warnings.filter((warning) => warning.includes('cmi.suspend_data'));
      expect(told).to.have.length(1);
      expect(told[0]).to.include('3 of the 24 completed activities will not be restored');
    });

    it('warns when the learner leaves with activities left out, counting them', async () => {
      const runtime = lmsRuntime();
      const course = await fixture<MhmCourse>(html`<mhm-course course-id="long-ids-left">
        ${ids.map((id) => html`<mhm-lesson-card id=${id} heading="Lesson"><p>Text.</p></mhm-lesson-card>`)}
      </mhm-course>`);
      await course.updateComplete;
      connection = connectScorm12(course, { api: runtime as unknown as Scorm12Api });
      const cards = [...course.querySelectorAll<HTMLElement>('mhm-lesson-card')].slice(0, 23);
      const warnings = await captureConsole('warn', async () => {
        for (const card of cards) {
          await markComplete(card);
        }
        window.dispatchEvent(new PageTransitionEvent('pagehide'));
      });
      const told = warnings.filter((warning) => warning.includes('cmi.suspend_data'));
      expect(told).to.have.length(1);
      expect(told[0]).to.include('2 of the 23 completed activities will not be restored');
    });
  });

  describe('logging', () => {
    it('logs one line per kind of error in a session where every call throws', async () => {
      const errors = await captureConsole('error', async () => {
        const course = await fixture<FakeCourseDouble>(html`<fake-mhm-course id="course"></fake-mhm-course>`);
        connection = connectScorm12(course, { api: throwingLms(lmsRuntime()), interactions: true });
        course.learnerOpens('what-is-mental-health');
        course.learnerAnswers({ questionIndex: 0, questionType: 'single', selected: ['a'], selectedIndexes: [0], correct: true, score: 1 });
        course.learnerAnswers({ questionIndex: 1, questionType: 'true-false', selected: ['true'], selectedIndexes: [0], correct: false, score: 0 });
        course.learnerCompletesEverything();
        connection.disconnect();
        expect(course.progress.percent).to.equal(100);
      });
      const calls = errors.map((line) => /the LMS (LMS\w+)\(/.exec(line)?.[1]);
      expect(calls).to.have.members(['LMSGetValue', 'LMSGetLastError', 'LMSSetValue', 'LMSCommit', 'LMSFinish']);
      expect(errors.every((line) => line.includes('threw Error: LMS is down'))).to.be.true;
    });

    it('logs a refused call once per SCORM error code, naming the first value it refused', async () => {
      const runtime = lmsRuntime();
      refuseSetValue(runtime, (element) => element !== 'cmi.core.lesson_status');
      const errors = await captureConsole('error', async () => {
        const course = await fixture<FakeCourseDouble>(html`<fake-mhm-course id="course"></fake-mhm-course>`);
        connection = connectScorm12(course, { api: runtime as unknown as Scorm12Api });
        course.learnerCompletesEverything();
        connection.disconnect();
      });
      const kinds = errors.map((line) => /(LMS\w+)\(.*SCORM error (\d+)/.exec(line)?.slice(1).join(' '));
      expect(kinds.every(Boolean), errors.join('\n')).to.be.true;
      expect(new Set(kinds).size, errors.join('\n')).to.equal(kinds.length);
      // lesson_location and suspend_data take any text: the spoiled value is accepted, not refused.
      expect(errors[0]).to.match(/LMSSetValue\("cmi\.core\.score\.min", "0"\) failed: SCORM error 405 "Incorrect Data Type"/);
    });
  });
});
