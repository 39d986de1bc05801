import { expect, waitUntil } from '@open-wc/testing';
import { strFromU8, unzipSync } from 'fflate';
import ar from '../../src/content/course/ar.js';
import en from '../../src/content/course/en.js';
import fr from '../../src/content/course/fr.js';
import { cmi, everyCmiValue, lmsRuntime, type Runtime } from '../lms/scorm-runtime.js';

// The packaged course, as an LMS runs it: dist/scorm/mhm-course-<lang>.zip and its English copy
// unpacked in dist/scorm/mhm-course-en/, both made by `node scripts/check-scorm-package.mjs` from
// `npm run build` output. The LMS is scorm-again on this page (`window.API`), found by the package's
// bridge through the standard search from inside its frame. The course is the real <mhm-course>.

const packageDir = '/dist/scorm/mhm-course-en/';
const ns = {
  cp: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
  adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
  imsmd: 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1',
};
const titles: Record<string, string> = { en: en.title, fr: fr.title, ar: ar.title };

type Course = HTMLElement & {
  updateComplete: Promise<unknown>;
  progress: { completed: string[]; total: number; percent: number; current: string | null };
  activities: ReadonlyArray<{ id: string; kind: string }>;
};
type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(`${url} is missing (${response.status}): run \`npm run build && node scripts/check-scorm-package.mjs\` first.`);
  }
  return response;
}

async function launch(runtime: Runtime): Promise<{ frame: HTMLIFrameElement; course: Course }> {
  (window as Window & { API?: unknown }).API = runtime;
  await fetchOk(`${packageDir}index.html`);
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '800px';
  frame.style.blockSize = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `${packageDir}index.html`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  await win.customElements.whenDefined('mhm-course');
  const course = frame.contentDocument!.querySelector('mhm-course') as Course;
  await course.updateComplete;
  await waitUntil(() => course.shadowRoot?.querySelector('[part="activities-body"]'), 'the built-in course did not render');
  await settle(course);
  return { frame, course };
}

/** Waits until the course and every activity inside it have rendered. */
async function settle(course: Course): Promise<void> {
  await course.updateComplete;
  const inside = [...course.shadowRoot!.querySelectorAll<Updatable>('[data-activity]')];
  await Promise.all(inside.map((el) => el.updateComplete));
  await new Promise((resolve) => setTimeout(resolve, 0));
}

function activity<T extends Element = Updatable>(course: Course, selector: string): T[] {
  return [...course.shadowRoot!.querySelectorAll<T>(selector)];
}

function click(host: Element, selector: string): void {
  const button = host.shadowRoot?.querySelector<HTMLElement>(selector);
  if (!button) throw new Error(`${host.localName}#${host.id} has no ${selector}`);
  button.click();
}

/** Does every activity as a learner would, with the real controls; returns the quiz's percentage. */
async function completeEverything(course: Course, reflection: string): Promise<number> {
  for (const card of activity(course, 'mhm-lesson-card')) {
    click(card, '[part~="complete-button"]');
    await settle(course);
  }
  for (const carousel of activity(course, 'mhm-five-reasons')) {
    click(carousel, '[part~="view-toggle"]');
    await settle(course);
  }
  for (const prompt of activity(course, 'mhm-reflection-prompt')) {
    const field = prompt.shadowRoot!.querySelector<HTMLTextAreaElement>('[part="textarea"]')!;
    field.value = reflection;
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(course);
    click(prompt, '[part~="done-button"]');
    await settle(course);
  }
  let percent = 0;
  for (const quiz of activity<Updatable & { score: number; maxScore: number; completed: boolean }>(course, 'mhm-quiz')) {
    for (let guard = 0; guard < 50 && !quiz.completed; guard++) {
      quiz.shadowRoot!.querySelector<HTMLInputElement>('input:not(:disabled)')?.click();
      await quiz.updateComplete;
      click(quiz, '[part~="check-button"]');
      await quiz.updateComplete;
      const next = quiz.shadowRoot!.querySelector<HTMLElement>('[part~="next-button"]');
      if (!quiz.completed && next) {
        next.click();
        await quiz.updateComplete;
      }
    }
    percent = Math.round((quiz.score / quiz.maxScore) * 100);
  }
  await settle(course);
  return percent;
}

describe('the SCORM package', function () {
  before(async function () {
    // Until <mhm-course> exists in src/, the package cannot hold it: these tests wait for it.
    if (!(await fetch('/src/components/course/course.ts')).ok) {
      this.skip();
    }
  });

  afterEach(() => {
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    delete (window as Window & { API?: unknown }).API;
  });

  for (const lang of ['en', 'fr', 'ar']) {
    it(`(${lang}) has a well-formed SCORM 1.2 manifest: one organisation, one SCO, the course's title and language, every file listed`, async () => {
      const entries = unzipSync(new Uint8Array(await (await fetchOk(`/dist/scorm/mhm-course-${lang}.zip`)).arrayBuffer()));
      const xml = new DOMParser().parseFromString(strFromU8(entries['imsmanifest.xml']), 'application/xml');
      expect(xml.querySelector('parsererror'), 'well-formed').to.be.null;
      const manifest = xml.documentElement;
      expect([manifest.namespaceURI, manifest.localName]).to.deep.equal([ns.cp, 'manifest']);
      expect(manifest.getAttribute('identifier')).to.match(/^[\w.-]+$/);
      const one = (parent: Element | Document, uri: string, name: string) => {
        const found = [...parent.getElementsByTagNameNS(uri, name)];
        expect(found, name).to.have.length(1);
        return found[0];
      };
      expect(one(manifest, ns.cp, 'schema').textContent).to.equal('ADL SCORM');
      expect(one(manifest, ns.cp, 'schemaversion').textContent).to.equal('1.2');
      expect(one(manifest, ns.imsmd, 'language').textContent).to.equal(lang);
      const organizations = one(manifest, ns.cp, 'organizations');
      const organization = one(organizations, ns.cp, 'organization');
      expect(organizations.getAttribute('default')).to.equal(organization.getAttribute('identifier'));
      expect(organization.querySelector(':scope > title')?.textContent).to.equal(titles[lang]);
      const item = one(organization, ns.cp, 'item');
      const resource = one(manifest, ns.cp, 'resource');
      expect(item.getAttribute('identifierref')).to.equal(resource.getAttribute('identifier'));
      expect(resource.getAttributeNS(ns.adlcp, 'scormtype')).to.equal('sco');
      expect(resource.getAttribute('type')).to.equal('webcontent');
      expect(resource.getAttribute('href')).to.equal('index.html');
      const listed = [...resource.getElementsByTagNameNS(ns.cp, 'file')].map((file) => file.getAttribute('href'));
      expect([...listed].sort()).to.deep.equal(Object.keys(entries).filter((path) => path !== 'imsmanifest.xml').sort());
    });
  }

  it('starts as incomplete, completes with the quiz score, keeps reflections out, and resumes in a new launch', async () => {
    const first = lmsRuntime();
    const { frame, course } = await launch(first);
    expect(first.isInitialized()).to.be.true;
    expect(cmi(first, 'cmi.core.lesson_status')).to.equal('incomplete');

    const secret = 'At night I think about the people I left behind in Kayes';
    const percent = await completeEverything(course, secret);
    expect(course.progress.percent).to.equal(100);
    expect(cmi(first, 'cmi.core.lesson_status')).to.equal('completed');
    expect(cmi(first, 'cmi.core.score.raw')).to.equal(String(percent));
    expect(cmi(first, 'cmi.interactions._count')).to.equal('0');

    // Leaving (pagehide) commits and finishes the session.
    const requests = frame
      .contentWindow!.performance.getEntriesByType('resource')
      .map((entry) => new URL(entry.name))
      .filter((url) => !url.pathname.startsWith('/__web-dev-server')); // the test server's own socket
    frame.remove();
    expect(first.isTerminated()).to.be.true;
    expect(everyCmiValue(first)).not.to.include(secret);
    expect(everyCmiValue(first)).not.to.include('Kayes');
    // The package fetched nothing from outside itself.
    expect(requests.filter((url) => url.origin !== location.origin || !url.pathname.startsWith(packageDir))).to.deep.equal([]);

    const second = lmsRuntime(first.renderCMIToJSONObject());
    const relaunched = await launch(second);
    await waitUntil(() => relaunched.course.progress.percent === 100, 'the stored progress was not restored');
    expect(relaunched.course.progress.completed).to.have.members(course.activities.map((item) => item.id));
    expect(cmi(second, 'cmi.core.lesson_status')).to.equal('completed');
  });
});
