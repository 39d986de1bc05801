import { elementUpdated } from '@open-wc/testing';

/**
 * Builds a tree as React 19, Vue 3 and Preact do: the element is created, its data set as
 * properties (`question.prompt = '…'`) before it is in the page, then its children appended.
 */
export function create<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  Object.assign(element, props);
  element.append(...children);
  return element;
}

/** Attaches the tree, as a framework's commit does, and waits for the elements to render. */
export async function attach<T extends HTMLElement>(root: T): Promise<T> {
  const container = document.createElement('div');
  container.append(root);
  document.body.append(container);
  await new Promise((resolve) => setTimeout(resolve));
  await elementUpdated(root);
  return root;
}

/** Removes what `attach()` added. */
export function detachAll(): void {
  document.querySelectorAll('body > div').forEach((container) => container.remove());
}
