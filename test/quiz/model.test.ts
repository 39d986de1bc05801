import { expect } from '@open-wc/testing';
import {
    arrange,
    attemptSeed,
    buildQuiz,
    createRandom,
    parseShuffle,
    questionsFromJson,
    restoreProgress,
    scoreAnswer,
    shuffled,
    summarize,
    type Question,
    type QuestionSource,
} from '../../src/components/quiz/quiz-model.js';

const single: QuestionSource = {
  prompt: 'Which statement fits the WHO description of mental health?',
  explanation: 'It is about coping, working and contributing.',
  choices: [
    { text: 'A state of well-being', correct: true, feedback: 'Yes.' },
    { text: 'The absence of any mental disorder', feedback: 'Only part of it.' },
  ],
};

const multiple: QuestionSource = {
  type: 'multiple',
  prompt: 'Which are risks of uprooting?',
  choices: [
    { text: 'Loss of home', correct: true },
    { text: 'Loss of support networks', correct: true },
    { text: 'A guaranteed job', correct: false },
    { text: 'Loss of status', correct: true },
  ],
};

function only(source: QuestionSource): Question {
  const model = buildQuiz([source]);
  expect(model.issues, JSON.stringify(model.issues)).to.deep.equal([]);
  return model.questions[0];
}

describe('quiz model', () => {
  describe('building questions', () => {
    it('keeps a valid single question with its text, values, feedback and explanation', () => {
      const question = only(single);
      expect(question).to.include({ index: 0, type: 'single', prompt: single.prompt, explanation: 'It is about coping, working and contributing.' });
      expect(question.choices.map((choice) => [choice.value, choice.correct, choice.feedback])).to.deep.equal([
        ['A state of well-being', true, 'Yes.'],
        ['The absence of any mental disorder', false, 'Only part of it.'],
      ]);
    });

    it('folds white space in author text and prefers a choice value over its text', () => {
      const question = only({
        prompt: '  Two\n   lines  ',
        choices: [{ text: ' Yes ', value: 'y', correct: true }, { text: 'No' }],
      });
      expect(question.prompt).to.equal('Two lines');
      expect(question.choices.map((choice) => choice.value)).to.deep.equal(['y', 'No']);
    });

    it('generates True and False for a true-false question, from a text or a JSON boolean answer', () => {
      for (const answer of ['false', ' FALSE ', false]) {
        const question = only({ type: 'true-false', prompt: 'Migration always harms mental health.', answer });
        expect(question.choices.map((choice) => [choice.value, choice.generated, choice.correct])).to.deep.equal([
          ['true', 'true', false],
          ['false', 'false', true],
        ]);
      }
    });

    it('gives identical questions different keys, and a changed question a new key', () => {
      const model = buildQuiz([single, single]);
      expect(model.questions[0].key).to.not.equal(model.questions[1].key);
      const changed = only({ ...single, prompt: 'Another prompt' });
      expect(changed.key).to.not.equal(model.questions[0].key);
      expect(only(single).key).to.equal(model.questions[0].key);
    });

    const bad: Array<[string, QuestionSource, RegExp]> = [
      ['a missing prompt', { choices: single.choices }, /Write the question in prompt/],
      ['a single question with no correct choice', { prompt: 'P', choices: [{ text: 'A' }, { text: 'B' }] }, /Mark the right choice/],
      ['a single question with several correct choices', { prompt: 'P', choices: [{ text: 'A', correct: true }, { text: 'B', correct: true }] }, /exactly one right choice/],
      ['a multiple question with no correct choice', { type: 'multiple', prompt: 'P', choices: [{ text: 'A' }, { text: 'B' }] }, /at least one right choice/],
      ['a true-false question without a valid answer', { type: 'true-false', prompt: 'P', answer: 'maybe' }, /answer="true" or answer="false"/],
      ['fewer than two choices', { prompt: 'P', choices: [{ text: 'A', correct: true }] }, /at least two choices/],
    ];
    for (const [name, source, fix] of bad) {
      it(`leaves out ${name}, says why and where, and keeps the other questions`, () => {
        const model = buildQuiz([single, source]);
        expect(model.questions.map((question) => question.index)).to.deep.equal([0]);
        expect(model.issues).to.have.length(1);
        expect(model.issues[0].where).to.equal('question 2');
        expect(model.issues[0].fix).to.match(fix).and.match(/left out meanwhile/);
      });
    }

    it('drops an empty choice and a duplicate choice, each with its own message, and keeps the question', () => {
      const model = buildQuiz([
        { prompt: 'P', choices: [{ text: 'A', correct: true }, { text: '   ' }, { text: 'B' }, { text: 'b' }] },
      ]);
      expect(model.questions[0].choices.map((choice) => choice.text)).to.deep.equal(['A', 'B']);
      expect(model.issues.map((issue) => [issue.where, issue.value])).to.deep.equal([
        ['question 1, choice 2', '   '],
        ['question 1, choice 4', 'b'],
      ]);
      expect(model.issues[1].fix).to.match(/reads the same/);
    });

    it('treats an unknown type as single, and says so', () => {
      const model = buildQuiz([{ ...single, type: 'essay' }]);
      expect(model.questions[0].type).to.equal('single');
      expect(model.issues[0]).to.include({ where: 'question 1, type', value: 'essay' });
    });

    it('ignores choices given to a true-false question, and says so', () => {
      const model = buildQuiz([{ type: 'true-false', prompt: 'P', answer: 'true', choices: [{ text: 'Yes' }] }]);
      expect(model.questions[0].choices.map((choice) => choice.value)).to.deep.equal(['true', 'false']);
      expect(model.issues[0].where).to.equal('question 1, choices');
    });

    it('reports a quiz with no questions at all', () => {
      expect(buildQuiz([]).issues[0].where).to.equal('questions');
    });

    it('reads the JSON shape, and explains the expected shape for anything else', () => {
      expect(questionsFromJson({ questions: [single, 'junk'] }).sources).to.deep.equal([single, {}]);
      for (const data of [[single], { question: [] }, 'text', null]) {
        const read = questionsFromJson(data);
        expect(read.sources).to.deep.equal([]);
        expect(read.issue?.fix).to.match(/\{"questions": \[/);
      }
    });
  });

  describe('scoring', () => {
    it('scores single and true-false questions 1 for the right choice, else 0', () => {
      const question = only(single);
      expect(scoreAnswer(question, ['A state of well-being'], 'all')).to.equal(1);
      expect(scoreAnswer(question, ['The absence of any mental disorder'], 'all')).to.equal(0);
      const trueFalse = only({ type: 'true-false', prompt: 'P', answer: 'false' });
      expect(scoreAnswer(trueFalse, ['false'], 'partial')).to.equal(1);
      expect(scoreAnswer(trueFalse, ['true'], 'partial')).to.equal(0);
    });

    it('scores multiple questions all or nothing by default', () => {
      const question = only(multiple);
      expect(scoreAnswer(question, ['Loss of home', 'Loss of support networks', 'Loss of status'], 'all')).to.equal(1);
      expect(scoreAnswer(question, ['Loss of home', 'Loss of support networks'], 'all')).to.equal(0);
      expect(scoreAnswer(question, ['Loss of home', 'Loss of support networks', 'Loss of status', 'A guaranteed job'], 'all')).to.equal(0);
    });

    it('gives partial credit in proportion, a wrong tick cancelling a right one, never below 0', () => {
      const question = only(multiple);
      expect(scoreAnswer(question, ['Loss of home', 'Loss of support networks'], 'partial')).to.be.closeTo(2 / 3, 1e-9);
      expect(scoreAnswer(question, ['Loss of home', 'Loss of support networks', 'A guaranteed job'], 'partial')).to.be.closeTo(1 / 3, 1e-9);
      expect(scoreAnswer(question, ['Loss of home', 'A guaranteed job'], 'partial')).to.equal(0);
      expect(scoreAnswer(question, ['A guaranteed job'], 'partial')).to.equal(0);
      expect(scoreAnswer(question, ['Loss of home', 'Loss of support networks', 'Loss of status'], 'partial')).to.equal(1);
    });

    it('sums a quiz, rounds the percentage, and decides passed only when complete and a pass mark is set', () => {
      const questions = buildQuiz([single, multiple, { type: 'true-false', prompt: 'T', answer: 'true' }]).questions;
      const [a, b, c] = questions.map((question) => question.key);
      const partway = summarize(questions, { [a]: ['A state of well-being'] }, 'all', 50);
      expect(partway).to.deep.equal({ score: 1, maxScore: 3, percent: 33, answered: 1, complete: false, passed: null });

      const checked = { [a]: ['A state of well-being'], [b]: ['Loss of home'], [c]: ['true'] };
      expect(summarize(questions, checked, 'all', 67)).to.include({ score: 2, percent: 67, complete: true, passed: true });
      expect(summarize(questions, checked, 'all', 70)).to.include({ passed: false });
      expect(summarize(questions, checked, 'all')).to.include({ passed: null });
      expect(summarize(questions, checked, 'partial')).to.include({ score: 2.3333, percent: 78 });
    });
  });

  describe('shuffling', () => {
    const ten = Array.from({ length: 10 }, (_, i) => i);

    it('gives the same order for the same seed, another for another seed, and keeps every item', () => {
      const first = shuffled(ten, createRandom(42));
      expect(shuffled(ten, createRandom(42))).to.deep.equal(first);
      expect(shuffled(ten, createRandom(43))).to.not.deep.equal(first);
      expect([...first].sort((x, y) => x - y)).to.deep.equal(ten);
      expect(first).to.not.deep.equal(ten);
    });

    it('derives a different, reproducible seed for each attempt', () => {
      expect(attemptSeed('print', 1)).to.equal(attemptSeed('print', 1));
      expect(attemptSeed('print', 1)).to.not.equal(attemptSeed('print', 2));
    });

    it('reads the shuffle attribute', () => {
      expect(parseShuffle(null)).to.deep.equal({ questions: false, choices: false, unknown: [] });
      expect(parseShuffle('')).to.deep.equal({ questions: false, choices: true, unknown: [] });
      expect(parseShuffle('questions choices')).to.deep.equal({ questions: true, choices: true, unknown: [] });
      expect(parseShuffle('Questions, answers')).to.deep.equal({ questions: true, choices: false, unknown: ['answers'] });
    });

    it('arranges questions and choices from one seed; True and False never move', () => {
      const sources = Array.from({ length: 6 }, (_, n) => ({ ...multiple, prompt: `Question ${n}` }));
      const questions = buildQuiz([...sources, { type: 'true-false', prompt: 'T', answer: 'true' }]).questions;
      const both = { questions: true, choices: true, unknown: [] };
      const once = arrange(questions, 7, both);
      expect(arrange(questions, 7, both)).to.deep.equal(once);
      expect(once.map((item) => item.question.prompt)).to.not.deep.equal(questions.map((question) => question.prompt));
      const authored = (multiple.choices as Array<{ text: string }>).map((choice) => choice.text).join();
      expect(once.some((item) => item.choices.map((choice) => choice.text).join() !== authored)).to.be.true;
      const trueFalse = once.find((item) => item.question.type === 'true-false')!;
      expect(trueFalse.choices.map((choice) => choice.value)).to.deep.equal(['true', 'false']);

      const unshuffled = arrange(questions, 7, { questions: false, choices: false, unknown: [] });
      expect(unshuffled.map((item) => item.question)).to.deep.equal(questions);
      expect(unshuffled[0].choices).to.equal(questions[0].choices);
    });
  });

  describe('stored progress', () => {
    const progress = { attempt: 2, finished: 1, seed: 5, position: 1, selected: { k: ['a'] }, checked: { j: ['b', 'c'] }, showResult: false };

    it('accepts progress of the right shape', () => {
      expect(restoreProgress(JSON.parse(JSON.stringify(progress)))).to.deep.equal(progress);
    });

    it('drops anything else', () => {
      for (const broken of [null, 'text', [], { ...progress, attempt: 0 }, { ...progress, checked: { j: [1] } }, { ...progress, showResult: 'no' }]) {
        expect(restoreProgress(broken)).to.be.undefined;
      }
    });
  });
});
