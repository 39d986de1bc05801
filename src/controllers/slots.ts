import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { childNodes } from './children.js';

/**
 * Tells whether the author filled a slot, so empty sections (and their headings) are not rendered
 * as blank boxes. Re-renders the host when slotted content changes.
 */
export class SlotController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    // Adding the same listener again does nothing, and it lives as long as the shadow root.
    this.host.shadowRoot?.addEventListener('slotchange', this);
  }

  /** A slot's content changed. */
  handleEvent(): void {
    this.host.requestUpdate();
  }

  /** Whether the named slot (or the default slot, for `''`) has content. */
  has(name: string): boolean {
    return childNodes(this.host).some((node) =>
      node instanceof Element ? node.slot == name : !name && node.nodeType == Node.TEXT_NODE && !!node.textContent?.trim(),
    );
  }
}
