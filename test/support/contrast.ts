/** Colour contrast, measured from computed styles (WCAG relative luminance). */

export type Rgba = [number, number, number, number];

export function parseColor(value: string): Rgba {
  const numbers = value.match(/[\d.]+/g)?.map(Number) ?? [];
  if (value.startsWith('color(srgb')) {
    return [numbers[0] * 255, numbers[1] * 255, numbers[2] * 255, numbers[3] ?? 1];
  }
  return [numbers[0], numbers[1], numbers[2], numbers[3] ?? 1];
}

export function luminance([r, g, b]: Rgba): number {
  const [R, G, B] = [r, g, b].map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * R + 0.7152 * G + 0.0722 * B;
}

export function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The parent in the rendered (flat) tree: a slotted element's slot, a shadow root's host. */
export function flatParent(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

export function backgroundOf(element: Element): Rgba {
  for (let node: Element | null = element; node; node = flatParent(node)) {
    const color = parseColor(getComputedStyle(node).backgroundColor);
    if (color[3] > 0) return color;
  }
  return [255, 255, 255, 1];
}
