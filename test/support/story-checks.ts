/**
 * Checks run on every Storybook story (test/stories.test.ts): axe on the WCAG 2.2 A/AA rules,
 * WCAG 1.4.12 text spacing and 1.4.10 reflow. Shared so component tests can use them too.
 */
import 'axe-core/axe.min.js';

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown; html: string }[];
}
interface Axe {
  run(context: Element, options: object): Promise<{ violations: AxeViolation[] }>;
}

/** The WCAG 2.2 AA tags: unlike axe's default run, this includes `target-size` (2.5.8). */
export const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Waits until running CSS transitions and animations end, so colours are read at rest. */
export async function transitionsDone(): Promise<void> {
  const roots: Array<Document | ShadowRoot> = [document, ...shadowRoots(document.documentElement)];
  const animations = roots.flatMap((root) => root.getAnimations());
  await Promise.all(animations.map((animation) => animation.finished.catch(() => undefined)));
}

/** Runs axe on the WCAG 2.2 AA rules and returns one readable line per failing node. */
export async function axeWcag22(element: Element): Promise<string[]> {
  await transitionsDone();
  const axe = (window as unknown as { axe: Axe }).axe;
  const { violations } = await axe.run(element, { runOnly: { type: 'tag', values: wcag22aa }, resultTypes: ['violations'] });
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${violation.help} at ${JSON.stringify(node.target)}: ${node.html}`),
  );
}

/** Every element below `root`, shadow trees included. */
export function deepElements(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) {
      found.push(...deepElements(element.shadowRoot));
    }
  }
  return found;
}

/** Every open shadow root below `root`. */
function shadowRoots(root: Element | ShadowRoot): ShadowRoot[] {
  return deepElements(root).flatMap((element) => (element.shadowRoot ? [element.shadowRoot] : []));
}

/** The WCAG 1.4.12 text-spacing bookmarklet's overrides. */
const textSpacing = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }
`;

/** Applies the WCAG 1.4.12 overrides to the document and every shadow root; returns an undo. */
export function applyTextSpacing(root: Element): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(textSpacing);
  const targets: Array<Document | ShadowRoot> = [document, ...shadowRoots(root)];
  for (const target of targets) {
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
  }
  return () => {
    for (const target of targets) {
      target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  };
}

/** Visually hidden helpers are clipped on purpose. */
function isVisuallyHidden(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  return element.classList.contains('sr-only') || (rect.width <= 1 && rect.height <= 1);
}

/** Elements whose text is cut off: content larger than a box that hides its overflow. */
export function clippedText(root: Element): string[] {
  return deepElements(root)
    .filter((element) => {
      if (!element.checkVisibility() || isVisuallyHidden(element) || !(element.textContent ?? '').trim()) {
        return false;
      }
      const style = getComputedStyle(element);
      const hidesX = ['hidden', 'clip'].includes(style.overflowX);
      const hidesY = ['hidden', 'clip'].includes(style.overflowY);
      return (hidesX && element.scrollWidth > element.clientWidth + 1) || (hidesY && element.scrollHeight > element.clientHeight + 1);
    })
    .map((element) => `<${element.localName} class="${element.getAttribute('class') ?? ''}">`);
}

/** Elements that stick out of a viewport `width` wide (WCAG 1.4.10 reflow), and the page's own overflow. */
export function overflowingElements(root: Element, width: number): string[] {
  const outside = deepElements(root)
    .filter((element) => element.checkVisibility() && !isVisuallyHidden(element))
    .filter((element) => {
      const rect = element.getBoundingClientRect();
      return rect.right > width + 1 || rect.left < -1;
    })
    .map((element) => `<${element.localName} class="${element.getAttribute('class') ?? ''}">`);
  if (document.documentElement.scrollWidth > width) {
    outside.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px)`);
  }
  return outside;
}

/** Waits until every Lit element below `root` has rendered. */
export async function allUpdated(root: Element | ShadowRoot): Promise<void> {
  for (let round = 0; round < 5; round += 1) {
    const pending = deepElements(root)
      .map((element) => (element as Element & { updateComplete?: Promise<unknown> }).updateComplete)
      // Duck-typed: a frame's promises come from the frame's own Promise.
      .filter((promise): promise is Promise<unknown> => typeof (promise as Promise<unknown> | undefined)?.then === 'function');
    const results = await Promise.all(pending);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    if (results.every((done) => done !== false)) {
      return;
    }
  }
}

/**
 * Opens a page of this server in an iframe, as a partner's page would run, and waits until its
 * components are defined and every Lit element in it has rendered.
 */
export async function openFrame(url: string, height = 900): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '800px';
  frame.style.blockSize = `${height}px`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  await frame.contentWindow!.customElements.whenDefined('mhm-lesson-card');
  await allUpdated(frame.contentDocument!.body);
  return frame;
}
