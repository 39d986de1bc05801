import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { checkCourse, CourseFileError, loadCourse, readCourseFile } from '../../src/internal/course-file.js';
import { directionOf } from '../../src/internal/lang.js';
import { markupProblems, renderRichText } from '../../src/internal/rich-text.js';
import badCourses from './fixtures/bad-courses.json' with { type: 'json' };

/** The built-in course as the CLI ships it (built by `npm run build`). */
async function englishCourse(): Promise<Record<string, unknown>> {
  return (await fetch('/dist/content/course-en.json')).json();
}

/** A copy of `course` with one change: `[...path, value]`, `null` removing the field. */
function patched(course: unknown, patch: unknown[]): unknown {
  const copy = structuredClone(course) as Record<string | number, unknown>;
  const [key, value] = patch.slice(-2) as [string, unknown];
  const target = (patch.slice(0, -2) as string[]).reduce<Record<string | number, unknown>>((node, step) => node[step] as Record<string, unknown>, copy);
  if (value === null) delete target[key];
  else target[key] = value;
  return copy;
}

describe('course files', () => {
  describe('checking', () => {
    for (const lang of ['en', 'fr', 'ar']) {
      it(`accepts the built-in ${lang} course`, async () => {
        const result = checkCourse(await (await fetch(`/dist/content/course-${lang}.json`)).json());
        expect(result.ok, result.ok ? '' : result.problems.join('\n')).to.be.true;
      });
    }

    for (const { name, path, patch } of badCourses) {
      it(`names the place of ${name}: ${path}`, async () => {
        const result = checkCourse(patched(await englishCourse(), patch));
        expect(result.ok).to.be.false;
        expect(!result.ok && result.problems.some((problem) => problem.startsWith(`${path}:`) || problem.startsWith(`${path}/`)), !result.ok ? result.problems.join('\n') : '').to.be.true;
      });
    }

    it('says on which line and column broken JSON broke', () => {
      const result = readCourseFile('{\n  "lang": "ha",\n  "title": "Lafiya",,\n}');
      expect(result.ok).to.be.false;
      expect(!result.ok && result.problems[0]).to.match(/line 3, column \d+/);
    });

    it('refuses a single-answer question with two right answers, and two activities with one id', async () => {
      const course = (await englishCourse()) as { activities: Array<Record<string, unknown>> };
      const quiz = course.activities[8] as { questions: Array<{ choices: Array<{ correct?: boolean }> }> };
      quiz.questions[0].choices.forEach((choice) => (choice.correct = true));
      course.activities[1].id = course.activities[0].id;
      const result = checkCourse(course);
      expect(!result.ok && result.problems.join('\n')).to.include('/activities/8/questions/0/choices: a "single" question needs exactly one choice').and.include('/activities/1/id:');
    });

    it('gives a course without `dir` the direction of its language', async () => {
      const course = { ...(await englishCourse()), lang: 'ps-AF', dir: undefined };
      expect(loadCourse(course).dir).to.equal('rtl');
      expect(loadCourse(JSON.stringify({ ...course, lang: 'ha' })).dir).to.equal('ltr');
      expect(loadCourse({ ...course, lang: 'ha', dir: 'rtl' }).dir).to.equal('rtl');
    });

    it('throws a CourseFileError that lists every mistake by its path', async () => {
      const course = patched(patched(await englishCourse(), ['title', null]), ['activities', 0, 'duration', -1]);
      let error: unknown;
      try {
        loadCourse(course as object);
      } catch (thrown) {
        error = thrown;
      }
      expect(error).to.be.instanceOf(CourseFileError);
      expect((error as CourseFileError).problems).to.have.length(2);
      expect((error as Error).message).to.include('/title: expected a text').and.include('/activities/0/duration');
    });
  });

  describe('direction from the language', () => {
    it('is right to left for Pashto, Dari, Persian, Urdu, Hebrew, Arabic, Sorani, Sindhi, Yiddish and Dhivehi', () => {
      for (const lang of ['ps', 'prs', 'fa-AF', 'fa', 'ur', 'he', 'ar-MA', 'ckb', 'sd', 'yi', 'dv', 'ha-Arab']) {
        expect(directionOf(lang), lang).to.equal('rtl');
      }
    });

    it('is left to right for Hausa, Wolof, Pulaar, Bambara, French and Latin-script Sindhi', () => {
      for (const lang of ['ha', 'wo', 'ff', 'bm', 'fr', 'sd-Latn', 'en']) {
        expect(directionOf(lang), lang).to.equal('ltr');
      }
    });
  });

  describe('the safe markup of a lesson body', () => {
    async function rendered(text: string): Promise<HTMLElement> {
      const el = await fixture<HTMLElement>(html`<p></p>`);
      render(renderRichText(text), el);
      return el;
    }

    it('renders emphasis, strong emphasis and links that pass the URL guard', async () => {
      const el = await rendered('Ask <em>someone</em> you <strong>trust</strong>, or <a href="https://www.iom.int/">IOM</a>.');
      expect(el.querySelector('em')!.textContent).to.equal('someone');
      expect(el.querySelector('strong')!.textContent).to.equal('trust');
      expect(el.querySelector('a')!.getAttribute('href')).to.equal('https://www.iom.int/');
      expect(el.textContent).to.equal('Ask someone you trust, or IOM.');
    });

    it('shows any other tag as the characters it is, and names it', async () => {
      const text = 'Hello <script>alert(1)</script> <b>bold</b> <img src=x onerror=alert(1)>';
      const el = await rendered(text);
      expect(el.querySelector('script, b, img')).to.equal(null);
      expect(el.textContent).to.equal(text);
      expect(markupProblems(text)).to.have.length(5);
    });

    it('keeps the text of a link whose address the guard refuses, without a link', async () => {
      const el = await rendered('<a href="javascript:alert(1)">Click</a>');
      expect(el.querySelector('a')).to.equal(null);
      expect(el.textContent).to.equal('Click');
      expect(markupProblems('<a href="javascript:alert(1)">Click</a>')[0]).to.include('"javascript:" scheme is not allowed');
    });

    it('names a tag left open or closed twice', () => {
      expect(markupProblems('An <em>open tag')).to.deep.equal(['"<em>" is not closed']);
      expect(markupProblems('A closing </strong> alone')).to.deep.equal(['"</strong>" closes nothing']);
    });
  });
});
