import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tells whether the author filled a slot, so empty sections (and their headings) are not rendered
 * as blank boxes. Re-renders the host when slotted content changes.
 */
export class SlotController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.shadowRoot?.addEventListener('slotchange', this.handleSlotChange);
  }

  hostDisconnected(): void {
    this.host.shadowRoot?.removeEventListener('slotchange', this.handleSlotChange);
  }

  /** Whether the named slot (or the default slot, for `''`) has content. */
  has(name: string): boolean {
    return [...this.host.childNodes].some((node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        return name === '' && (node.textContent ?? '').trim() !== '';
      }
      if (node instanceof Element) {
        return (node.getAttribute('slot') ?? '') === name;
      }
      return false;
    });
  }

  private handleSlotChange = (): void => {
    this.host.requestUpdate();
  };
}
