import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { storagePrefix } from '../../src/internal/storage.js';
import { connectXapi, type XapiConnection, type XapiOptions } from '../../src/xapi/xapi.js';
import { markComplete } from '../harness/lesson-card.js';
import { answerOwnQuiz, realPage } from '../lms/real-page.js';
import { SharedLrs } from './tabs.js';

// The real course and its real quiz, driven through their own controls; the LRS is a fake fetch.

const options: XapiOptions = {
  endpoint: 'https://lrs.example.org/xapi/',
  actor: { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'learner-42' } },
  activityBase: 'https://partner.example.org/courses/',
};

function clearXapiKeys(): void {
  Object.keys(localStorage)
    .filter((key) => key.startsWith(`${storagePrefix}xapi:`) || key.startsWith(`${storagePrefix}course:`) || key.startsWith(`${storagePrefix}quiz:`))
    .forEach((key) => localStorage.removeItem(key));
}

describe('connectXapi: statements in the order the learner acted', () => {
  let connection: XapiConnection | undefined;
  beforeEach(clearXapiKeys);
  afterEach(() => {
    connection?.disconnect();
    connection = undefined;
    sinon.restore();
    clearXapiKeys();
  });

  it('says "experienced" for the first lesson, shown from the start and marked complete without being opened', async () => {
    const lrs = new SharedLrs();
    lrs.serve(window);
    const { course } = await realPage();
    connection = connectXapi(course, options);
    await markComplete(course.querySelector<HTMLElement>('#intro')!);
    await connection.flush();
    const intro = 'https://partner.example.org/courses/lms-page/intro';
    expect(lrs.delivered.map((statement) => `${statement.verb.id.split('/').pop()} ${statement.object.id}`)).to.deep.equal([`experienced ${intro}`, `completed ${intro}`]);
  });

  it('sends the quiz’s result before the course’s completion it brings about', async () => {
    const lrs = new SharedLrs();
    lrs.serve(window);
    const { course, own } = await realPage();
    connection = connectXapi(course, options);
    await markComplete(course.querySelector<HTMLElement>('#intro')!);
    await answerOwnQuiz(own);
    await connection.flush();
    const base = 'https://partner.example.org/courses/lms-page';
    const sent = lrs.delivered.map((statement) => `${statement.verb.id.split('/').pop()} ${statement.object.id}`);
    expect(sent).to.deep.equal([
      `experienced ${base}/intro`,
      `completed ${base}/intro`,
      `experienced ${base}/course-quiz`,
      `answered ${base}/course-quiz/question-1`,
      `answered ${base}/course-quiz/question-2`,
      `answered ${base}/course-quiz/question-3`,
      `passed ${base}/course-quiz`,
      `completed ${base}`,
      `passed ${base}`,
    ]);
    const times = lrs.delivered.map((statement) => Date.parse(statement.timestamp));
    expect(times, 'timestamps never go back').to.deep.equal([...times].sort((a, b) => a - b));
  });
});
