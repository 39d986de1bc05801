import { expect } from '@open-wc/testing';
import {
    activityKind,
    assignIds,
    completionOf,
    isBetterQuizResult,
    courseQuizResult,
    parseProgress,
    percentOf,
    progressOf,
    quizResultOf,
    readProgressInput,
    serializeProgress,
    storageKey,
} from '../../src/components/course/course-model.js';

const result = { score: 3, maxScore: 4, percent: 75, passed: true };

describe('course model', () => {
  describe('activityKind', () => {
    it('knows the four components and marked elements, and nothing else', () => {
      expect(['mhm-lesson-card', 'mhm-quiz', 'mhm-reflection-prompt', 'mhm-five-reasons'].map((tag) => activityKind(tag, false))).to.deep.equal([
        'lesson',
        'quiz',
        'reflection',
        'carousel',
      ]);
      expect(activityKind('MHM-QUIZ', false)).to.equal('quiz');
      expect(activityKind('div', true)).to.equal('other');
      expect(activityKind('p', false)).to.equal(undefined);
      expect(activityKind('mhm-slide', false)).to.equal(undefined);
    });
  });

  describe('completionOf', () => {
    it('completes a lesson and takes it back', () => {
      expect(completionOf('lesson', { activity: 'lesson', id: '', completed: true })).to.equal(true);
      expect(completionOf('lesson', { activity: 'lesson', id: '', completed: false })).to.equal(false);
    });

    it('completes a quiz when finished, unless it has a pass mark that was missed, and never takes it back', () => {
      const finished = { activity: 'quiz', id: '', completed: true, score: 1, maxScore: 2, percent: 50 } as const;
      expect(completionOf('quiz', { ...finished, passed: null })).to.equal(true);
      expect(completionOf('quiz', { ...finished, passed: true })).to.equal(true);
      // A missed pass mark (a first attempt, or a worse retake after a pass) changes nothing.
      expect(completionOf('quiz', { ...finished, passed: false })).to.equal(undefined);
    });

    it('completes a quiz whose last attempt missed the pass mark, finished but not passed', () => {
      const missed = { activity: 'quiz', id: '', completed: true, score: 1, maxScore: 2, percent: 50, passed: false } as const;
      expect(completionOf('quiz', missed, true)).to.equal(true);
      expect(completionOf('quiz', missed, false)).to.equal(undefined);
      expect(completionOf('quiz', { ...missed, completed: false } as never, true)).to.equal(undefined);
    });

    it('keeps the better quiz result: a pass over a miss, then the higher percentage', () => {
      const result = (percent: number, passed: boolean | null) => ({ score: percent, maxScore: 100, percent, passed });
      expect(isBetterQuizResult(result(40, false), undefined)).to.be.true;
      expect(isBetterQuizResult(result(40, false), result(80, true))).to.be.false;
      expect(isBetterQuizResult(result(70, true), result(90, false))).to.be.true;
      expect(isBetterQuizResult(result(90, true), result(80, true))).to.be.true;
      expect(isBetterQuizResult(result(60, null), result(80, null))).to.be.false;
    });

    it('completes reflections, carousels and other activities only with completed: true', () => {
      expect(completionOf('reflection', { completed: true })).to.equal(true);
      expect(completionOf('carousel', { completed: true })).to.equal(true);
      expect(completionOf('other', { completed: false })).to.equal(undefined);
      expect(completionOf('other', null)).to.equal(undefined);
      expect(completionOf('quiz', { completed: true })).to.equal(undefined);
    });
  });

  describe('quizResultOf', () => {
    it('reads a quiz detail and nothing else', () => {
      expect(quizResultOf({ activity: 'quiz', id: 'q', completed: true, ...result })).to.deep.equal(result);
      expect(quizResultOf({ activity: 'lesson', id: 'q', completed: true })).to.equal(undefined);
      expect(quizResultOf({ activity: 'quiz', id: 'q', completed: true, score: Number.NaN, maxScore: 1, percent: 0, passed: null })).to.equal(undefined);
    });
  });

  describe('percentOf and progressOf', () => {
    it('rounds down, so 100 means every activity', () => {
      expect([percentOf(0, 9), percentOf(1, 9), percentOf(8, 9), percentOf(9, 9), percentOf(1, 0), percentOf(2, 150)]).to.deep.equal([0, 11, 88, 100, 0, 1]);
      expect(percentOf(199, 200)).to.equal(99);
    });

    it('lists complete ids in course order and finds the current activity', () => {
      const ids = ['a', 'b', 'c'];
      expect(progressOf(ids, new Set(['c', 'x', 'a']), null)).to.deep.equal({ completed: ['a', 'c'], total: 3, percent: 66, current: 'b' });
      expect(progressOf(ids, new Set(), 'c').current).to.equal('c');
      expect(progressOf(ids, new Set(), 'gone').current).to.equal('a');
      expect(progressOf(ids, new Set(ids), null).current).to.equal(null);
      expect(progressOf([], new Set(), null)).to.deep.equal({ completed: [], total: 0, percent: 0, current: null });
    });
  });

  describe('assignIds', () => {
    it('keeps unique author ids and gives the others a positional one', () => {
      expect(assignIds(['intro', null, ' ', 'intro', 'activity-2'])).to.deep.equal({
        ids: ['intro', 'activity-2-2', 'activity-3', 'activity-4', 'activity-2'],
        missing: [1, 2],
        duplicate: [3],
      });
    });

    it('gives the same ids to the same markup', () => {
      expect(assignIds([null, 'b', null]).ids).to.deep.equal(assignIds([null, 'b', null]).ids);
    });
  });

  describe('readProgressInput', () => {
    it('keeps string ids and a valid current, refuses the rest', () => {
      expect(readProgressInput({ completed: ['a', 3, null, 'b'], current: 'b' })).to.deep.equal({ completed: ['a', 'b'], current: 'b' });
      expect(readProgressInput({ completed: [], current: 7 })).to.deep.equal({ completed: [], current: undefined });
      expect(readProgressInput({ completed: [], current: null })).to.deep.equal({ completed: [], current: null });
      for (const bad of [null, undefined, 'a', [], { completed: 'a' }]) {
        expect(readProgressInput(bad)).to.equal(undefined);
      }
    });
  });

  describe('stored format', () => {
    it('round-trips', () => {
      const raw = serializeProgress({ completed: ['a'], current: 'b', finished: true, quizzes: { q: result } });
      expect(JSON.parse(raw)).to.deep.equal({ v: 1, completed: ['a'], current: 'b', finished: true, quizzes: { q: result } });
      expect(parseProgress(raw)).to.deep.equal({ kind: 'progress', progress: JSON.parse(raw) });
      expect(storageKey('intro-course')).to.equal('course:intro-course');
    });

    it('reads nothing as nothing, and older or damaged data as unreadable, with a reason', () => {
      expect(parseProgress(null)).to.deep.equal({ kind: 'none' });
      const reasons = ['{', '[1]', '"text"', '{"v":0,"completed":[]}', '{"completed":[]}', '{"v":1,"completed":[1]}', '{"v":1}'].map((raw) => {
        const parsed = parseProgress(raw);
        expect(parsed.kind, raw).to.equal('unreadable');
        return parsed.kind === 'unreadable' ? parsed.reason : '';
      });
      expect(reasons[3]).to.contain('format 0');
    });

    it('drops damaged quiz results and wrong-typed fields, and never reaches a prototype', () => {
      const parsed = parseProgress(
        '{"v":1,"completed":["a"],"current":5,"finished":"yes","quizzes":{"q":{"score":1},"__proto__":{"polluted":true},"r":' +
          JSON.stringify(result) +
          '}}',
      );
      expect(parsed).to.deep.equal({ kind: 'progress', progress: { v: 1, completed: ['a'], current: null, finished: false, quizzes: { r: result } } });
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });
  });

  describe('courseQuizResult', () => {
    it('reports the last quiz in course order that has a result', () => {
      const other = { ...result, score: 1, percent: 25 };
      expect(courseQuizResult(['q1', 'q2'], { q1: result, q2: other })).to.deep.equal(other);
      expect(courseQuizResult(['q1', 'q2'], { q1: result })).to.deep.equal(result);
      expect(courseQuizResult(['q1'], {})).to.equal(null);
      expect(courseQuizResult([], { q1: result })).to.equal(null);
    });
  });
});
