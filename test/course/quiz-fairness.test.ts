import { expect } from '@open-wc/testing';
import { courseContent, courseLocales } from '../../src/content/course/index.js';
import type { CourseContent, CourseQuiz, CourseQuizQuestion } from '../../src/content/course/types.js';

/**
 * The built-in quiz must test what a learner understood, not how well they read its layout: no
 * position, length or wording may point to the right answer, in any language.
 */

type ChoiceQuestion = Extract<CourseQuizQuestion, { choices: unknown }>;

/** Words that tell how many choices to tick, in the course's languages. */
const countWords = /\b(two|three|four|both|deux|trois|quatre)\b|اثن|ثلاث|أربع|أمران|أمرين|\d/iu;

function quizOf(course: CourseContent): CourseQuiz {
  return course.activities.find((activity): activity is CourseQuiz => activity.kind === 'quiz')!;
}

const choiceQuestions = (quiz: CourseQuiz) => quiz.questions.filter((question): question is ChoiceQuestion => question.type !== 'true-false');
const singles = (quiz: CourseQuiz) => choiceQuestions(quiz).filter((question) => question.type === 'single');
const multiples = (quiz: CourseQuiz) => choiceQuestions(quiz).filter((question) => question.type === 'multiple');

/**
 * The best share of the quiz a learner gets right without reading a word: the same position in every
 * single-answer question, the same value in every true/false one, and, in every multiple-answer one,
 * every choice or every choice but the one at the same position.
 */
function bestScoreByPosition(quiz: CourseQuiz): number {
  const widest = Math.max(...choiceQuestions(quiz).map((question) => question.choices.length));
  const positions = [...Array(widest).keys()];
  const singleRight = (position: number) => singles(quiz).filter((question) => question.choices[position]?.correct === true).length;
  const trueFalse = quiz.questions.filter((question) => question.type === 'true-false');
  const valueRight = (value: string) => trueFalse.filter((question) => question.answer === value).length;
  const ticksRight = (skip: number) =>
    multiples(quiz).filter((question) => question.choices.every((choice, i) => (choice.correct === true) === (i !== skip))).length;
  const best =
    Math.max(...positions.map(singleRight)) + Math.max(valueRight('true'), valueRight('false')) + Math.max(...[-1, ...positions].map(ticksRight));
  return best / quiz.questions.length;
}

/** Whether the longest choice of a question (in characters) is a right one. */
function longestIsRight(question: ChoiceQuestion): boolean {
  const longest = question.choices.reduce((best, choice) => (choice.text.length > best.text.length ? choice : best));
  return longest.correct === true;
}

/** Where the right answers are, in a form that can be compared across languages. */
const rightAnswers = (quiz: CourseQuiz) =>
  quiz.questions.map((question) =>
    question.type === 'true-false' ? question.answer : question.choices.flatMap((choice, i) => (choice.correct ? [i] : [])).join(','),
  );

describe('built-in quiz fairness', () => {
  const courses = new Map<string, CourseQuiz>();

  before(async () => {
    for (const locale of courseLocales) {
      courses.set(locale, quizOf(await courseContent.load(locale)));
    }
  });

  for (const locale of courseLocales) {
    describe(`in ${locale}`, () => {
      it('passes no one who answers by position alone: the best such learner scores below half', () => {
        expect(bestScoreByPosition(courses.get(locale)!)).to.be.below(0.5);
      });

      it('spreads the right answers of single-answer questions: no position holds most of them', () => {
        const questions = singles(courses.get(locale)!);
        const positions = questions.map((question) => question.choices.findIndex((choice) => choice.correct));
        for (const position of new Set(positions)) {
          const count = positions.filter((p) => p === position).length;
          expect(count, `right answer at choice ${position + 1} in ${count} of ${questions.length}`).to.be.at.most(questions.length / 2);
        }
      });

      it('does not always put a wrong option last in multiple-answer questions', () => {
        const lastIsWrong = multiples(courses.get(locale)!).map((question) => question.choices.at(-1)!.correct !== true);
        expect(lastIsWrong).to.include(false);
      });

      it('mixes true and false answers', () => {
        const answers = courses.get(locale)!.questions.flatMap((question) => (question.type === 'true-false' ? [question.answer] : []));
        expect(new Set(answers)).to.have.all.keys('true', 'false');
      });

      it('does not make the right answer the longest choice in most questions', () => {
        const questions = choiceQuestions(courses.get(locale)!);
        const tells = questions.filter(longestIsRight).map((question) => question.prompt);
        expect(tells.length, `the longest choice is right in: ${tells.join(' | ')}`).to.be.at.most(questions.length / 2);
      });

      it('does not say how many choices to tick', () => {
        for (const question of choiceQuestions(courses.get(locale)!)) {
          expect(question.prompt).not.to.match(countWords);
        }
      });
    });
  }

  it('has the same right answers, at the same positions, in every language', () => {
    const english = rightAnswers(courses.get('en')!);
    for (const locale of courseLocales) {
      expect(rightAnswers(courses.get(locale)!), locale).to.deep.equal(english);
    }
  });
});
