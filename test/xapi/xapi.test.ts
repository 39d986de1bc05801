import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { storagePrefix } from '../../src/internal/storage.js';
import { connectXapi, type XapiConnection, type XapiOptions, type XapiStatement } from '../../src/xapi/xapi.js';
import { FakeCourseDouble } from '../lms/fake-course.js';
import { answerOwnQuiz, answerStrays, realPage } from '../lms/real-page.js';

// The course side is the contract's test double (test/lms/fake-course.ts); the LRS is a fake fetch.

const endpoint = 'https://lrs.example.org/xapi/';
const options: XapiOptions = {
  endpoint,
  auth: 'Basic a2V5OnNlY3JldA==',
  actor: { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'learner-42' } },
  activityBase: 'https://partner.example.org/courses/',
};

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const languageTag = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

function expectLanguageMap(map: unknown, lang: string, where: string): void {
  expect(map, where).to.be.an('object');
  const entries = Object.entries(map as Record<string, unknown>);
  expect(entries, where).to.have.length(1);
  expect(entries[0][0], where).to.equal(lang);
  expect(entries[0][0], where).to.match(languageTag);
  expect(entries[0][1], where).to.be.a('string').and.not.be.empty;
}

function expectIri(value: unknown, where: string): void {
  expect(value, where).to.be.a('string');
  expect(() => new URL(value as string), where).not.to.throw();
}

/** The xAPI 1.0.3 requirements a statement from this bridge must meet. */
function expectValidStatement(statement: XapiStatement, lang: string): void {
  const where = `${statement.verb?.id} ${statement.object?.id}`;
  expect(statement.id, where).to.match(uuidPattern);
  const ifis = ['mbox', 'mbox_sha1sum', 'openid', 'account'].filter((key) => key in statement.actor);
  expect(ifis, where).to.have.length(1);
  expectIri(statement.verb.id, where);
  expectLanguageMap(statement.verb.display, lang, where);
  expect(statement.object.objectType, where).to.equal('Activity');
  expectIri(statement.object.id, where);
  expectIri(statement.object.definition.type, where);
  expectLanguageMap(statement.object.definition.name, lang, where);
  expect(new Date(statement.timestamp).toISOString(), where).to.equal(statement.timestamp);
  expect(statement.context.language, where).to.equal(lang);
  for (const activity of [...(statement.context.contextActivities?.parent ?? []), ...(statement.context.contextActivities?.grouping ?? [])]) {
    expectIri(activity.id, where);
  }
  const score = statement.result?.score;
  if (score) {
    expect(score.scaled, where).to.be.within(-1, 1);
    expect(score.raw, where).to.be.within(score.min, score.max);
  }
  for (const key of Object.keys(statement.result ?? {})) {
    expect(['completion', 'success', 'response', 'score'], where).to.include(key);
  }
}

interface Post {
  url: string;
  headers: Record<string, string>;
  statements: XapiStatement[];
}

/** A fake LRS: answers each POST with the next status (200 once the list runs out); `'offline'` rejects. */
function fakeLrs(answers: Array<number | 'offline'> = []) {
  const posts: Post[] = [];
  const delivered: XapiStatement[] = [];
  const fetch = sinon.stub(window, 'fetch').callsFake(async (input, init) => {
    const statements = JSON.parse(String(init?.body)) as XapiStatement[];
    posts.push({ url: String(input), headers: init?.headers as Record<string, string>, statements });
    const answer = answers.shift() ?? 200;
    if (answer === 'offline') {
      throw new TypeError('Failed to fetch');
    }
    if (answer === 200) {
      delivered.push(...statements);
    }
    return new Response(answer === 200 ? JSON.stringify(statements.map((statement) => statement.id)) : null, { status: answer });
  });
  return { fetch, posts, delivered };
}

async function course(lang = 'en'): Promise<FakeCourseDouble> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><fake-mhm-course course-id="mhm-demo"></fake-mhm-course></div>`);
  return wrapper.querySelector('fake-mhm-course')!;
}

function clearQueues(): void {
  Object.keys(localStorage)
    .filter((key) => key.startsWith(`${storagePrefix}xapi:`))
    .forEach((key) => localStorage.removeItem(key));
}

async function quietly<T>(run: () => T | Promise<T>): Promise<{ value: T; warnings: string[] }> {
  const warnings: string[] = [];
  const stub = sinon.stub(console, 'warn').callsFake((...args: unknown[]) => warnings.push(args.map(String).join(' ')));
  try {
    return { value: await run(), warnings };
  } finally {
    stub.restore();
  }
}

describe('connectXapi', () => {
  let connection: XapiConnection | undefined;
  let clock: sinon.SinonFakeTimers | undefined;
  beforeEach(clearQueues);
  afterEach(() => {
    connection?.disconnect();
    connection = undefined;
    clock?.restore();
    clock = undefined;
    sinon.restore();
    clearQueues();
  });

  describe('without a usable endpoint, actor or activityBase', () => {
    for (const [what, bad] of [
      ['no endpoint', { endpoint: undefined as unknown as string }],
      ['an empty endpoint', { endpoint: '' }],
      ['a javascript: endpoint', { endpoint: 'javascript:alert(1)' }],
      ['no actor', { actor: undefined as never }],
      ['an actor with two identifiers', { actor: { mbox: 'mailto:a@example.org', openid: 'https://id.example.org/a' } }],
      ['a relative activityBase', { activityBase: 'courses' }],
    ] as const) {
      it(`sends nothing with ${what}, and says why`, async () => {
        const { fetch } = fakeLrs();
        const el = await course();
        const { warnings } = await quietly(async () => {
          connection = connectXapi(el, { ...options, ...bad });
          el.learnerCompletesEverything();
          await connection.flush();
        });
        expect(connection!.connected).to.be.false;
        expect(fetch.called).to.be.false;
        expect(warnings.join('\n')).to.match(/xAPI is off because .+; nothing is sent/);
        expect(Object.keys(localStorage).filter((key) => key.includes('xapi'))).to.deep.equal([]);
      });
    }
  });

  describe('statements', () => {
    for (const lang of ['en', 'fr', 'ar', 'de']) {
      it(`meet xAPI 1.0.3's requirements, with language maps in the page's language (${lang})`, async () => {
        const lrs = fakeLrs();
        const el = await course(lang);
        connection = connectXapi(el, options);
        el.quizPassMark = 50;
        el.learnerAnswers({ questionIndex: 0, questionType: 'multiple', selected: ['a', 'c'], selectedIndexes: [0, 2], correct: true, score: 1 });
        el.learnerCompletesEverything(3);
        await connection.flush();
        const statements = lrs.delivered;
        const verbs = statements.map((statement) => statement.verb.id.split('/').pop());
        expect(verbs).to.include.members(['experienced', 'answered', 'completed', 'passed']);
        for (const statement of statements) {
          // A language without verbs of its own gets English verbs, labelled as English.
          const verbLang = lang === 'de' ? 'en' : lang;
          expectValidStatement({ ...statement, verb: { ...statement.verb, display: { [lang]: Object.values(statement.verb.display)[0] } } }, lang);
          expectLanguageMap(statement.verb.display, verbLang, statement.verb.id);
        }
        const lesson = statements.find((statement) => statement.object.id.endsWith('/mhm-demo/what-is-mental-health'))!;
        expect(lesson.object.definition.name[lang]).to.equal(el.activities[0].title);
      });
    }

    it('key language maps by a valid tag even when the page writes one wrongly (lang="en_US" becomes en)', async () => {
      const lrs = fakeLrs();
      const el = await course('en_US');
      connection = connectXapi(el, options);
      el.learnerOpens('what-is-mental-health');
      await connection.flush();
      expect(lrs.delivered).to.have.length.greaterThan(0);
      for (const statement of lrs.delivered) {
        expectValidStatement(statement, 'en');
      }
    });

    it('label statements with the language the course has now, after a switch at runtime', async () => {
      const lrs = fakeLrs();
      const el = await course('en');
      connection = connectXapi(el, options);
      el.parentElement!.setAttribute('lang', 'fr');
      el.learnerOpens('what-is-mental-health');
      await connection.flush();
      expect(lrs.delivered[0].context.language).to.equal('fr');
      expect(Object.keys(lrs.delivered[0].verb.display)).to.deep.equal(['fr']);
    });

    it('go only to <endpoint>/statements as POSTs with the version header and the host’s auth', async () => {
      const lrs = fakeLrs();
      const el = await course();
      connection = connectXapi(el, { ...options, endpoint: 'https://lrs.example.org/xapi' });
      el.learnerOpens('what-is-mental-health');
      await connection.flush();
      expect(lrs.posts).to.have.length(1);
      expect(lrs.fetch.firstCall.args[1]?.method).to.equal('POST');
      expect(lrs.posts[0].url).to.equal('https://lrs.example.org/xapi/statements');
      expect(lrs.posts[0].headers).to.include({
        'X-Experience-API-Version': '1.0.3',
        'Content-Type': 'application/json',
        Authorization: options.auth,
      });
    });

    it('say "experienced" once per activity, and record the quiz score scaled', async () => {
      const lrs = fakeLrs();
      const el = await course();
      connection = connectXapi(el, options);
      el.learnerOpens('five-reasons');
      el.learnerOpens('what-is-mental-health');
      el.learnerOpens('five-reasons');
      el.learnerFinishesQuiz(3, 4);
      await connection.flush();
      // Once each: the two opened, and the quiz the learner finished without opening it.
      const experienced = lrs.delivered.filter((statement) => statement.verb.id.endsWith('/experienced')).map((statement) => statement.object.id.split('/').pop());
      expect(experienced).to.deep.equal(['five-reasons', 'what-is-mental-health', 'course-quiz']);
      const quiz = lrs.delivered.find((statement) => statement.object.id.endsWith('/course-quiz') && !statement.verb.id.endsWith('/experienced'))!;
      expect(quiz.verb.id).to.equal('http://adlnet.gov/expapi/verbs/completed');
      expect(quiz.result).to.deep.equal({ completion: true, score: { scaled: 0.75, raw: 3, min: 0, max: 4 } });
    });

    it('never carry a reflection’s text or length, even when the course shares the text', async () => {
      const lrs = fakeLrs();
      const el = await course();
      connection = connectXapi(el, options);
      const secret = 'I still dream of the night we left';
      el.learnerOpens('mhm-course/reflection-1');
      el.learnerWrites(secret);
      el.learnerCompletes('mhm-course/reflection-1');
      await connection.flush();
      const reflection = lrs.delivered.find((statement) => statement.verb.id.endsWith('/completed'))!;
      expect(reflection.result).to.deep.equal({ completion: true });
      const everything = JSON.stringify(lrs.posts) + JSON.stringify(localStorage);
      expect(everything).not.to.include(secret);
      expect(everything).not.to.include('"length"');
    });
  });

  describe('on a page with quizzes that are not the course’s', () => {
    it('sends nothing for a quiz elsewhere or nested in an activity, and everything for the course’s own quiz', async () => {
      const lrs = fakeLrs();
      const { course, own, strays } = await realPage();
      connection = connectXapi(course, options);
      // What the learner answered and finished ("experienced" follows focus, not answers).
      const recorded = () =>
        lrs.delivered
          .map((statement) => `${statement.verb.id.split('/').pop()} ${statement.object.id}`)
          .filter((line) => !line.startsWith('experienced'));
      await answerStrays(strays);
      await connection.flush();
      expect(strays.every((quiz) => quiz.completed)).to.be.true;
      expect(recorded()).to.deep.equal([]);

      await answerOwnQuiz(own);
      await connection.flush();
      const quiz = 'https://partner.example.org/courses/lms-page/course-quiz';
      expect(recorded()).to.deep.equal([
        `answered ${quiz}/question-1`,
        `answered ${quiz}/question-2`,
        `answered ${quiz}/question-3`,
        `passed ${quiz}`,
      ]);
    });
  });

  describe('delivery', () => {
    it('retries a failed post with growing pauses and loses nothing', async () => {
      const lrs = fakeLrs(['offline', 503, 'offline']);
      const el = await course();
      clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      connection = connectXapi(el, options);
      // Until the browser says this tab is the one that sends the queue (a Web Lock), statements only wait.
      await connection.flush();
      el.learnerOpens('what-is-mental-health');
      el.learnerCompletes('what-is-mental-health');
      const { warnings } = await quietly(async () => {
        await clock!.tickAsync(0);
        expect(lrs.posts).to.have.length(1);
        expect(connection!.pending).to.equal(2);
        await clock!.tickAsync(2_000);
        expect(lrs.posts).to.have.length(2);
        el.learnerOpens('five-reasons');
        await clock!.tickAsync(3_999);
        expect(lrs.posts).to.have.length(2);
        await clock!.tickAsync(1);
        expect(lrs.posts).to.have.length(3);
        await clock!.tickAsync(8_000);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/could not be reached.*retried/);
      expect(lrs.posts).to.have.length(4);
      expect(connection.pending).to.equal(0);
      const ids = lrs.delivered.map((statement) => statement.id);
      expect(ids).to.have.length(3);
      expect(new Set(ids).size).to.equal(3);
      expect(lrs.delivered.map((statement) => statement.verb.id.split('/').pop())).to.deep.equal(['experienced', 'completed', 'experienced']);
    });

    it('keeps the queue on the device and sends it on the next visit', async () => {
      const offline = fakeLrs(Array(10).fill('offline'));
      const el = await course();
      await quietly(async () => {
        connection = connectXapi(el, options);
        el.learnerCompletesEverything();
        await connection.flush();
      });
      const queued = connection!.pending;
      expect(queued).to.be.greaterThan(4);
      expect(localStorage.getItem(`${storagePrefix}xapi:queue:${endpoint}`)).to.include('"v":1');
      connection!.disconnect();
      offline.fetch.restore();

      const lrs = fakeLrs();
      const again = await course();
      connection = connectXapi(again, options);
      await connection.flush();
      expect(lrs.delivered).to.have.length(queued);
      expect(connection.pending).to.equal(0);
    });

    it('retries at once when the browser comes back online', async () => {
      const lrs = fakeLrs(['offline']);
      const el = await course();
      clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      connection = connectXapi(el, options);
      await connection.flush();
      el.learnerOpens('five-reasons');
      await quietly(() => clock!.tickAsync(0));
      window.dispatchEvent(new Event('online'));
      await clock.tickAsync(0);
      expect(lrs.delivered).to.have.length(1);
    });

    it('drops a batch the LRS rejects as malformed (400) instead of retrying it forever', async () => {
      const lrs = fakeLrs([400]);
      const el = await course();
      connection = connectXapi(el, options);
      el.learnerOpens('five-reasons');
      const { warnings } = await quietly(() => connection!.flush());
      expect(warnings.join()).to.include('400');
      expect(connection.pending).to.equal(0);
      expect(lrs.posts).to.have.length(1);
    });

    it('stops sending once disconnected', async () => {
      const lrs = fakeLrs();
      const el = await course();
      connection = connectXapi(el, options);
      connection.disconnect();
      el.learnerCompletesEverything();
      await connection.flush();
      expect(lrs.fetch.called).to.be.false;
    });
  });

  describe('a stored queue from earlier pages', () => {
    it('drops damaged entries and other learners’ statements instead of jamming or resending them', async () => {
      const el = await course();
      const first = fakeLrs();
      connection = connectXapi(el, options);
      el.learnerOpens('what-is-mental-health');
      await connection.flush();
      const mine = first.delivered[0];
      connection.disconnect();
      first.fetch.restore();

      const otherLearner = { ...mine, id: '00000000-0000-4000-8000-000000000000', actor: { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'someone-else' } } };
      const key = `${storagePrefix}xapi:queue:${new URL(endpoint).href}`;
      localStorage.setItem(key, JSON.stringify({ v: 1, statements: [null, 7, { id: 'x' }, otherLearner, mine] }));
      const lrs = fakeLrs();
      const rejections: unknown[] = [];
      const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
      window.addEventListener('unhandledrejection', onRejection);
      try {
        connection = connectXapi(el, options);
        await connection.flush();
        await new Promise((resolve) => setTimeout(resolve));
      } finally {
        window.removeEventListener('unhandledrejection', onRejection);
      }
      expect(rejections).to.deep.equal([]);
      expect(lrs.delivered.map((statement) => statement.id)).to.deep.equal([mine.id]);
      expect(localStorage.getItem(key) ?? '').to.not.contain('someone-else');
    });
  });
});
