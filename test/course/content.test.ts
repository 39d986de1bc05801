import { expect } from '@open-wc/testing';
import { courseContent, courseLocales } from '../../src/content/course/index.js';

const loadCourse = (lang: string) => courseContent.load(lang);
import type { CourseActivity, CourseContent } from '../../src/content/course/types.js';
import { verdicts } from '../../src/components/quiz/quiz-render.js';
import ar from '../../src/translations/ar.js';
import en from '../../src/translations/en.js';
import fr from '../../src/translations/fr.js';

const interfaceText = { en, fr, ar } as const;

/** How each language names K-par-Cas 2's publisher beside it, so the learner knows what to look for. */
const toolkitOwner = { en: 'K-par-Cas 2: IOM’s toolkit', fr: 'K-par-Cas 2\u00a0: la boîte à outils de l’OIM', ar: '«K-par-Cas 2»: مجموعة أدوات المنظمة الدولية للهجرة' } as const;

/**
 * What must be identical in every language: everything but the words. Optional text is recorded as
 * present or absent, so a translation cannot drop a content note or a choice's feedback.
 */
function skeleton(course: CourseContent) {
  return {
    activities: course.activities.map((activity: CourseActivity) => {
      switch (activity.kind) {
        case 'lesson':
          return {
            kind: activity.kind,
            id: activity.id,
            duration: activity.duration,
            contentNote: activity.contentNote !== undefined,
            source: activity.source !== undefined,
            paragraphs: activity.paragraphs.length,
            takeaways: activity.takeaways.length,
          };
        case 'reflection':
          return { kind: activity.kind, id: activity.id, hints: activity.hints.length };
        case 'quiz':
          return {
            kind: activity.kind,
            id: activity.id,
            questions: activity.questions.map((question) =>
              question.type === 'true-false'
                ? { type: question.type, answer: question.answer }
                : {
                    type: question.type,
                    choices: question.choices.map((choice) => ({
                      correct: choice.correct === true,
                      feedback: choice.feedback !== undefined,
                    })),
                  },
            ),
          };
        default:
          return { kind: activity.kind, id: activity.id };
      }
    }),
    closingParagraphs: course.closing.paragraphs.length,
  };
}

/** Every piece of learner-facing text, with where it is, for error messages. */
function texts(course: CourseContent): Array<[where: string, text: string]> {
  const found: Array<[string, string]> = [
    ['title', course.title],
    ['summary', course.summary],
    ['supportNote', course.supportNote],
    ['closing.heading', course.closing.heading],
    ['closing.furtherLearning', course.closing.furtherLearning],
    ...course.closing.paragraphs.map((text, i): [string, string] => [`closing.paragraphs[${i}]`, text]),
  ];
  for (const activity of course.activities) {
    const at = (field: string, text: string) => found.push([`${activity.id} ${field}`, text]);
    if (activity.kind === 'lesson') {
      at('eyebrow', activity.eyebrow);
      at('heading', activity.heading);
      if (activity.contentNote !== undefined) at('contentNote', activity.contentNote);
      if (activity.source !== undefined) at('source', activity.source);
      activity.paragraphs.forEach((text, i) => at(`paragraphs[${i}]`, typeof text === 'string' ? text : text.list.join(' ')));
      activity.takeaways.forEach((text, i) => at(`takeaways[${i}]`, text));
    } else if (activity.kind === 'reflection') {
      at('prompt', activity.prompt);
      activity.hints.forEach((text, i) => at(`hints[${i}]`, text));
    } else if (activity.kind === 'quiz') {
      at('heading', activity.heading);
      activity.questions.forEach((question, q) => {
        at(`questions[${q}].prompt`, question.prompt);
        at(`questions[${q}].explanation`, question.explanation);
        if (question.type !== 'true-false') {
          question.choices.forEach((choice, c) => {
            at(`questions[${q}].choices[${c}].text`, choice.text);
            if (choice.feedback !== undefined) at(`questions[${q}].choices[${c}].feedback`, choice.feedback);
          });
        }
      });
    }
  }
  return found;
}

function quizOf(course: CourseContent) {
  const quiz = course.activities.find((activity) => activity.kind === 'quiz');
  if (quiz?.kind !== 'quiz') {
    throw new Error(`${course.lang}: the course has no quiz`);
  }
  return quiz;
}

describe('built-in course content', () => {
  let english: CourseContent;

  before(async () => {
    english = await loadCourse('en');
  });

  describe('in English, the reference', () => {
    it('follows the order of the course: lessons 1 to 4, the five reasons, lesson 5, the quiz last', () => {
      const kinds = english.activities.map((activity) => activity.kind).filter((kind) => kind !== 'reflection');
      expect(kinds).to.deep.equal(['lesson', 'lesson', 'lesson', 'lesson', 'five-reasons', 'lesson', 'quiz']);
      expect(english.activities.at(-1)?.kind).to.equal('quiz');
    });

    it('has two or three reflections, after a lesson each', () => {
      const indexes = english.activities.flatMap((activity, i) => (activity.kind === 'reflection' ? [i] : []));
      expect(indexes.length).to.be.within(2, 3);
      for (const i of indexes) {
        expect(english.activities[i - 1].kind, `activity before reflection ${i}`).to.equal('lesson');
      }
    });

    it('keeps lessons phone-sized: 3 to 6 paragraphs, 3 or 4 takeaways, a duration and a source', () => {
      for (const activity of english.activities) {
        if (activity.kind === 'lesson') {
          expect(activity.paragraphs.length, activity.id).to.be.within(3, 6);
          expect(activity.takeaways.length, activity.id).to.be.within(3, 4);
          expect(Number.isInteger(activity.duration) && activity.duration > 0, activity.id).to.be.true;
          expect(activity.source, activity.id).to.be.a('string');
        }
      }
    });

    it('has a quiz of 7 or 8 questions mixing single, multiple and true-false', () => {
      const { questions } = quizOf(english);
      expect(questions.length).to.be.within(7, 8);
      expect(new Set(questions.map((question) => question.type))).to.have.all.keys('single', 'multiple', 'true-false');
    });

    it('gives feedback in kind words', () => {
      for (const [where, text] of texts(english)) {
        expect(text, where).not.to.match(/\b(wrong|incorrect|fail(ed)? the)\b/i);
      }
    });
  });

  describe('ids', () => {
    it('are unique, and reflections are scoped to the course', () => {
      const ids = english.activities.map((activity) => activity.id);
      expect(new Set(ids).size).to.equal(ids.length);
      for (const activity of english.activities) {
        if (activity.kind === 'reflection') {
          expect(activity.id).to.match(/^mhm-course\/[a-z0-9]+(-[a-z0-9]+)*$/);
        }
      }
    });
  });

  for (const locale of courseLocales) {
    describe(`in ${locale}`, () => {
      let course: CourseContent;

      before(async () => {
        course = await loadCourse(locale);
      });

      it('loads in its own language and direction', () => {
        expect(course.lang).to.equal(locale);
        expect(course.dir).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
      });

      it('has the same structure as English: activities, counts, right answers', () => {
        expect(skeleton(course)).to.deep.equal(skeleton(english));
      });

      it('does not repeat the quiz’s verdict ("Not quite", "Correct"…) at the start of feedback or explanations', () => {
        const words = Object.values(verdicts).map(([, term]) => interfaceText[locale as keyof typeof interfaceText][term].toLowerCase());
        for (const [where, text] of texts(course).filter(([where]) => /feedback|explanation/.test(where))) {
          expect(words.some((word) => text.toLowerCase().startsWith(word)), `${where}: "${text}"`).to.be.false;
        }
      });

      it('says what K-par-Cas 2 is, and says plainly who must do what for services to keep working', () => {
        expect(course.closing.furtherLearning).to.contain(toolkitOwner[locale as keyof typeof toolkitOwner]);
        for (const [where, text] of texts(course)) {
          expect(text, where).not.to.match(/\bTo last\b|Pour durer|services durent|تدوم الخدمات/);
        }
      });

      it('has no empty text', () => {
        for (const [where, text] of texts(course)) {
          expect(text.trim(), where).not.to.equal('');
        }
      });

      it('is plain text: no HTML, no markdown, no stray spaces', () => {
        for (const [where, text] of texts(course)) {
          expect(text, where).not.to.match(/[<>*#`_]|\]\(|&[a-z]+;/i);
          expect(text, where).to.equal(text.trim());
          expect(text, where).not.to.match(/ {2}/);
          // Two pieces of a long string joined without their space: "end.Start".
          expect(text, where).not.to.match(/[.,;:!?،؛؟][\p{L}]/u);
        }
      });

      it('follows the quiz rules', () => {
        for (const [q, question] of quizOf(course).questions.entries()) {
          const where = `${locale} question ${q + 1}`;
          expect(question.explanation.trim(), where).not.to.equal('');
          if (question.type === 'true-false') {
            expect(['true', 'false'], where).to.include(question.answer);
            expect(question, where).not.to.have.property('choices');
            continue;
          }
          expect(question, where).not.to.have.property('answer');
          expect(question.choices.length, where).to.be.at.least(2);
          const correct = question.choices.filter((choice) => choice.correct === true).length;
          if (question.type === 'single') {
            expect(correct, where).to.equal(1);
          } else {
            expect(correct, where).to.be.at.least(1);
          }
          const normalised = question.choices.map((choice) => choice.text.trim().toLowerCase());
          expect(new Set(normalised).size, `${where}: duplicate choice text`).to.equal(normalised.length);
        }
      });

      it('is the JSON <mhm-quiz> reads', () => {
        const quiz = quizOf(course);
        const json = JSON.parse(JSON.stringify({ questions: quiz.questions }));
        expect(json.questions).to.deep.equal(quiz.questions);
      });
    });
  }

  describe('loadCourse', () => {
    it('matches regional tags to their language', async () => {
      expect((await loadCourse('fr-CA')).lang).to.equal('fr');
      expect((await loadCourse('AR-ma')).lang).to.equal('ar');
    });

    it('falls back to English for a language the course is not written in', async () => {
      for (const tag of ['de', 'pt', 'zz-Latn', '']) {
        expect((await loadCourse(tag)).lang, tag).to.equal('en');
      }
    });

    it('loads each language as its own module', async () => {
      const [en, fr, ar] = await Promise.all(courseLocales.map((locale) => loadCourse(locale)));
      expect(new Set([en, fr, ar]).size).to.equal(3);
      expect(await loadCourse('en')).to.equal(en);
    });
  });
});
