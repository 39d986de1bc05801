import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What to watch below the host: by default, children added or removed anywhere below it. */
export type ChildrenWatch = MutationObserverInit;

/**
 * Watches the author's light-DOM children (questions, slides, activities a CMS adds or edits after
 * the page loaded) and tells the host. The observer exists only while the host is connected:
 * created in `hostConnected`, never in a constructor, so the element can be rendered on a server,
 * where there is no `MutationObserver`. On connect the host is told once too, as children may have
 * changed while it was out of the page.
 */
export class ChildrenController implements ReactiveController {
  private observer?: MutationObserver;

  /**
   * @param host The element whose children are watched.
   * @param onChange Called with the observer's records, or with `[]` on connect.
   * @param watch What to watch; `subtree: true, childList: true` by default.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onChange: (records: MutationRecord[]) => void,
    private readonly watch: ChildrenWatch = { childList: true, subtree: true },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer ??= new MutationObserver((records) => this.onChange(records));
    this.observer.observe(this.host, this.watch);
    this.onChange([]);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}

/** An element's children, or none on a server renderer's host (Lit SSR has no light DOM to read). */
export function childElements(host: Element): Element[] {
  return [...(host.children ?? [])];
}

/** An element's child nodes, or none on a server renderer's host (Lit SSR has no light DOM to read). */
export function childNodes(host: Node): ChildNode[] {
  return [...(host.childNodes ?? [])];
}
