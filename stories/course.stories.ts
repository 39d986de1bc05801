import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import '../src/components/course/course.js';
import type { MhmCourse } from '../src/components/course/course.js';
import en from '../src/content/course/en.js';
import { authorWritten, storyLang, type StoryContext } from './story-locale.js';

/** The attributes an author writes, as text like in HTML (the course validates every value). */
interface CourseArgs {
  heading?: string;
  'heading-level'?: string;
  'course-id'?: string;
  persist: boolean;
  theme?: string;
  'pass-mark'?: string;
  'support-href'?: string;
  'support-label'?: string;
  'toolkit-href'?: string;
  /** Not the course's own attribute: the global one, for a course in another language than its page. */
  lang?: string;
  onMhmProgress?: (event: CustomEvent) => void;
  onMhmCourseComplete?: (event: CustomEvent) => void;
  onMhmActivityChange?: (event: CustomEvent) => void;
}

/** The markup an author pastes: attributes from the args, activities (if any) from the story. */
function course(args: CourseArgs, children: TemplateResult | typeof nothing = nothing, restore?: string[]): TemplateResult {
  // Left out, the lang comes from the toolbar's locale through the page (withPage in .storybook/preview.ts).
  // Only the Completed story restores progress, as an LMS bridge would after a reload.
  const restored = restore ? ref((el) => (el as MhmCourse | undefined)?.restoreProgress({ completed: restore })) : nothing;
  return html`<mhm-course
    lang=${ifDefined(args.lang)}
    heading=${ifDefined(args.heading)}
    heading-level=${ifDefined(args['heading-level'])}
    course-id=${ifDefined(args['course-id'])}
    ?persist=${args.persist}
    theme=${ifDefined(args.theme)}
    pass-mark=${ifDefined(args['pass-mark'])}
    support-href=${ifDefined(args['support-href'])}
    support-label=${ifDefined(args['support-label'])}
    toolkit-href=${ifDefined(args['toolkit-href'])}
    @mhm-progress=${args.onMhmProgress}
    @mhm-course-complete=${args.onMhmCourseComplete}
    @mhm-activity-change=${args.onMhmActivityChange}
    ${restored}
  >${children}</mhm-course>`;
}

/** An author's own short course: one of each component, and a paragraph that is shown, not counted. */
const workshop = html`
  <p>This short session prepares volunteers for a community meeting with returnees.</p>
  <mhm-lesson-card id="why-we-meet" eyebrow="Part 1" heading="Why we meet" heading-level="3" duration="4">
    <p>Coming home can be bittersweet. Our meeting gives returnees and neighbours a calm place to talk.</p>
    <ul slot="takeaways"><li>Listen first.</li><li>Speak about well-being without stigma.</li></ul>
  </mhm-lesson-card>
  <mhm-five-reasons id="reasons" heading-level="3"></mhm-five-reasons>
  <mhm-reflection-prompt id="welcome" reflection-id="workshop-welcome"
    prompt="What could make a returnee feel welcome at our meeting?">
    <li slot="hint">The first words they hear</li>
    <li slot="hint">Who sits beside them</li>
  </mhm-reflection-prompt>
  <mhm-quiz id="check" heading="Check your understanding" heading-level="3" pass-mark="50">
    <mhm-question type="true-false" answer="false" prompt="Migration in itself is a threat to mental health."
      explanation="Migration can make people more vulnerable, but it is not in itself a threat."></mhm-question>
    <mhm-question prompt="What helps most at the start of a conversation?">
      <mhm-choice correct feedback="Yes: listening builds trust.">Listening with respect</mhm-choice>
      <mhm-choice feedback="Advice can wait until you understand.">Giving advice at once</mhm-choice>
    </mhm-question>
  </mhm-quiz>
`;

/** The built-in course's args: the story's `lang`, else the built-in language the toolbar's locale calls for. */
function builtInLang(args: CourseArgs, context: StoryContext): CourseArgs {
  return { ...args, lang: args.lang ?? storyLang(context) };
}

/** Like `described`, for the one story the docs page shows whole, in the page. */
function fullOnDocs(story: string): StoryObj['parameters'] {
  return { docs: { description: { story }, story: { inline: true, height: undefined } } };
}

/** Story parameters that add a line to the docs page: what the manifest cannot say. */
function described(story: string): StoryObj['parameters'] {
  return { docs: { description: { story } } };
}

const meta = {
  title: 'Components/Course',
  component: 'mhm-course',
  // The docs page shows Default whole (inline) and every other story in a frame of its own height,
  // scrolled inside: the whole course is 7,000 px tall at a desktop width, and ten of them made a
  // 75,000 px page.
  parameters: {
    docs: { story: { inline: false, height: '32rem' } },
  },
  render: (args, context) => course(builtInLang(args, context)),
  args: {
    persist: false,
  },
  argTypes: {
    heading: { control: 'text' },
    'course-id': { control: 'text' },
    'support-href': { control: 'text' },
    'support-label': { control: 'text' },
    'toolkit-href': { control: 'text' },
    lang: {
      control: 'text',
      description:
        'The global `lang` attribute. Here it follows the toolbar\'s locale: the built-in course in English, French or Arabic (English for another locale), marked with its language.',
      table: { category: 'global attributes' },
    },
  },
} satisfies Meta<CourseArgs>;

export default meta;
type Story = StoryObj<CourseArgs>;

export const Default: Story = {
  parameters: fullOnDocs(
    'The tag alone: the whole built-in course in the page\'s language, nine activities, with progress and a list to jump to any of them. Only that language\'s text is downloaded.',
  ),
};

export const French: Story = {
  args: { lang: 'fr' },
};

export const ArabicRightToLeft: Story = {
  name: 'Arabic, right to left',
  args: { lang: 'ar' },
};

export const CustomCourse: Story = {
  name: authorWritten('Custom course'),
  args: { heading: 'Preparing a community meeting', 'course-id': 'workshop', lang: 'en' },
  render: (args) => course(args, workshop),
  parameters: described(
    'Any mix of the four components as children, each tracked by its `id`; other children (the paragraph) are shown but not counted.',
  ),
};

export const Completed: Story = {
  args: { 'toolkit-href': 'https://example.org/k-par-cas-2' },
  render: (args, context) => course(builtInLang(args, context), nothing, en.activities.map((activity) => activity.id)),
  parameters: described(
    'Every activity complete (restored with `restoreProgress()`, as an LMS bridge does after a reload): "You have completed the course" with "See your record", which stays at the bottom of the screen while the closing panel is below; the closing panel, its link to K-par-Cas 2 from `toolkit-href` (full https only), "Print a record" with its "Include my reflections" box, and "Start over".',
  ),
};

export const Persisted: Story = {
  args: { persist: true, 'course-id': 'storybook-course' },
  parameters: described(
    'With `persist` and `course-id`, progress survives a reload (key `mhm:course:storybook-course`), and reflections offer "Keep on this device".',
  ),
};

export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background: #0e1417; padding: 1rem">${story()}</div>`],
  parameters: described('`theme="dark"` sets the colour scheme of the course and every activity in it, whatever the device prefers.'),
};

export const Phone: Story = {
  name: 'Phone, 320 px',
  globals: { viewport: { value: 'phone320', isRotated: false } },
  decorators: [(story) => html`<div style="max-inline-size: 320px">${story()}</div>`],
  parameters: described('The narrowest phone supported: the list of activities folds away and nothing scrolls sideways.'),
};

/** Help for learners in three countries: the course shows the one in the page's language. */
const helplines = html`
  <p slot="support" lang="en">In Ghana, call the free helpline <a href="tel:+233800000000">0800 000 000</a>, any day from 8 am to 8 pm.</p>
  <p slot="support" lang="fr">Au Sénégal, appelez gratuitement le <a href="tel:+221800000000">800 00 00 00</a>, tous les jours de 8 h à 20 h.</p>
  <p slot="support" lang="ar">في لبنان، اتصل بالخط المجاني <a href="tel:+9611000000">1000 000</a>، كل يوم من الثامنة صباحًا إلى الثامنة مساءً.</p>
`;

export const WithAHelpContact: Story = {
  name: 'With a help contact',
  args: { 'support-href': 'https://example.org/find-help', 'support-label': 'Find a support service near you' },
  render: (args, context) => course(builtInLang(args, context), helplines),
  parameters: described(
    'The author\'s help contact, set once for the whole course: `support-href` (https: or tel:) with `support-label`, and a `support` slot whose children with a `lang` show in the page\'s language only (all when none matches). "Need to talk to someone?" closes the header; every reflection links to the contact, and so does every content note. Switch the toolbar\'s locale to see the French or Arabic helpline.',
  ),
};

export const AuthorError: Story = {
  name: 'Author error',
  args: { persist: true, theme: 'blue', 'heading-level': '9', lang: 'de' },
  parameters: described(
    'Each mistake is listed in place and logged once; the course carries on safely: English content, device colours, heading level 2, nothing stored.',
  ),
};
