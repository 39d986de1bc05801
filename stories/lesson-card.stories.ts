import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/lesson-card/lesson-card.js';
import type { CourseLesson } from '../src/content/course/types.js';
import { authorWritten, builtInLesson, storyLang, type StoryContext } from './story-locale.js';

/** The attributes an author writes, as text like in HTML (the card validates every value). */
interface LessonCardArgs {
  heading?: string;
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

/** A built-in lesson's body, as an author pastes it: paragraphs, takeaways and source. */
function lessonBody(lesson: CourseLesson): TemplateResult {
  return html`${lesson.contentNote ? html`<span slot="content-note">${lesson.contentNote}</span>` : nothing}
    ${lesson.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
    <ul slot="takeaways">
      ${lesson.takeaways.map((takeaway) => html`<li>${takeaway}</li>`)}
    </ul>
    ${lesson.source ? html`<span slot="source">${lesson.source}</span>` : nothing}`;
}

/** The markup of a built-in lesson in the toolbar's language: its text, and args for the rest. */
function builtInCard(args: LessonCardArgs, context: StoryContext, index = 0): TemplateResult {
  const lang = args.lang ?? storyLang(context);
  const lesson = builtInLesson(lang, index);
  return card(
    { ...args, lang, heading: args.heading ?? lesson.heading, eyebrow: args.eyebrow ?? lesson.eyebrow, duration: args.duration ?? String(lesson.duration) },
    lessonBody(lesson),
  );
}

/** The markup an author pastes: attributes from the args, children from the story. */
function card(args: LessonCardArgs, children: TemplateResult): TemplateResult {
  return html`<mhm-lesson-card
    lang=${ifDefined(args.lang)}
    heading=${ifDefined(args.heading)}
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
  render: (args, context) => builtInCard(args, context),
  args: {
    completed: false,
    collapsible: false,
    open: false,
  },
  argTypes: {
    heading: {
      control: 'text',
      description: 'Empty here: the built-in lesson\'s heading in the toolbar\'s language.',
    },
    'image-src': { control: 'text' },
    'image-alt': { control: 'text' },
    href: { control: 'text' },
    eyebrow: { control: 'text' },
    lang: {
      control: 'text',
      description:
        'The global `lang` attribute. Here it follows the toolbar\'s locale, and so does the built-in lesson\'s text (English for a language the course is not written in); the card reads right to left in Arabic.',
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
  render: (args, context) => builtInCard(args, context, 1),
  parameters: {
    docs: {
      description: {
        story: 'Lesson 2 of the built-in course, whose content note warns of painful experiences before the text.',
      },
    },
  },
};

export const ArabicRightToLeft: Story = {
  name: 'Arabic, right to left',
  args: { lang: 'ar' },
  parameters: {
    docs: {
      description: {
        story:
          'Only `lang="ar"` on the card: its interface text and direction follow, whatever the page around it. The built-in Arabic lesson.',
      },
    },
  },
};

export const VeryLongText: Story = {
  name: authorWritten('Very long text'),
  args: {
    lang: 'en',
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
