import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import manifest from '../custom-elements.json';
import { withAttributeControls, type ArgTypeRow } from './controls.js';

interface Named {
  name: string;
}
/**
 * Only the shape this file touches: typing it from the JSON itself breaks as soon as two elements
 * document different kinds of members (a method, a read-only property).
 */
interface Manifest {
  modules: { declarations?: { slots?: Named[]; cssParts?: Named[] }[] }[];
}

/**
 * Storybook keys its argument table by name alone, so the `heading` part would hide the `heading`
 * attribute and the `media` part the `media` slot; and it skips an unnamed slot. Storybook's copy
 * of the manifest names parts `::part(x)` and the default slot `(default)`; the file keeps the
 * standard names.
 */
function forStorybook(cem: Manifest): Manifest {
  return {
    ...cem,
    modules: cem.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        slots: declaration.slots?.map((slot) => (slot.name === '' ? { ...slot, name: '(default)' } : slot)),
        cssParts: declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` })),
      })),
    })),
  };
}

setCustomElementsManifest(forStorybook(manifest as unknown as Manifest));

/** Right-to-left locales among the shipped ones. */
const rtl = new Set(['ar']);

const themes = {
  light: { background: '#f4f7f8', color: '#1c2428' },
  dark: { background: '#0e1417', color: '#edf1f2' },
} as const;

/**
 * Wraps every story as a partner's page would: a `lang` and `dir` the cards inherit, the colour
 * scheme they should use, and a page background so the dark scheme is visible.
 */
const withPage: Decorator = (story, context) => {
  const locale = String(context.globals.locale ?? 'en');
  const theme = context.globals.theme === 'dark' ? 'dark' : 'light';
  const page = styleMap({
    '--mhm-color-scheme': theme,
    'color-scheme': theme,
    background: themes[theme].background,
    color: themes[theme].color,
    'font-family': 'system-ui, sans-serif',
    padding: '1rem',
    // The canvas fills the frame; on a docs page each story stays as tall as its content.
    'min-block-size': context.viewMode === 'story' ? '100vh' : 'auto',
    'box-sizing': 'border-box',
  });
  return html`<div lang=${locale} dir=${rtl.has(locale) ? 'rtl' : 'ltr'} style=${page}>${story()}</div>`;
};

/** Table rows that document rather than drive a story: a control on them would change nothing. */
const documentedOnly = new Set(['properties', 'slots', 'events', 'css custom properties', 'css shadow parts']);

/**
 * Stories are written as markup, so only attribute rows get controls: a select for an attribute
 * with fixed values, a number field for a number (controls.ts, from the manifest's types).
 */
const attributeControlsOnly: NonNullable<Preview['argTypesEnhancers']>[number] = ({ argTypes }) =>
  withAttributeControls(
    Object.fromEntries(
      Object.entries(argTypes).map(([name, argType]) => [
        name,
        documentedOnly.has(argType.table?.category ?? '') ? { ...argType, control: false } : argType,
      ]),
    ) as Record<string, ArgTypeRow>,
  ) as typeof argTypes;

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withPage],
  argTypesEnhancers: [attributeControlsOnly],
  globalTypes: {
    locale: {
      description: 'Language of the page and of the built-in text the stories show (English for a language the course is not written in); author-written stories keep their own',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'en', title: 'English', right: 'en' },
          { value: 'fr', title: 'Français', right: 'fr' },
          { value: 'ar', title: 'العربية', right: 'ar' },
          { value: 'pt', title: 'Português', right: 'pt' },
          { value: 'es', title: 'Español', right: 'es' },
        ],
      },
    },
    theme: {
      description: 'Colour scheme, applied through --mhm-color-scheme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        dynamicTitle: true,
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
      },
    },
  },
  initialGlobals: {
    locale: 'en',
    theme: 'light',
  },
  parameters: {
    // The decorator draws the page, padding included.
    layout: 'fullscreen',
    // The theme toolbar paints the page; a second background picker would fight it.
    backgrounds: { disable: true },
    a11y: {
      test: 'error',
    },
    // "Show code" gives the card's markup alone, as an author pastes it.
    docs: {
      source: { excludeDecorators: true },
    },
    // The viewport tool is built into Storybook 10: the narrowest phone we support and a desktop.
    viewport: {
      options: {
        phone320: { name: 'Small phone (320 px)', styles: { width: '320px', height: '640px' }, type: 'mobile' },
        desktop1280: { name: 'Desktop (1280 px)', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
      },
    },
  },
};

export default preview;
