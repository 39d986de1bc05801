import { expect } from '@open-wc/testing';
import { part, textOf } from '../support/helpers.js';
import { openFrame } from '../support/story-checks.js';

// The CDN build on a page served with a strict Content-Security-Policy and Trusted Types
// (test/csp/index.html; the header comes from web-test-runner.config.mjs).
interface CspWindow extends Window {
  cspViolations: string[];
  eval(code: string): unknown;
}

function openCspPage(): Promise<HTMLIFrameElement> {
  return openFrame('/test/csp/index.html');
}

describe('strict CSP and Trusted Types', () => {
  let frame: HTMLIFrameElement;
  let win: CspWindow;
  let doc: Document;

  // A fresh page per test, so a probe's violation reports never reach another test.
  beforeEach(async () => {
    frame = await openCspPage();
    win = frame.contentWindow as CspWindow;
    doc = frame.contentDocument!;
  });

  afterEach(() => frame.remove());

  it('enforces the policy on the test page and reports violations (eval and innerHTML strings are refused)', async () => {
    expect(() => win.eval('1 + 1')).to.throw();
    expect(() => {
      doc.createElement('div').innerHTML = '<b>markup</b>';
    }).to.throw(/TrustedHTML/);
    // Violation events arrive as tasks, after the throw.
    while (win.cspViolations.length < 2) {
      await new Promise((resolve) => setTimeout(resolve));
    }
    expect(win.cspViolations.some((v) => v.startsWith('require-trusted-types-for'))).to.be.true;
  });

  it('renders and runs <mhm-lesson-card> end to end with zero violations', async () => {
    const card = doc.getElementById('card')!;
    const toggle = part<HTMLButtonElement>(card, '[part="heading"] button');
    toggle.click();
    await (card as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const complete = part<HTMLButtonElement>(card, '[part="complete-button"]');
    complete.click();
    await (card as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(textOf(part(card, '[part~="complete-status"]'))).to.equal('✓ Completed');
    expect(textOf(part(card, '[part="meta"]'))).to.contain('6 minutes');
    const image = part<HTMLImageElement>(card, '[part="image"]');
    if (!image.complete) {
      await new Promise((resolve) => {
        image.addEventListener('load', resolve, { once: true });
        image.addEventListener('error', resolve, { once: true });
      });
    }
    expect(image.naturalWidth, 'the image loads from the same origin').to.be.greaterThan(0);

    const broken = doc.getElementById('broken')!;
    expect(textOf(part(broken, '[part="author-error"]'))).to.contain('heading-level');
    expect(broken.shadowRoot!.querySelector('a')).to.be.null;

    expect(win.cspViolations).to.deep.equal([]);
  });

  it('runs <mhm-quiz> end to end with zero violations', async () => {
    const quiz = doc.getElementById('quiz') as HTMLElement & { updateComplete: Promise<unknown> };
    const choices = [...quiz.shadowRoot!.querySelectorAll<HTMLInputElement>('input')];
    expect(choices.length).to.equal(4);
    choices[0].click();
    choices[3].click();
    for (const check of quiz.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="check-button"]')) {
      check.click();
      await quiz.updateComplete;
    }
    expect(quiz.shadowRoot!.querySelectorAll('[part~="feedback"]').length).to.equal(2);
    expect(win.cspViolations).to.deep.equal([]);
  });

  it('runs <mhm-reflection-prompt> end to end with zero violations', async () => {
    const reflection = doc.getElementById('reflection') as HTMLElement & { updateComplete: Promise<unknown> };
    const field = part<HTMLTextAreaElement>(reflection, '[part="textarea"]');
    field.value = 'Coming home was hard at first.';
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    part<HTMLInputElement>(reflection, '[part="keep"] input').click();
    await reflection.updateComplete;
    part<HTMLButtonElement>(reflection, '[part="done-button"]').click();
    await reflection.updateComplete;
    expect(reflection.hasAttribute('completed')).to.be.true;
    expect(win.localStorage.getItem('mhm:reflection:csp-test')).to.contain('Coming home');
    win.localStorage.removeItem('mhm:reflection:csp-test');
    expect(win.cspViolations).to.deep.equal([]);
  });

  it('runs <mhm-five-reasons> with its lazily loaded text, and the French <mhm-course>, with zero violations', async () => {
    const reasons = doc.getElementById('reasons') as HTMLElement & { updateComplete: Promise<unknown>; index: number };
    const tabs = [...reasons.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    expect(tabs.length).to.equal(5);
    tabs[2].click();
    await reasons.updateComplete;
    expect(reasons.index).to.equal(2);

    const course = doc.getElementById('course') as HTMLElement & { updateComplete: Promise<unknown>; progress: { completed: string[] } };
    await course.updateComplete;
    const lesson = course.shadowRoot!.querySelector('mhm-lesson-card') as HTMLElement & { updateComplete: Promise<unknown> };
    await lesson.updateComplete;
    expect(textOf(part(lesson, '[part="complete-button"]'))).to.equal('Marquer comme terminé');
    part<HTMLButtonElement>(lesson, '[part="complete-button"]').click();
    await course.updateComplete;
    expect(course.progress.completed).to.have.length(1);
    expect(win.cspViolations).to.deep.equal([]);
  });
});
