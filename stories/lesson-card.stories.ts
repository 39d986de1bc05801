import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/lesson-card/lesson-card.js';

/** The attributes an author writes, as text like in HTML (the card validates every value). */
interface LessonCardArgs {
  heading: string;
  eyebrow?: string;
  'heading-level'?: string;
  duration?: string;
  'image-src'?: string;
  'image-alt'?: string;
  href?: string;
  completed: boolean;
  collapsible: boolean;
  open: boolean;
  /** Not the card's own attribute: the global one, for a card in another language than its page. */
  lang?: string;
  onMhmComplete?: (event: CustomEvent) => void;
  onMhmToggle?: (event: CustomEvent) => void;
}

const lessonOne = html`
  <p>
    The World Health Organization sees mental health as a state of well-being: knowing what you are able
    to do, getting through the ordinary pressures of life, working productively and playing a part in
    your community.
  </p>
  <p>
    It is more than not having a mental disorder. How we feel is bound up with our bodies, with the people
    around us and with our place in society.
  </p>
  <p>
    Nor does it mean the same thing everywhere. People show that they are doing well, or that they are
    struggling, in ways shaped by their culture and circumstances, so no one definition fits everybody.
  </p>
  <p>
    A psychosocial approach therefore looks at a person together with their surroundings: changing the
    social setting of a person or a group can improve how they feel. It also respects the ways each
    community cares for people in distress, from psychiatric care and medicine to traditional and
    spiritual healers.
  </p>
  <ul slot="takeaways">
    <li>Mental health is a state of well-being, not only the absence of illness.</li>
    <li>Body, mind and social life affect one another.</li>
    <li>Culture shapes how people express well-being and distress.</li>
    <li>Improving someone's social surroundings can improve their well-being.</li>
  </ul>
  <span slot="source">
    Adapted from the IOM position paper on the psychosocial and mental well-being of migrants (MC/INF/271).
  </span>
`;

/** The markup an author pastes: attributes from the args, children from the story. */
function card(args: LessonCardArgs, children: TemplateResult = lessonOne): TemplateResult {
  return html`<mhm-lesson-card
    lang=${ifDefined(args.lang)}
    heading=${args.heading}
    eyebrow=${ifDefined(args.eyebrow)}
    heading-level=${ifDefined(args['heading-level'])}
    duration=${ifDefined(args.duration)}
    image-src=${ifDefined(args['image-src'])}
    image-alt=${ifDefined(args['image-alt'])}
    href=${ifDefined(args.href)}
    ?completed=${args.completed}
    ?collapsible=${args.collapsible}
    ?open=${args.open}
    @mhm-complete=${args.onMhmComplete}
    @mhm-toggle=${args.onMhmToggle}
  >
    ${children}
  </mhm-lesson-card>`;
}

const meta = {
  title: 'Components/Lesson card',
  component: 'mhm-lesson-card',
  render: (args) => card(args),
  args: {
    heading: 'What is mental health?',
    eyebrow: 'Lesson 1',
    duration: '5',
    completed: false,
    collapsible: false,
    open: false,
  },
  argTypes: {
    // Text controls, so that invalid values can be tried too.
    'heading-level': { control: 'text' },
    duration: { control: 'text' },
    'image-src': { control: 'text' },
    'image-alt': { control: 'text' },
    href: { control: 'text' },
    heading: { control: 'text' },
    eyebrow: { control: 'text' },
    lang: {
      control: 'text',
      description:
        'The global `lang` attribute. Without it the card takes the nearest ancestor\'s `lang` (the toolbar\'s locale here), and reads right to left for Arabic.',
      table: { category: 'global attributes' },
    },
  },
} satisfies Meta<LessonCardArgs>;

export default meta;
type Story = StoryObj<LessonCardArgs>;

export const Default: Story = {};

export const Completed: Story = {
  args: { completed: true },
  parameters: {
    docs: {
      description: {
        story:
          'Once "Mark as complete" is pressed, its place shows the status "✓ Completed" (part `complete-status`: words, a check mark and a border, visible in forced colours too), and under it a smaller "Mark as not complete" button (part `undo-button`) takes the lesson back and fires `mhm-complete` with `completed: false`. Each button is named by the words it shows.',
      },
    },
  },
};

export const Collapsible: Story = {
  args: { collapsible: true },
};

export const WithImage: Story = {
  name: 'With image',
  args: {
    'image-src': 'images/lesson-1-wellbeing.svg',
    'image-alt': 'Three overlapping circles labelled Mind, Body and Community, with a point where all three meet.',
  },
  parameters: {
    docs: {
      description: {
        story:
          'The image is a file beside the page (a relative URL). `data:` and `javascript:` URLs are refused by the URL guard and reported as an author error.',
      },
    },
  },
};

export const WithContentNote: Story = {
  name: 'With content note',
  render: (args) =>
    card(
      args,
      html`<span slot="content-note">
          This lesson mentions distress and mental disorders. Take a break whenever you need one.
        </span>
        ${lessonOne}`,
    ),
};

export const ArabicRightToLeft: Story = {
  name: 'Arabic, right to left',
  args: {
    lang: 'ar',
    heading: 'ما هي الصحة النفسية؟',
    eyebrow: 'الدرس 1',
  },
  render: (args) =>
    card(
      args,
      html`<p>
          ترى منظمة الصحة العالمية أن الصحة النفسية حالة من العافية يعرف فيها الإنسان ما يقدر عليه، ويتجاوز
          ضغوط الحياة اليومية، ويعمل بشكل مثمر، ويساهم في حياة مجتمعه.
        </p>
        <p>
          وهي أكثر من مجرد غياب الاضطرابات النفسية، فما نشعر به مرتبط بأجسادنا وبمن حولنا وبمكاننا في
          المجتمع.
        </p>
        <p>
          ولا يعبّر الناس كلهم عن العافية أو عن الضيق بالطريقة نفسها، فالثقافة والظروف تصنع الفرق، ولذلك لا
          يوجد تعريف واحد يناسب الجميع.
        </p>
        <ul slot="takeaways">
          <li>الصحة النفسية حالة من العافية، وليست فقط غياب المرض.</li>
          <li>الجسد والنفس والحياة الاجتماعية يؤثر كل منها في الآخر.</li>
          <li>تختلف طرق التعبير عن الضيق من ثقافة إلى أخرى.</li>
        </ul>
        <span slot="source">مقتبس من ورقة موقف للمنظمة الدولية للهجرة عن العافية النفسية والاجتماعية للمهاجرين.</span>`,
    ),
  parameters: {
    docs: {
      description: {
        story:
          'Only `lang="ar"` on the card: its interface text and direction follow, whatever the page around it.',
      },
    },
  },
};

export const VeryLongText: Story = {
  name: 'Very long text',
  args: {
    eyebrow: 'Lesson 1 of the online course Mental Health and Migration: Awareness Raising, for practitioners',
    heading:
      'Whatismentalhealthandhowdoculturecommunityandourphysicalandsocialfunctioningshapethewaywefeelandexpressit?',
    duration: '45',
    href: 'https://example.org/mental-health-and-migration/awareness-raising/lesson-1/what-is-mental-health',
  },
  render: (args) =>
    card(
      args,
      html`${Array.from(
          { length: 3 },
          () => html`<p>
            Mental health is a state of well-being in which people know what they can do, cope with the
            ordinary stresses of life, work productively and contribute to their community. It is more than
            the absence of a disorder, it is bound up with physical and social functioning, and it is
            expressed differently from one culture and setting to another, which is why no single
            definition fits everyone and why a psychosocial approach looks at a person together with their
            family, their community and the services around them.
          </p>`,
        )}
        <ul slot="takeaways">
          <li>
            Wellbeingphysicalfunctioningsocialfunctioningandculturalcontextareallpartofmentalhealthandcannotbeseparated.
          </li>
        </ul>
        <span slot="source">
          https://example.org/a/very/long/source/address/without/any/natural/break/points/mc-inf-271-position-paper
        </span>`,
    ),
};

export const AuthorError: Story = {
  name: 'Author error',
  args: {
    'heading-level': '9',
    duration: 'abc',
    href: 'javascript:alert(1)',
  },
  parameters: {
    docs: {
      description: {
        story:
          'Each mistake is listed in place and logged once with `console.warn`; the card carries on with safe values: heading level 3, no duration, no link.',
      },
    },
  },
};
