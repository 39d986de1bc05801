/**
 * Several tabs of one site against one LRS: the test page is one tab, each same-origin iframe
 * another, with its own copy of the bridge and of the course double (its own modules, timers and
 * `fetch`) but the page's `localStorage` and Web Locks. The fake LRS answers every tab's `fetch`.
 */
import sinon from 'sinon';
import { storagePrefix } from '../../src/internal/storage.js';
import type { connectXapi as ConnectXapi, XapiStatement } from '../../src/xapi/xapi.js';
import type { FakeCourseDouble } from '../lms/fake-course.js';

export interface LrsPost {
  /** The tab that sent it. */
  from: Window;
  statements: XapiStatement[];
}

/** One LRS for every tab given to `serve`: down (every post fails to connect) until `down` is false. */
export class SharedLrs {
  down = false;
  readonly posts: LrsPost[] = [];
  readonly delivered: XapiStatement[] = [];

  /** Answers `tab`'s posts from now on. */
  serve(tab: Window): void {
    sinon.stub(tab, 'fetch').callsFake(async (_input: RequestInfo | URL, init?: RequestInit) => {
      const statements = JSON.parse(String(init?.body)) as XapiStatement[];
      this.posts.push({ from: tab, statements });
      if (this.down) {
        throw new TypeError('Failed to fetch');
      }
      this.delivered.push(...statements);
      return new Response(JSON.stringify(statements.map((statement) => statement.id)), { status: 200 });
    });
  }

  /** How many times each statement id reached the LRS, for the ids that came more than once. */
  duplicates(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const { id } of this.delivered) {
      counts[id] = (counts[id] ?? 0) + 1;
    }
    return Object.fromEntries(Object.entries(counts).filter(([, count]) => count > 1));
  }
}

/** Another tab: a same-origin iframe running the bridge and the course double from its own modules. */
export interface Tab {
  window: Window;
  course: FakeCourseDouble;
  connectXapi: typeof ConnectXapi;
  /** Closes the tab: the iframe leaves the page, and its document with it. */
  close(): void;
}

export async function openTab(lang = 'en'): Promise<Tab> {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const tab = frame.contentWindow! as Window & typeof globalThis;
  const load = (path: string) => (tab as unknown as { eval(code: string): Promise<unknown> }).eval(`import(${JSON.stringify(new URL(path, location.origin).href)})`);
  await load('/test/lms/fake-course.ts');
  const { connectXapi } = (await load('/src/xapi/xapi.ts')) as { connectXapi: typeof ConnectXapi };
  const wrapper = tab.document.createElement('div');
  wrapper.lang = lang;
  const course = tab.document.createElement('fake-mhm-course') as FakeCourseDouble;
  course.setAttribute('course-id', 'mhm-demo');
  wrapper.append(course);
  tab.document.body.append(wrapper);
  await course.updateComplete;
  return { window: tab, course, connectXapi, close: () => frame.remove() };
}

/** The statement ids the device holds in the queue for `endpoint`. */
export function storedIds(endpoint: string): string[] {
  const stored = JSON.parse(localStorage.getItem(`${storagePrefix}xapi:queue:${new URL(endpoint).href}`) ?? '{"statements":[]}') as { statements: XapiStatement[] };
  return stored.statements.map((statement) => statement.id);
}

/** Lets every tab run what it has queued for "now" (zero-delay timers, a lock handed on), a few rounds. */
export async function letTabsRun(tabs: Window[], rounds = 5): Promise<void> {
  for (let round = 0; round < rounds; round += 1) {
    await Promise.all(tabs.map((tab) => new Promise((resolve) => tab.setTimeout(resolve))));
  }
}
