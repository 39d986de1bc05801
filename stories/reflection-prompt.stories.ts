import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/reflection-prompt/reflection-prompt.js';
import { builtInCourse, builtInReflection, storyLang, type StoryContext } from './story-locale.js';

/** The attributes an author writes, as text like in HTML (the element validates every value). */
interface ReflectionPromptArgs {
  prompt?: string;
  'reflection-id'?: string;
  persist: boolean;
  'max-length'?: string;
  'min-length'?: string;
  rows?: string;
  'support-href'?: string;
  'support-label'?: string;
  'share-text': boolean;
  optional: boolean;
  completed: boolean;
  /** Not the element's own attribute: the global one, for a prompt in another language than its page. */
  lang?: string;
  onMhmReflectionChange?: (event: CustomEvent) => void;
  onMhmComplete?: (event: CustomEvent) => void;
}


/** The markup an author pastes: attributes from the args, children from the story. */
function reflection(args: ReflectionPromptArgs, children: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<mhm-reflection-prompt
    lang=${ifDefined(args.lang)}
    prompt=${ifDefined(args.prompt)}
    reflection-id=${ifDefined(args['reflection-id'])}
    ?persist=${args.persist}
    max-length=${ifDefined(args['max-length'])}
    min-length=${ifDefined(args['min-length'])}
    rows=${ifDefined(args.rows)}
    support-href=${ifDefined(args['support-href'])}
    support-label=${ifDefined(args['support-label'])}
    ?share-text=${args['share-text']}
    ?optional=${args.optional}
    ?completed=${args.completed}
    @mhm-reflection-change=${args.onMhmReflectionChange}
    @mhm-complete=${args.onMhmComplete}
  >
    ${children}
  </mhm-reflection-prompt>`;
}

/**
 * The built-in course's first reflection in the toolbar's language (or the story's `lang`): its
 * prompt unless the story gives one, and with `hints` its hints and the course's support note.
 */
function builtIn(args: ReflectionPromptArgs, context: StoryContext, hints = false): TemplateResult {
  const lang = args.lang ?? storyLang(context);
  const item = builtInReflection(lang);
  return reflection(
    { ...args, lang, prompt: args.prompt ?? item.prompt },
    hints
      ? html`${item.hints.map((hint) => html`<li slot="hint">${hint}</li>`)}<p slot="support">${builtInCourse(lang).supportNote}</p>`
      : nothing,
  );
}

/** The element's shadow root, once rendered: for play functions that act as the learner would. */
async function shadowOf(canvas: HTMLElement): Promise<ShadowRoot> {
  const element = canvas.querySelector('mhm-reflection-prompt')!;
  await element.updateComplete;
  return element.shadowRoot!;
}

/** Puts text in the field as typing does (an `input` event), then lets the element render. */
async function write(canvas: HTMLElement, text: string): Promise<ShadowRoot> {
  const root = await shadowOf(canvas);
  const field = root.querySelector('textarea')!;
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  return shadowOf(canvas);
}

/** This story's key only: device storage refuses it the way a full disk or private mode does. */
function refuseStorageFor(reflectionId: string): void {
  const key = `mhm:reflection:${reflectionId}`;
  const setItem = Storage.prototype.setItem;
  if ((setItem as { refuses?: Set<string> }).refuses?.add(key)) {
    return;
  }
  const refuses = new Set([key]);
  const refusing = function (this: Storage, name: string, value: string) {
    if (refuses.has(name)) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    setItem.call(this, name, value);
  };
  Storage.prototype.setItem = Object.assign(refusing, { refuses });
}

const meta = {
  title: 'Components/Reflection prompt',
  component: 'mhm-reflection-prompt',
  render: (args, context) => builtIn(args, context),
  args: {
    persist: false,
    'share-text': false,
    optional: false,
    completed: false,
  },
  argTypes: {
    prompt: { control: 'text', description: 'Empty here: the built-in reflection\'s prompt in the toolbar\'s language.' },
    'reflection-id': { control: 'text' },
    'support-href': { control: 'text' },
    'support-label': { control: 'text' },
    lang: {
      control: 'text',
      description:
        "The global `lang` attribute. Here it follows the toolbar's locale, and so does the built-in reflection's text (English for a language the course is not written in); right to left for Arabic.",
      table: { category: 'global attributes' },
    },
  },
} satisfies Meta<ReflectionPromptArgs>;

export default meta;
type Story = StoryObj<ReflectionPromptArgs>;

export const Default: Story = {
  parameters: {
    docs: {
      description: {
        story:
          'Private by default: the text lives only in this page. With no local contact configured, the general support note shows and the author gets one console note asking for one.',
      },
    },
  },
};

export const WithHints: Story = {
  name: 'With hints',
  args: { 'min-length': '200' },
  render: (args, context) => builtIn(args, context, true),
};

export const Persisted: Story = {
  args: {
    persist: true,
    'reflection-id': 'story-return-identity',
    'support-href': 'tel:+233800000000',
    'support-label': 'Call the support line, 0800 000 000 (free)',
  },
  render: (args, context) => builtIn(args, context, true),
  parameters: {
    docs: {
      description: {
        story:
          'With `persist` and a `reflection-id`, the learner may tick "Keep on this device". Nothing is stored until they do; then the text is saved in this browser after each pause in typing and restored on reload. Open the story in two tabs: both stay in step.',
      },
    },
  },
};

export const WritingOptional: Story = {
  name: 'Writing optional',
  args: { optional: true, persist: true, 'reflection-id': 'story-writing-optional' },
  render: (args, context) => builtIn(args, context, true),
  parameters: {
    docs: {
      description: {
        story:
          'With `optional`, a learner who prefers not to write moves on with "Continue without writing": the prompt completes as usual (`mhm-complete` with `length` 0, never any text). Once they write, the same button reads "Done". Use it wherever completion counts, as the built-in course does.',
      },
    },
  },
};

export const StorageFailing: Story = {
  name: 'Storage failing',
  args: { persist: true, 'reflection-id': 'story-storage-failing' },
  render: (args, context) => {
    refuseStorageFor(args['reflection-id']!);
    return builtIn(args, context);
  },
  play: async ({ canvasElement }) => {
    const root = await write(canvasElement, 'When my cousin came back, nobody asked him how he was.');
    root.querySelector<HTMLInputElement>('#keep')!.click();
  },
  parameters: {
    docs: {
      description: {
        story:
          'Device storage refuses the write (full, blocked, private mode or a sandboxed frame): the text stays in the field, the status says so, and "Download a copy" is offered first.',
      },
    },
  },
};

export const OverTheLimit: Story = {
  name: 'Over the limit',
  args: { persist: true, 'reflection-id': 'story-over-the-limit', 'max-length': '240' },
  render: (args, context) => {
    // A copy kept earlier, before the author lowered max-length: it is restored whole.
    const text =
      'Coming home was harder than leaving. My family expected me to bring money and I came back with nothing but stories. ' +
      'At first I stayed inside. Then a neighbour who had also returned invited me to a meeting, and I saw I was not the only one. ' +
      'Slowly, I started to feel useful again.';
    try {
      localStorage.setItem(
        `mhm:reflection:${args['reflection-id']}`,
        JSON.stringify({ v: 1, keep: true, text, updatedAt: Date.now() - 86_400_000 }),
      );
    } catch {
      // Storage refused: the story then shows an empty field.
    }
    return builtIn(args, context);
  },
};

export const DeleteConfirmation: Story = {
  name: 'Delete confirmation',
  play: async ({ canvasElement }) => {
    const root = await write(canvasElement, 'Something I would rather not keep.');
    root.querySelector<HTMLButtonElement>('[part="delete-button"]')!.click();
  },
  parameters: {
    docs: {
      description: {
        story: '"Delete" asks in place, with focus on Cancel; Escape cancels too. Confirming clears the field and any stored copy.',
      },
    },
  },
};

export const French: Story = {
  args: { lang: 'fr', persist: true, 'reflection-id': 'story-retour-identite' },
  render: (args, context) => builtIn(args, context, true),
};

export const ArabicRightToLeft: Story = {
  name: 'Arabic, right to left',
  args: { lang: 'ar', persist: true, 'reflection-id': 'story-arabic' },
  render: (args, context) => builtIn(args, context, true),
  parameters: {
    docs: {
      description: {
        story: 'Only `lang="ar"` on the element: its interface text and direction follow, whatever the page around it. The built-in Arabic reflection.',
      },
    },
  },
};

export const AuthorError: Story = {
  name: 'Author error',
  args: {
    persist: true,
    'max-length': 'abc',
    'support-href': 'http://help.example.org',
  },
  parameters: {
    docs: {
      description: {
        story:
          'Each mistake is listed in place and logged once with `console.warn`; the element carries on safely: memory only (no `reflection-id`), 5000 characters, no insecure link.',
      },
    },
  },
};
