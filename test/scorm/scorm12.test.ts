import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { connectScorm12, findScorm12Api, type Scorm12Api, type Scorm12Connection } from '../../src/scorm/scorm12.js';
import { decodeSuspendData, encodeSuspendData, suspendDataLimit } from '../../src/scorm/suspend-data.js';
import { FakeCourseDouble } from '../lms/fake-course.js';
import { answerOwnQuiz, answerStrays, realPage } from '../lms/real-page.js';
import { cmi, everyCmiValue, lmsRuntime, type Runtime } from '../lms/scorm-runtime.js';
import { captureConsole } from '../support/helpers.js';

// The LMS side is scorm-again, a real SCORM 1.2 run-time; the course side is the contract's test
// double (test/lms/fake-course.ts). test/scorm-package.test.ts runs the packaged real course.

async function launch(runtime: Runtime, options: { interactions?: boolean } = {}) {
  const course = await fixture<FakeCourseDouble>(html`<fake-mhm-course id="course"></fake-mhm-course>`);
  const connection = connectScorm12(course, { api: runtime as unknown as Scorm12Api, ...options });
  return { course, connection };
}

describe('connectScorm12', () => {
  let connection: Scorm12Connection | undefined;
  afterEach(() => {
    connection?.disconnect();
    connection = undefined;
  });

  describe('when the course starts', () => {
    it('initialises the LMS session and sets the status to incomplete', async () => {
      const runtime = lmsRuntime();
      ({ connection } = await launch(runtime));
      expect(connection.connected).to.be.true;
      expect(runtime.isInitialized()).to.be.true;
      expect(cmi(runtime, 'cmi.core.lesson_status')).to.equal('incomplete');
    });

    it('leaves a completed status as it is on a later launch', async () => {
      const runtime = lmsRuntime({ cmi: { core: { lesson_status: 'passed' } } });
      ({ connection } = await launch(runtime));
      expect(cmi(runtime, 'cmi.core.lesson_status')).to.equal('passed');
    });
  });

  describe('as the learner goes through the course', () => {
    it('records progress in suspend_data and the current activity in lesson_location, committing on progress', async () => {
      const runtime = lmsRuntime();
      const commit = sinon.spy(runtime, 'LMSCommit');
      const launched = await launch(runtime);
      connection = launched.connection;
      commit.resetHistory();
      launched.course.learnerOpens('what-is-mental-health');
      launched.course.learnerCompletes('what-is-mental-health');
      expect(cmi(runtime, 'cmi.core.lesson_location')).to.equal('what-is-mental-health');
      expect(decodeSuspendData(cmi(runtime, 'cmi.suspend_data'))).to.deep.equal({
        completed: ['what-is-mental-health'],
        current: 'what-is-mental-health',
      });
      expect(commit.callCount).to.be.greaterThan(0);
      expect(cmi(runtime, 'cmi.core.lesson_status')).to.equal('incomplete');
    });

    it('reports completed and the quiz percentage as score.raw (0 to 100) once every activity is complete', async () => {
      const runtime = lmsRuntime();
      const launched = await launch(runtime);
      connection = launched.connection;
      launched.course.learnerCompletesEverything(3);
      expect(cmi(runtime, 'cmi.core.lesson_status')).to.equal('completed');
      expect(cmi(runtime, 'cmi.core.score.raw')).to.equal('75');
      expect(cmi(runtime, 'cmi.core.score.min')).to.equal('0');
      expect(cmi(runtime, 'cmi.core.score.max')).to.equal('100');
    });

    for (const [score, status] of [
      [3, 'passed'],
      [2, 'failed'],
    ] as const) {
      it(`reports ${status} when the quiz has a pass mark and scores ${score} of 4`, async () => {
        const runtime = lmsRuntime();
        const launched = await launch(runtime);
        connection = launched.connection;
        launched.course.quizPassMark = 70;
        launched.course.learnerCompletesEverything(score);
        expect(cmi(runtime, 'cmi.core.lesson_status')).to.equal(status);
      });
    }

    it('keeps "passed" and the best score when the learner retakes the quiz and does worse', async () => {
      const runtime = lmsRuntime();
      const launched = await launch(runtime);
      connection = launched.connection;
      launched.course.quizPassMark = 70;
      launched.course.learnerCompletesEverything(4);
      expect(cmi(runtime, 'cmi.core.lesson_status')).to.equal('passed');
      launched.course.learnerFinishesQuiz(1, 4);
      expect(cmi(runtime, 'cmi.core.lesson_status')).to.equal('passed');
      expect(cmi(runtime, 'cmi.core.score.raw')).to.equal('100');
    });

    it('keeps the status incomplete when only the quiz is done, but records its score', async () => {
      const runtime = lmsRuntime();
      const launched = await launch(runtime);
      connection = launched.connection;
      launched.course.learnerFinishesQuiz(4, 4);
      expect(cmi(runtime, 'cmi.core.lesson_status')).to.equal('incomplete');
      expect(cmi(runtime, 'cmi.core.score.raw')).to.equal('100');
    });
  });

  describe('when the learner comes back', () => {
    it('gives the course the stored progress through restoreProgress', async () => {
      const first = lmsRuntime();
      const launched = await launch(first);
      launched.course.learnerOpens('five-reasons');
      launched.course.learnerCompletes('what-is-mental-health');
      launched.connection.disconnect();
      launched.course.remove();

      const second = lmsRuntime(first.renderCMIToJSONObject());
      const relaunched = await launch(second);
      connection = relaunched.connection;
      const restore = sinon.spy(relaunched.course, 'restoreProgress');
      await relaunched.course.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(restore.calledOnce).to.be.true;
      expect(relaunched.course.progress).to.deep.include({ completed: ['what-is-mental-health'], current: 'five-reasons' });
    });

    it('keeps the stored progress when an activity completes before the course has been given it', async () => {
      const stored = encodeSuspendData({ completed: ['what-is-mental-health'], current: null }).value;
      const runtime = lmsRuntime({ cmi: { suspend_data: stored } });
      const course = await fixture<FakeCourseDouble>(html`<fake-mhm-course id="course"></fake-mhm-course>`);
      connection = connectScorm12(course, { api: runtime as unknown as Scorm12Api });
      // Same task as the launch: the bridge is still waiting for the course to be ready.
      course.learnerCompletes('five-reasons');
      await course.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(course.progress.completed).to.have.members(['what-is-mental-health', 'five-reasons']);
      expect(decodeSuspendData(cmi(runtime, 'cmi.suspend_data'))?.completed).to.have.members(['what-is-mental-health', 'five-reasons']);
    });

    it('ignores corrupt or older suspend_data with a note, starts over and throws nothing', async () => {
      for (const stored of ['{not json', '{"v":0,"c":["what-is-mental-health"]}', '["a"]', '{"v":1,"c":[1,2]}']) {
        const runtime = lmsRuntime({ cmi: { suspend_data: stored } });
        let launched!: Awaited<ReturnType<typeof launch>>;
        const notes = await captureConsole('info', async () => {
          launched = await launch(runtime);
        });
        const restore = sinon.spy(launched.course, 'restoreProgress');
        await launched.course.updateComplete;
        expect(notes.join('\n'), stored).to.match(/cmi\.suspend_data.*another version or unreadable/);
        expect(restore.called, stored).to.be.false;
        launched.course.learnerCompletes('what-is-mental-health');
        expect(decodeSuspendData(cmi(runtime, 'cmi.suspend_data'))?.completed).to.deep.equal(['what-is-mental-health']);
        launched.connection.disconnect();
      }
    });
  });

  describe('privacy', () => {
    it('puts a reflection’s text in no CMI value, even when the course shares it in events', async () => {
      const runtime = lmsRuntime();
      const launched = await launch(runtime, { interactions: true });
      connection = launched.connection;
      const secret = 'My brother crossed the sea in 2019';
      launched.course.learnerOpens('mhm-course/reflection-1');
      launched.course.learnerWrites(secret);
      launched.course.learnerCompletesEverything();
      launched.course.learnerAnswers({ questionIndex: 0, questionType: 'single', selected: ['a'], selectedIndexes: [0], correct: true, score: 1 });
      connection.disconnect();
      expect(everyCmiValue(runtime)).not.to.include(secret);
      expect(everyCmiValue(runtime)).not.to.include('brother');
    });
  });

  describe('interactions', () => {
    it('records none unless asked', async () => {
      const runtime = lmsRuntime();
      const launched = await launch(runtime);
      connection = launched.connection;
      launched.course.learnerAnswers({ questionIndex: 0, questionType: 'single', selected: ['a'], selectedIndexes: [0], correct: true, score: 1 });
      expect(cmi(runtime, 'cmi.interactions._count')).to.equal('0');
    });

    it('records each checked answer with `interactions: true`', async () => {
      const runtime = lmsRuntime();
      const launched = await launch(runtime, { interactions: true });
      connection = launched.connection;
      const homes = 'Homes, communities or services may have been destroyed';
      launched.course.learnerAnswers({ questionIndex: 0, questionType: 'multiple', selected: [homes, 'Jobs may be few'], selectedIndexes: [0, 2], correct: false, score: 0 });
      launched.course.learnerAnswers({ questionIndex: 1, questionType: 'true-false', selected: ['false'], selectedIndexes: [1], correct: true, score: 1 });
      expect(cmi(runtime, 'cmi.interactions._count')).to.equal('2');
      const saved = runtime.renderCMIToJSONObject() as { cmi: { interactions: Record<string, Record<string, string>> } };
      expect(saved.cmi.interactions['0']).to.include({ id: 'course-quiz-q1', type: 'choice', student_response: 'a,c', result: 'wrong' });
      expect(saved.cmi.interactions['1']).to.include({ id: 'course-quiz-q2', type: 'true-false', student_response: 'f', result: 'correct' });
    });

    it('writes no response it cannot write as SCORM 1.2 choice identifiers (a 37th choice), and keeps the rest', async () => {
      const runtime = lmsRuntime();
      const launched = await launch(runtime, { interactions: true });
      connection = launched.connection;
      launched.course.learnerAnswers({ questionIndex: 0, questionType: 'single', selected: ['37th'], selectedIndexes: [36], correct: true, score: 1 });
      launched.course.learnerAnswers({ questionIndex: 1, questionType: 'single', selected: ['36th'], selectedIndexes: [35], correct: true, score: 1 });
      const saved = runtime.renderCMIToJSONObject() as { cmi: { interactions: Record<string, Record<string, string>> } };
      expect(saved.cmi.interactions['0']).to.include({ id: 'course-quiz-q1', type: 'choice', student_response: '', result: 'correct' });
      expect(saved.cmi.interactions['1']).to.include({ id: 'course-quiz-q2', student_response: '9' });
    });
  });

  describe('on a page with quizzes that are not the course’s', () => {
    it('records only the course’s own quiz: no interaction and no score from a quiz elsewhere or nested in an activity', async () => {
      const runtime = lmsRuntime();
      const { course, own, strays } = await realPage();
      connection = connectScorm12(course, { api: runtime as unknown as Scorm12Api, interactions: true });
      await answerStrays(strays);
      expect(strays.every((quiz) => quiz.completed)).to.be.true;
      expect(cmi(runtime, 'cmi.interactions._count')).to.equal('0');
      expect(cmi(runtime, 'cmi.core.score.raw')).to.equal('');

      await answerOwnQuiz(own);
      expect(cmi(runtime, 'cmi.interactions._count')).to.equal('3');
      const saved = runtime.renderCMIToJSONObject() as { cmi: { interactions: Record<string, { id: string }> } };
      expect(Object.values(saved.cmi.interactions).map((interaction) => interaction.id)).to.deep.equal(['course-quiz-q1', 'course-quiz-q2', 'course-quiz-q3']);
      expect(cmi(runtime, 'cmi.core.score.raw')).to.equal('67');
      expect(decodeSuspendData(cmi(runtime, 'cmi.suspend_data'))?.completed).to.deep.equal(['course-quiz']);
    });

    it('writes the course quiz’s answers in SCORM 1.2’s own formats, which a strict LMS accepts', async () => {
      const runtime = lmsRuntime();
      const { course, own } = await realPage();
      connection = connectScorm12(course, { api: runtime as unknown as Scorm12Api, interactions: true });
      await answerOwnQuiz(own);
      const saved = runtime.renderCMIToJSONObject() as { cmi: { interactions: Record<string, Record<string, string>> } };
      const written = Object.values(saved.cmi.interactions).map(({ id, type, student_response, result }) => ({ id, type, student_response, result }));
      expect(written).to.deep.equal([
        { id: 'course-quiz-q1', type: 'choice', student_response: 'b', result: 'correct' },
        { id: 'course-quiz-q2', type: 'true-false', student_response: 'f', result: 'correct' },
        { id: 'course-quiz-q3', type: 'choice', student_response: 'a,b', result: 'wrong' },
      ]);
      // The SCORM 1.2 RTE's formats (3.4.2.7), stricter than scorm-again, which accepts any text here.
      for (const interaction of written) {
        expect(interaction.id).to.match(/^[A-Za-z0-9_-]{1,255}$/);
        expect(interaction.student_response).to.match(interaction.type === 'true-false' ? /^[01tf]$/ : /^[0-9a-z](,[0-9a-z])*$/);
      }
    });
  });

  describe('leaving', () => {
    it('commits and finishes on pagehide, suspending an unfinished attempt with its session time', async () => {
      const runtime = lmsRuntime();
      const commit = sinon.spy(runtime, 'LMSCommit');
      const finish = sinon.spy(runtime, 'LMSFinish');
      const set = sinon.spy(runtime, 'LMSSetValue');
      const launched = await launch(runtime);
      commit.resetHistory();
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      expect(commit.calledBefore(finish)).to.be.true;
      expect(finish.calledOnce).to.be.true;
      expect(launched.connection.connected).to.be.false;
      // Both are write-only in SCORM 1.2: what the bridge wrote, and the LMS accepted.
      expect(set.calledWith('cmi.core.exit', 'suspend')).to.be.true;
      const sessionTime = set.args.find(([element]: string[]) => element === 'cmi.core.session_time');
      expect(sessionTime?.[1]).to.match(/^\d{2,4}:\d{2}:\d{2}$/);
      expect(set.returnValues.every((result: string) => result === 'true')).to.be.true;
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      launched.connection.disconnect();
      expect(finish.calledOnce).to.be.true;
    });

    it('stops recording once disconnected', async () => {
      const runtime = lmsRuntime();
      const launched = await launch(runtime);
      launched.connection.disconnect();
      const set = sinon.spy(runtime, 'LMSSetValue');
      launched.course.learnerCompletesEverything();
      expect(set.called).to.be.false;
    });
  });

  describe('with no LMS', () => {
    it('runs as a plain page and says so once in the console', async () => {
      const notes = await captureConsole('info', async () => {
        const course = await fixture<FakeCourseDouble>(html`<fake-mhm-course></fake-mhm-course>`);
        expect(connectScorm12(course).connected).to.be.false;
        expect(connectScorm12(course).connected).to.be.false;
        expect(() => course.learnerCompletesEverything()).not.to.throw();
      });
      expect(notes.filter((note) => note.includes('no SCORM 1.2 LMS found'))).to.have.length.at.most(1);
    });
  });

  describe('an LMS that fails', () => {
    it('logs the SCORM error code and text when a call is refused, and the course keeps working', async () => {
      const runtime = lmsRuntime();
      const errors = await captureConsole('error', async () => {
        const launched = await launch(runtime);
        // The LMS refuses the score (out of range, as a corrupted value arrives) and accepts the rest.
        const setValue = runtime.LMSSetValue.bind(runtime);
        sinon
          .stub(runtime, 'LMSSetValue')
          .callsFake((element: string, value: unknown) => setValue(element, element === 'cmi.core.score.raw' ? '150' : value));
        launched.course.learnerCompletesEverything();
        expect(launched.course.progress.percent).to.equal(100);
        expect(cmi(runtime, 'cmi.core.lesson_status')).to.equal('completed');
        launched.connection.disconnect();
      });
      expect(errors.join('\n')).to.match(/LMSSetValue\("cmi\.core\.score\.raw", "75"\) failed: SCORM error 40\d "[A-Z][^"]+"/);
    });

    it('logs a throwing API once per call, never throws, and the course keeps working', async () => {
      const broken: Scorm12Api = {
        LMSInitialize: () => 'true',
        LMSFinish: () => 'true',
        LMSGetValue: () => {
          throw new Error('LMS is down');
        },
        LMSSetValue: () => {
          throw new TypeError('LMS is down');
        },
        LMSCommit: () => 'false',
        LMSGetLastError: () => '101',
        LMSGetErrorString: () => 'General Exception',
        LMSGetDiagnostic: () => 'Server unreachable',
      };
      const errors = await captureConsole('error', async () => {
        const course = await fixture<FakeCourseDouble>(html`<fake-mhm-course></fake-mhm-course>`);
        connection = connectScorm12(course, { api: broken });
        course.learnerCompletesEverything();
        course.learnerCompletes('what-is-mental-health');
        connection.disconnect();
        expect(course.progress.percent).to.equal(100);
      });
      expect(errors.join('\n')).to.include('LMSSetValue("cmi.core.lesson_status", "incomplete") threw TypeError: LMS is down');
      expect(errors.join('\n')).to.include('LMSCommit() failed: SCORM error 101 "General Exception" (Server unreachable)');
      expect(new Set(errors).size).to.equal(errors.length);
    });

    it('records nothing when LMSInitialize is refused, with the error logged', async () => {
      const runtime = lmsRuntime();
      runtime.LMSInitialize();
      runtime.LMSFinish();
      const errors = await captureConsole('error', async () => {
        ({ connection } = await launch(runtime));
      });
      expect(connection!.connected).to.be.false;
      expect(errors.join('\n')).to.match(/LMSInitialize\(\) failed: SCORM error \d+ "/);
    });
  });
});

describe('findScorm12Api', () => {
  const api = lmsRuntime() as unknown as Scorm12Api;

  /** A chain of fake windows: index 0 is the page, each next one its parent; the last is the top. */
  function windows(depth: number, apiAt: number | null, extra: Record<string, unknown> = {}): Window[] {
    const chain = Array.from({ length: depth + 1 }, () => ({}) as Record<string, unknown>);
    chain.forEach((win, index) => {
      win.parent = chain[index + 1] ?? win;
      win.top = chain[depth];
    });
    if (apiAt !== null) chain[apiAt].API = api;
    Object.assign(chain[0], extra);
    return chain as unknown as Window[];
  }

  it('finds the API on the window itself and on a parent', () => {
    expect(findScorm12Api(windows(0, 0)[0])).to.equal(api);
    expect(findScorm12Api(windows(3, 3)[0])).to.equal(api);
  });

  it('climbs at most seven parents', () => {
    expect(findScorm12Api(windows(7, 7)[0])).to.equal(api);
    expect(findScorm12Api(windows(9, 9)[0])).to.be.null;
  });

  it('looks in the opener and its parents when no parent has it', () => {
    const opener = windows(1, 1);
    expect(findScorm12Api(windows(0, null, { opener: opener[0] })[0])).to.equal(api);
  });

  it('skips a parent from another origin, whose properties throw, and ignores an incomplete API', () => {
    const page = windows(1, null)[0] as unknown as Record<string, unknown>;
    page.parent = new Proxy({}, { get: () => { throw new DOMException('Blocked a frame', 'SecurityError'); } });
    expect(findScorm12Api(page as unknown as Window)).to.be.null;
    const partial = windows(0, null, { API: { LMSInitialize: () => 'true' } });
    expect(findScorm12Api(partial[0])).to.be.null;
  });
});

describe('suspend_data encoding', () => {
  it('round-trips completed ids and the current activity', () => {
    const encoded = encodeSuspendData({ completed: ['a', 'b', 'a'], current: 'c' });
    expect(encoded.dropped).to.equal(0);
    expect(decodeSuspendData(encoded.value)).to.deep.equal({ completed: ['a', 'b'], current: 'c' });
  });

  it('never exceeds 4,096 characters, dropping the current activity and then the last ids', () => {
    const ids = Array.from({ length: 200 }, (_, index) => `a-rather-long-activity-id-number-${index}`);
    const encoded = encodeSuspendData({ completed: ids, current: 'x' });
    expect(encoded.value.length).to.be.at.most(suspendDataLimit);
    const decoded = decodeSuspendData(encoded.value)!;
    expect(decoded.current).to.be.null;
    expect(decoded.completed).to.deep.equal(ids.slice(0, ids.length - encoded.dropped));
    expect(encoded.dropped).to.be.greaterThan(0);
  });
});
