import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/five-reasons/five-reasons.js';
import { authorWritten, storyLang } from './story-locale.js';

/** The attributes an author writes, as text like in HTML (the carousel validates every value). */
interface FiveReasonsArgs {
  heading?: string;
  'heading-level'?: string;
  start?: string;
  loop: boolean;
  /** Absent: no rotation. `''`: every 10 seconds. A number: that many seconds. */
  autoplay?: string;
  'show-all': boolean;
  /** Not the carousel's own attribute: the global one, for a carousel in another language than its page. */
  lang?: string;
  onMhmSlideChange?: (event: CustomEvent) => void;
  onMhmComplete?: (event: CustomEvent) => void;
}

/** The markup an author pastes: attributes from the args, slides (if any) from the story. */
function fiveReasons(args: FiveReasonsArgs, children: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<mhm-five-reasons
    lang=${ifDefined(args.lang)}
    heading=${ifDefined(args.heading)}
    heading-level=${ifDefined(args['heading-level'])}
    start=${ifDefined(args.start)}
    ?loop=${args.loop}
    autoplay=${ifDefined(args.autoplay)}
    ?show-all=${args['show-all']}
    @mhm-slide-change=${args.onMhmSlideChange}
    @mhm-complete=${args.onMhmComplete}
  >${children}</mhm-five-reasons>`;
}

/** Author slides from the course source: the position paper's guiding principles. */
const principles = html`
  <mhm-slide heading="Flexible">
    <p>No single model fits everywhere: each programme adapts to the people and the culture it serves.</p>
  </mhm-slide>
  <mhm-slide heading="Assessment first">
    <p>
      Start with a field assessment, ideally by a team from several disciplines, and set priorities together
      with the migrants concerned, local authorities and agencies.
    </p>
  </mhm-slide>
  <mhm-slide heading="Community-based">
    <p>Work with and through communities and their resources, and strengthen the networks that already exist.</p>
  </mhm-slide>
  <mhm-slide heading="Ethics and confidentiality">
    <p>Respect ethical standards and confidentiality, stay neutral, and respect and promote human rights.</p>
    <p><a href="https://example.org/position-paper">Read the position paper</a></p>
  </mhm-slide>
`;

/** Story parameters that add a line to the docs page: what the manifest cannot say. */
function described(story: string): StoryObj['parameters'] {
  return { docs: { description: { story } } };
}

const meta = {
  title: 'Components/Five reasons',
  component: 'mhm-five-reasons',
  render: (args, context) => fiveReasons({ ...args, lang: args.lang ?? storyLang(context) }),
  args: {
    loop: false,
    'show-all': false,
  },
  argTypes: {
    heading: { control: 'text' },
    autoplay: { control: 'text' },
    lang: {
      control: 'text',
      description:
        'The global `lang` attribute. Here it follows the toolbar\'s locale: the built-in text in English, French or Arabic (English for another locale), right to left for Arabic.',
      table: { category: 'global attributes' },
    },
  },
} satisfies Meta<FiveReasonsArgs>;

export default meta;
type Story = StoryObj<FiveReasonsArgs>;

export const Default: Story = {
  parameters: described(
    'The tag alone, no attribute and no child: the five reasons in the page\'s language (try the Locale toolbar). Only that language\'s text is downloaded.',
  ),
};

export const French: Story = {
  args: { lang: 'fr' },
};

export const ArabicRightToLeft: Story = {
  name: 'Arabic, right to left',
  args: { lang: 'ar' },
  parameters: described(
    'Right to left: Previous sits on the right, the arrow keys in the picker and the swipe direction are mirrored.',
  ),
};

export const CustomSlides: Story = {
  name: authorWritten('Custom slides'),
  args: { heading: 'Principles for mental-health programmes', loop: true, lang: 'en' },
  render: (args) => fiveReasons(args, principles),
  parameters: described(
    'Any number of `<mhm-slide heading="…">` children replace the built-in text; their bodies are the author\'s own HTML, links included.',
  ),
};

export const Autoplay: Story = {
  args: { autoplay: '8' },
  parameters: described(
    'A new slide every 8 seconds. "Stop automatic slide show" comes first; rotation pauses while the pointer hovers and stops for good once keyboard focus enters. The minimum is 3 seconds; `autoplay` alone means 10.',
  ),
};

export const ReducedMotion: Story = {
  name: 'Reduced motion',
  args: { autoplay: '8' },
  parameters: described(
    'The same markup as Autoplay. With "reduce motion" set on the device (or emulated in the browser\'s developer tools, Rendering panel), the carousel starts with rotation stopped and slides change without fading; the learner can still start it.',
  ),
};

export const ListView: Story = {
  name: 'List view',
  args: { 'show-all': true },
  parameters: described(
    'Every slide, one after another: what `show-all` and the "View as list" toggle show, and what paper always gets.',
  ),
};

export const Phone: Story = {
  name: 'Phone, 320 px',
  globals: { viewport: { value: 'phone320', isRotated: false } },
  decorators: [(story) => html`<div style="max-inline-size: 320px">${story()}</div>`],
  parameters: described(
    'The narrowest phone supported: controls keep 24 px targets and nothing scrolls sideways.',
  ),
};

export const AuthorError: Story = {
  name: 'Author error',
  args: { start: '9', autoplay: '1', 'heading-level': '9' },
  parameters: described(
    'Each mistake is listed in place and logged once with `console.warn`; the carousel carries on safely: the last slide, 3 seconds per slide, heading level 3.',
  ),
};
