import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/quiz/quiz.js';
import type { CourseQuiz as BuiltInQuiz } from '../src/content/course/types.js';
import { authorWritten, builtInCourse, storyLang, type StoryContext } from './story-locale.js';

/** The attributes an author writes, as text like in HTML (the quiz validates every value). */
interface QuizArgs {
  heading?: string;
  'heading-level'?: string;
  layout?: string;
  'pass-mark'?: string;
  scoring?: string;
  attempts?: string;
  shuffle?: string;
  seed?: string;
  persist: boolean;
  'quiz-id'?: string;
  src?: string;
  /** Not the quiz's own attribute: the global one, for a quiz in another language than its page. */
  lang?: string;
  onMhmAnswer?: (event: CustomEvent) => void;
  onMhmComplete?: (event: CustomEvent) => void;
}

// ---- An author's own questions, written from the course source (the author-written stories) -----

const whoQuestion = html`<mhm-question
  explanation="The WHO describes mental health as well-being: realising your own abilities, coping with the normal stresses of life, working productively and contributing to your community. It is more than the absence of mental disorders."
>
  <span slot="prompt">Which statement fits the way the World Health Organization describes mental health?</span>
  <mhm-choice correct feedback="Yes: it is about well-being and taking part in life, not only about illness.">
    A state of well-being in which a person realises their abilities, copes with the normal stresses of life, works
    productively and contributes to their community
  </mhm-choice>
  <mhm-choice feedback="Not having a disorder is only part of it: mental health is more than the absence of illness.">
    The absence of any mental disorder
  </mhm-choice>
  <mhm-choice feedback="The description speaks of coping with the normal stresses of life, not of being happy all the time.">
    Feeling happy all of the time
  </mhm-choice>
</mhm-question>`;

const migrationQuestion = html`<mhm-question type="true-false" answer="false"
  prompt="Migration in itself threatens mental health."
  explanation="Migration does not in itself threaten mental health. It can create a specific vulnerability, especially together with other risk factors and limited access to services."
></mhm-question>`;

const uprootingQuestion = html`<mhm-question type="multiple"
  prompt="Which of these are risks that come with uprooting?"
  explanation="Uprooting can mean losing home, family and community, belonging, a job, status and identity, and support networks, and facing an uncertain future."
>
  <mhm-choice correct>Losing home, family and community</mhm-choice>
  <mhm-choice correct>Losing a job, status and identity</mhm-choice>
  <mhm-choice correct>Losing support networks</mhm-choice>
  <mhm-choice feedback="Armed conflict is a risk before departure, not of uprooting itself.">Armed conflict before departure</mhm-choice>
</mhm-question>`;

const essentialsQuestion = html`<mhm-question type="multiple"
  prompt="Which are the two essentials of every intervention?"
  explanation="Every intervention recognises individual needs for psychosocial support and refers people to appropriate services, and mainstreams psychosocial topics into awareness-raising strategies."
>
  <mhm-choice correct>Recognise individual needs for psychosocial support and refer people to appropriate services</mhm-choice>
  <mhm-choice correct>Mainstream psychosocial topics into awareness-raising strategies</mhm-choice>
  <mhm-choice feedback="The essentials are to recognise needs and refer people to appropriate services, not to diagnose.">
    Diagnose mental disorders during awareness-raising sessions
  </mhm-choice>
</mhm-question>`;

const reasonsQuestion = html`<mhm-question
  prompt="Which of these is one of the five reasons to bring psychosocial topics into awareness raising?"
  explanation="The five reasons: greater mindfulness of what happens in returnees' hearts and minds; more inclusive, positive attitudes; mutual understanding and acceptance; empowering, bottom-up support and stronger community networks; prevention and promotion of well-being."
>
  <mhm-choice correct feedback="Yes: countering stigma is one of the five reasons.">
    More inclusive, positive attitudes towards returnees, countering stigma
  </mhm-choice>
  <mhm-choice feedback="The reasons point the other way: stronger community support networks and mutual understanding.">
    Leaving returnees to manage their reintegration alone
  </mhm-choice>
  <mhm-choice feedback="Not one of the five: they are about mindfulness, attitudes, understanding, community support and prevention.">
    Keeping migration out of community conversations
  </mhm-choice>
</mhm-question>`;

const communityQuestion = html`<mhm-question
  prompt="How do the guiding principles ask programmes to work with communities?"
  explanation="Programmes are community-based: they work with and through communities and their resources, strengthen existing networks, involve communities in decisions and build local capacity."
>
  <mhm-choice correct feedback="Yes: communities and their networks are the base of the work.">
    With and through communities and their resources, strengthening existing networks
  </mhm-choice>
  <mhm-choice feedback="The principles ask to strengthen existing networks and to train local workers.">
    Through outside experts only, leaving local networks aside
  </mhm-choice>
</mhm-question>`;

/** The built-in course's quiz in a language, as `<mhm-question>` children: what `<mhm-course>` renders. */
function builtInQuestions(lang: string): TemplateResult {
  return html`${builtInQuiz(lang).questions.map(
    (question) => html`<mhm-question type=${question.type} prompt=${question.prompt} explanation=${question.explanation}
      answer=${ifDefined(question.type === 'true-false' ? question.answer : undefined)}>
      ${question.type === 'true-false'
        ? nothing
        : question.choices.map((choice) => html`<mhm-choice ?correct=${choice.correct} feedback=${ifDefined(choice.feedback)}>${choice.text}</mhm-choice>`)}
    </mhm-question>`,
  )}`;
}

function builtInQuiz(lang: string): BuiltInQuiz {
  return builtInCourse(lang).activities.find((activity): activity is BuiltInQuiz => activity.kind === 'quiz')!;
}

/** The positions of the choices to tick, question by question: every right one, or, struggling, the first wrong one after the first question. */
function answerPositions(lang: string, struggling = false): number[][] {
  return builtInQuiz(lang).questions.map((question, index) => {
    const right = question.type === 'true-false' ? [question.answer === 'true' ? 0 : 1] : question.choices.flatMap((choice, i) => (choice.correct ? [i] : []));
    if (!struggling || index === 0) {
      return right;
    }
    return question.type === 'true-false' ? [1 - right[0]] : [question.choices.findIndex((choice) => !choice.correct)];
  });
}

/** The built-in quiz in the toolbar's language (or the story's `lang`), with its heading unless the story gives one. */
function builtInQuizStory(args: QuizArgs, context: StoryContext): TemplateResult {
  const lang = args.lang ?? storyLang(context);
  return quiz({ ...args, lang, heading: args.heading ?? builtInQuiz(lang).heading }, builtInQuestions(lang));
}

/** The markup an author pastes: attributes from the args, children from the story. */
function quiz(args: QuizArgs, children: TemplateResult): TemplateResult {
  return html`<mhm-quiz
    lang=${ifDefined(args.lang)}
    heading=${ifDefined(args.heading)}
    heading-level=${ifDefined(args['heading-level'])}
    layout=${ifDefined(args.layout)}
    pass-mark=${ifDefined(args['pass-mark'])}
    scoring=${ifDefined(args.scoring)}
    attempts=${ifDefined(args.attempts)}
    shuffle=${ifDefined(args.shuffle)}
    seed=${ifDefined(args.seed)}
    ?persist=${args.persist}
    quiz-id=${ifDefined(args['quiz-id'])}
    src=${ifDefined(args.src)}
    @mhm-answer=${args.onMhmAnswer}
    @mhm-complete=${args.onMhmComplete}
  >
    ${children}
  </mhm-quiz>`;
}

/** Answers a paged quiz as a learner would, ticking choices by position, then opens the result. */
async function answerAll(canvas: HTMLElement, answers: number[][]): Promise<void> {
  const element = canvas.querySelector('mhm-quiz')!;
  const root = element.shadowRoot!;
  for (const positions of answers) {
    await element.updateComplete;
    const inputs = [...root.querySelectorAll<HTMLInputElement>('[part~="choice"] input')];
    positions.forEach((position) => inputs[position].click());
    await element.updateComplete;
    root.querySelector<HTMLButtonElement>('[part~="check-button"]')!.click();
    await element.updateComplete;
    root.querySelector<HTMLButtonElement>('[part~="next-button"], [part~="result-button"]')!.click();
  }
  await element.updateComplete;
}

const meta = {
  title: 'Components/Quiz',
  component: 'mhm-quiz',
  render: (args, context) => builtInQuizStory(args, context),
  args: {
    persist: false,
  },
  argTypes: {
    heading: { control: 'text' },
    shuffle: { control: 'text' },
    seed: { control: 'text' },
    'quiz-id': { control: 'text' },
    src: { control: 'text' },
    lang: {
      control: 'text',
      description:
        'The global `lang` attribute. In the built-in quiz\'s stories it follows the toolbar\'s locale, and so do the questions (English for a language the course is not written in); an author-written story keeps the language its text is in.',
      table: { category: 'global attributes' },
    },
  },
} satisfies Meta<QuizArgs>;

export default meta;
type Story = StoryObj<QuizArgs>;

export const CourseQuiz: Story = {
  name: 'The course quiz',
  parameters: {
    docs: {
      description: {
        story:
          'The built-in course\'s quiz in the toolbar\'s language, one question at a time, as `<mhm-course>` shows it. No pass mark: awareness content rarely needs one.',
      },
    },
  },
};

/** One question alone, as a lesson might end. */
function alone(name: string, heading: string, question: TemplateResult, story?: string): Story {
  return {
    name: authorWritten(name),
    args: { heading, lang: 'en' },
    render: (args) => quiz(args, question),
    parameters: story ? { docs: { description: { story } } } : {},
  };
}

export const SingleAnswer: Story = alone('Single answer', 'Lesson 1: what is mental health?', whoQuestion);

export const MultipleAnswers: Story = alone(
  'Multiple answers',
  'Lesson 2: migration and well-being',
  uprootingQuestion,
  'Checkboxes, and a hint that several answers may fit. Scored all or nothing by default.',
);

export const TrueFalse: Story = alone(
  'True or false',
  'Lesson 2: migration and well-being',
  migrationQuestion,
  'Only `answer="false"`: the True and False choices are generated in the page\'s language.',
);

export const ListLayout: Story = {
  name: authorWritten('List layout'),
  args: { layout: 'list', heading: 'Lesson 4: what can you do?', lang: 'en' },
  render: (args) => quiz(args, html`${essentialsQuestion}${reasonsQuestion}${communityQuestion}`),
};

export const PartialScoring: Story = {
  name: authorWritten('Partial scoring'),
  args: { scoring: 'partial', layout: 'list', heading: 'Risks at each stage', lang: 'en' },
  render: (args) => quiz(args, html`${uprootingQuestion}${essentialsQuestion}`),
  parameters: {
    docs: {
      description: {
        story: 'Each right tick earns a share of the point; each wrong tick takes one share away, never below 0.',
      },
    },
  },
};

export const FromJson: Story = {
  name: authorWritten('Written in JSON'),
  args: { heading: 'Check your understanding', lang: 'en' },
  render: (args) => {
    const element = document.createElement('mhm-quiz');
    element.lang = args.lang ?? 'en';
    element.setAttribute('heading', args.heading ?? '');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(
      {
        questions: [
          {
            type: 'true-false',
            prompt: 'Migration in itself threatens mental health.',
            answer: false,
            explanation: 'It does not, but it can create a specific vulnerability, especially with other risk factors.',
          },
          {
            prompt: 'What does a psychosocial approach link?',
            choices: [
              { text: "Social and cultural factors with a person's inner well-being", correct: true },
              { text: 'Medication with diagnosis only', feedback: 'It looks at a person together with their surroundings.' },
            ],
          },
        ],
      },
      null,
      2,
    );
    element.append(script);
    return element;
  },
  parameters: {
    docs: {
      description: {
        story: 'The same quiz as a `<script type="application/json">` child, for a CMS field that holds data. A `src` attribute can name the same JSON in a file.',
      },
    },
  },
};

export const Passed: Story = {
  args: { 'pass-mark': '70' },
  play: async ({ canvasElement, globals }) => answerAll(canvasElement, answerPositions(storyLang({ globals }))),
  parameters: {
    docs: { description: { story: 'Every answer right, against `pass-mark="70"`: the result, with a review of every question.' } },
  },
};

export const NotPassed: Story = {
  name: 'Not passed',
  args: { 'pass-mark': '70', attempts: '2' },
  play: async ({ canvasElement, globals }) => answerAll(canvasElement, answerPositions(storyLang({ globals }), true)),
  parameters: {
    docs: {
      description: {
        story: 'Kind words, the right answers in the review, and "Try again" while `attempts` allows (one left here).',
      },
    },
  },
};

export const Shuffled: Story = {
  args: { shuffle: 'questions choices', seed: 'printout-1' },
  parameters: {
    docs: { description: { story: 'Questions and choices shuffled; `seed` gives the same order on every load, for printouts and tests.' } },
  },
};

export const Persisted: Story = {
  args: { persist: true, 'quiz-id': 'story-course-quiz' },
  parameters: {
    docs: { description: { story: 'Answer a question or two and reload: the attempt resumes. Without `persist` nothing is stored.' } },
  },
};

export const French: Story = {
  args: { lang: 'fr' },
  parameters: {
    docs: { description: { story: 'The built-in quiz in French, with `lang="fr"` on the quiz.' } },
  },
};

export const ArabicRightToLeft: Story = {
  name: 'Arabic, right to left',
  args: { lang: 'ar' },
  parameters: {
    docs: { description: { story: 'Only `lang="ar"` on the quiz: interface text, True and False, and direction follow; the built-in Arabic questions.' } },
  },
};

export const AuthorErrors: Story = {
  name: authorWritten('Author errors'),
  args: { 'pass-mark': '150', heading: 'Check your understanding', lang: 'en' },
  render: (args) =>
    quiz(
      args,
      html`<mhm-question prompt="Which statements are true?">
          <mhm-choice correct>Mental health is more than the absence of illness</mhm-choice>
          <mhm-choice correct>Culture shapes how distress is expressed</mhm-choice>
        </mhm-question>
        <mhm-question type="true-false" prompt="Return is always easy."></mhm-question>
        <mhm-question prompt="Which stage comes first?">
          <mhm-choice correct>Before departure</mhm-choice>
          <mhm-choice>Return</mhm-choice>
          <mhm-choice>Return</mhm-choice>
        </mhm-question>`,
    ),
  parameters: {
    docs: {
      description: {
        story:
          'Each mistake is listed in place and logged once with `console.warn`; the quiz carries on: no pass mark, the broken questions left out, the duplicate choice dropped.',
      },
    },
  },
};
