import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { storagePrefix } from '../../src/internal/storage.js';
import { connectXapi, type XapiConnection, type XapiOptions, type XapiStatement } from '../../src/xapi/xapi.js';
import { FakeCourseDouble } from '../lms/fake-course.js';
import { letTabsRun, openTab, SharedLrs, storedIds, type Tab } from './tabs.js';

// Two tabs of one site, each with the course and the bridge, one LRS: the test page and a same-origin iframe.

const endpoint = 'https://lrs.example.org/xapi/';
const options: XapiOptions = {
  endpoint,
  actor: { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'learner-42' } },
  activityBase: 'https://partner.example.org/courses/',
};

/** "verb activity" for each statement, in the order given. */
const lines = (statements: XapiStatement[]) => statements.map((statement) => `${statement.verb.id.split('/').pop()} ${statement.object.id.split('/').pop()}`);

async function pageCourse(): Promise<FakeCourseDouble> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><fake-mhm-course course-id="mhm-demo"></fake-mhm-course></div>`);
  return wrapper.querySelector('fake-mhm-course')!;
}

function clearXapiKeys(): void {
  Object.keys(localStorage)
    .filter((key) => key.startsWith(`${storagePrefix}xapi:`))
    .forEach((key) => localStorage.removeItem(key));
}

/** Silences (and collects) the failure warnings of the tabs given. */
function quiet(...tabs: Window[]): string[] {
  const warnings: string[] = [];
  for (const tab of tabs) {
    sinon.stub((tab as Window & typeof globalThis).console, 'warn').callsFake((...args: unknown[]) => warnings.push(args.map(String).join(' ')));
  }
  return warnings;
}

/** Tells every tab the browser is back online, as the browser does. */
function backOnline(...tabs: Window[]): void {
  tabs.forEach((tab) => tab.dispatchEvent(new Event('online')));
}

describe('connectXapi in two tabs of one site', () => {
  let lrs: SharedLrs;
  let tab: Tab | undefined;
  let connections: XapiConnection[] = [];
  beforeEach(() => {
    clearXapiKeys();
    lrs = new SharedLrs();
    lrs.serve(window);
  });
  afterEach(() => {
    connections.forEach((connection) => connection.disconnect());
    connections = [];
    tab?.close();
    tab = undefined;
    sinon.restore();
    clearXapiKeys();
  });

  it('keeps the statements of both tabs queued while the LRS is down, and delivers each once when it recovers', async () => {
    lrs.down = true;
    tab = await openTab();
    lrs.serve(tab.window);
    const warnings = quiet(window, tab.window);
    const here = await pageCourse();
    const first = connectXapi(here, options);
    const second = tab.connectXapi(tab.course, options);
    connections = [first, second];

    here.learnerOpens('what-is-mental-health');
    here.learnerCompletes('what-is-mental-health');
    tab.course.learnerOpens('five-reasons');
    tab.course.learnerCompletes('five-reasons');
    here.learnerOpens('mhm-course/reflection-1');
    here.learnerCompletes('mhm-course/reflection-1');
    tab.course.learnerOpens('course-quiz');
    tab.course.learnerFinishesQuiz(3, 4);
    await Promise.all([first.flush(), second.flush()]);
    await letTabsRun([window, tab.window]);

    const acted = [
      'experienced what-is-mental-health',
      'completed what-is-mental-health',
      'experienced five-reasons',
      'completed five-reasons',
      'experienced mhm-course%2Freflection-1',
      'completed mhm-course%2Freflection-1',
      'experienced course-quiz',
      'completed course-quiz',
    ];
    const queued = storedIds(endpoint);
    expect(queued, 'the queue on the device holds both tabs’ statements').to.have.length(acted.length);
    expect(first.pending).to.equal(acted.length);
    expect(second.pending).to.equal(acted.length);
    expect(warnings.length, 'one tab tried the LRS, once').to.equal(1);

    lrs.down = false;
    const triedWhileDown = lrs.posts.length;
    backOnline(window, tab.window);
    await Promise.all([first.flush(), second.flush()]);
    await waitUntil(() => lrs.delivered.length >= acted.length, 'every statement reaches the LRS');
    await letTabsRun([window, tab.window]);

    expect(lrs.duplicates(), 'statements sent twice').to.deep.equal({});
    expect(lines(lrs.delivered)).to.deep.equal(acted);
    expect(lrs.delivered.map((statement) => statement.id)).to.deep.equal(queued);
    expect(new Set(lrs.posts.slice(triedWhileDown).map((post) => post.from)).size, 'one tab posts').to.equal(1);
    expect(storedIds(endpoint)).to.deep.equal([]);
    expect(first.pending).to.equal(0);
    expect(second.pending).to.equal(0);
  });

  it('sends what a closed tab queued from the tab still open', async () => {
    lrs.down = true;
    const here = await pageCourse();
    const first = connectXapi(here, options);
    connections = [first];
    tab = await openTab();
    lrs.serve(tab.window);
    quiet(window, tab.window);
    const second = tab.connectXapi(tab.course, options);
    tab.course.learnerOpens('five-reasons');
    tab.course.learnerCompletes('five-reasons');
    await Promise.all([first.flush(), second.flush()]);
    tab.close();
    tab = undefined;

    lrs.down = false;
    backOnline(window);
    await first.flush();
    await waitUntil(() => lrs.delivered.length >= 2, 'the closed tab’s statements reach the LRS');
    await letTabsRun([window]);
    expect(lines(lrs.delivered)).to.deep.equal(['experienced five-reasons', 'completed five-reasons']);
    expect(storedIds(endpoint)).to.deep.equal([]);
  });

  it('hands the queue to the tab still open when the tab that sent it closes, and sends nothing twice', async () => {
    lrs.down = true;
    tab = await openTab();
    lrs.serve(tab.window);
    quiet(window, tab.window);
    // The iframe connects first, so it is the one that sends.
    const second = tab.connectXapi(tab.course, options);
    await second.flush();
    const here = await pageCourse();
    const first = connectXapi(here, options);
    connections = [first];
    here.learnerOpens('what-is-mental-health');
    tab.course.learnerOpens('five-reasons');
    await Promise.all([first.flush(), second.flush()]);
    await letTabsRun([window, tab.window]);
    const triedBy = new Set(lrs.posts.map((post) => post.from));
    expect(triedBy.size, 'one tab tried').to.equal(1);
    expect(triedBy.has(tab.window), 'the first tab tried').to.be.true;
    tab.close();
    tab = undefined;

    lrs.down = false;
    here.learnerCompletes('what-is-mental-health');
    await waitUntil(() => lrs.delivered.length >= 3, 'the queue reaches the LRS from the tab left open');
    await letTabsRun([window]);
    expect(lrs.duplicates()).to.deep.equal({});
    expect(lines(lrs.delivered)).to.deep.equal(['experienced what-is-mental-health', 'experienced five-reasons', 'completed what-is-mental-health']);
    expect(first.pending).to.equal(0);
  });

  describe('without Web Locks (a lease in storage)', () => {
    const hideLocks = (tab: Window) => Object.defineProperty(tab.navigator, 'locks', { value: undefined, configurable: true });
    const restoreLocks = (tab: Window) => delete (tab.navigator as { locks?: unknown }).locks;
    afterEach(() => restoreLocks(window));

    it('lets one tab send at a time, and the other take over once the lease runs out', async () => {
      hideLocks(window);
      lrs.down = true;
      tab = await openTab();
      hideLocks(tab.window);
      lrs.serve(tab.window);
      quiet(window, tab.window);
      const here = await pageCourse();
      // One clock per tab, both at one time; a tab whose clock is not ticked is frozen, as a closed or hidden tab is.
      const now = Date.now();
      // sinon passes `global` on to @sinonjs/fake-timers; its own types leave it out.
      const clocks = [window, tab.window].map((global) => sinon.useFakeTimers({ global, now, toFake: ['setTimeout', 'clearTimeout', 'Date'] } as Parameters<typeof sinon.useFakeTimers>[0]));
      const tick = async (ms: number, tabs = clocks) => {
        for (const clock of tabs) {
          await clock.tickAsync(ms);
        }
      };
      const second = tab.connectXapi(tab.course, options);
      const first = connectXapi(here, options);
      connections = [first, second];
      here.learnerOpens('what-is-mental-health');
      tab.course.learnerOpens('five-reasons');
      await tick(0);
      expect(new Set(lrs.posts.map((post) => post.from)).size, 'one tab tries').to.equal(1);

      lrs.down = false;
      backOnline(window, tab.window);
      await tick(0);
      expect(lrs.duplicates()).to.deep.equal({});
      expect(lines(lrs.delivered)).to.deep.equal(['experienced what-is-mental-health', 'experienced five-reasons']);

      // The sending tab freezes: the other takes over once the lease has run out.
      here.learnerCompletes('what-is-mental-health');
      await tick(0, [clocks[0]]);
      expect(lrs.delivered, 'before the lease runs out').to.have.length(2);
      await tick(60_000, [clocks[0]]);
      expect(lines(lrs.delivered.slice(2))).to.deep.equal(['completed what-is-mental-health']);
      expect(lrs.duplicates()).to.deep.equal({});
    });
  });
});
