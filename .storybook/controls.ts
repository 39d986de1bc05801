/**
 * Controls for the attribute rows of Storybook's tables, from the custom-elements manifest's types:
 * an attribute with a fixed set of values gets a select, a number a number field. Plain TypeScript
 * with no Storybook import, so the test runner checks it against the real manifest
 * (test/page/story-setup.test.ts).
 */

/** A control Storybook draws for one row. */
export interface AttributeControl {
  control: 'select' | 'number';
  options?: ReadonlyArray<string | number | undefined>;
}

/**
 * Attributes whose values are fixed but typed more widely in the code (a number checked from 2 to 6,
 * a string checked against two words): their values, as the components' checks accept them.
 */
export const fixedValues: Readonly<Record<string, ReadonlyArray<string | number>>> = {
  'heading-level': [2, 3, 4, 5, 6],
  theme: ['light', 'dark'],
};

/**
 * The control for an attribute, or undefined to keep Storybook's own (text, boolean).
 * @param name The attribute's name.
 * @param typeText Its type as the manifest writes it, e.g. `'paged' | 'list'` or `number | undefined`.
 */
export function controlFor(name: string, typeText: string | undefined): AttributeControl | undefined {
  const fixed = fixedValues[name];
  // `undefined` first: the attribute left out, as an author who writes nothing.
  if (fixed) {
    return { control: 'select', options: [undefined, ...fixed] };
  }
  const members = (typeText ?? '').split('|').map((member) => member.trim()).filter((member) => member && member !== 'undefined');
  if (members.length > 0 && members.every((member) => /^'[^']*'$/.test(member))) {
    return { control: 'select', options: [undefined, ...members.map((member) => member.slice(1, -1))] };
  }
  return members.length === 1 && members[0] === 'number' ? { control: 'number' } : undefined;
}

/** The part of an argType row this file reads and writes. */
export interface ArgTypeRow {
  control?: unknown;
  options?: unknown;
  type?: { name?: string } | string;
  table?: { category?: string; type?: { summary?: string } };
  [key: string]: unknown;
}

/**
 * An argTypes enhancer: every attribute row gets the control its manifest type calls for.
 * @param argTypes The story's rows, keyed by name.
 */
export function withAttributeControls(argTypes: Record<string, ArgTypeRow>): Record<string, ArgTypeRow> {
  return Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      if (argType.table?.category !== 'attributes') {
        return [name, argType];
      }
      const typeText = argType.table.type?.summary ?? (typeof argType.type === 'object' ? argType.type.name : argType.type);
      const control = controlFor(name, typeText);
      return [name, control ? { ...argType, control: { type: control.control }, options: control.options } : argType];
    }),
  );
}
