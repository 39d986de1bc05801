import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/quiz/quiz.js';

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

// ---- The course's own questions, written from the course source ---------------------------------

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

const returnQuestion = html`<mhm-question
  explanation="Identity is central to psychosocial well-being. Return can challenge it, most sharply when it feels like a broken dream, and stigma, rejection or discrimination from peers, family and community harm well-being."
  prompt="Why can coming home be hard on a returnee's well-being?"
>
  <mhm-choice correct feedback="Yes: return can feel like the failure of a life project, and others may stigmatise or reject the returnee.">
    Return can challenge their identity, and they may face stigma or rejection
  </mhm-choice>
  <mhm-choice feedback="Coming home can be bittersweet, with emotional, social, economic and cultural challenges.">
    Coming home ends the difficulties of migration
  </mhm-choice>
  <mhm-choice feedback="Identity is central to psychosocial well-being.">Identity plays no part in well-being</mhm-choice>
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

const flexibleQuestion = html`<mhm-question type="true-false" answer="false"
  prompt="One model programme can be used unchanged in every country and culture."
  explanation="Mental-health programmes in migration should be flexible and adapt to each population and culture: no single model fits everywhere."
></mhm-question>`;

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

const courseQuestions = html`${whoQuestion}${migrationQuestion}${uprootingQuestion}${returnQuestion}${essentialsQuestion}${reasonsQuestion}${flexibleQuestion}${communityQuestion}`;

/** Right answers of the course quiz, by choice label, in order. */
const rightAnswers = [
  ['A state of well-being in which a person realises their abilities, copes with the normal stresses of life, works productively and contributes to their community'],
  ['False'],
  ['Losing home, family and community', 'Losing a job, status and identity', 'Losing support networks'],
  ['Return can challenge their identity, and they may face stigma or rejection'],
  ['Recognise individual needs for psychosocial support and refer people to appropriate services', 'Mainstream psychosocial topics into awareness-raising strategies'],
  ['More inclusive, positive attitudes towards returnees, countering stigma'],
  ['False'],
  ['With and through communities and their resources, strengthening existing networks'],
];

/** A learner who gets the first question right and then struggles. */
const strugglingAnswers = [
  rightAnswers[0],
  ['True'],
  ['Losing home, family and community', 'Armed conflict before departure'],
  ['Coming home ends the difficulties of migration'],
  rightAnswers[4],
  ['Keeping migration out of community conversations'],
  ['True'],
  ['Through outside experts only, leaving local networks aside'],
];

/** The markup an author pastes: attributes from the args, children from the story. */
function quiz(args: QuizArgs, children: TemplateResult = courseQuestions): TemplateResult {
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

/** Answers a paged quiz as a learner would, by choice label, then opens the result. */
async function answerAll(canvas: HTMLElement, answers: string[][]): Promise<void> {
  const element = canvas.querySelector('mhm-quiz')!;
  const root = element.shadowRoot!;
  for (const labels of answers) {
    await element.updateComplete;
    for (const label of root.querySelectorAll('label')) {
      if (labels.includes(label.querySelector('.choice-text')?.textContent?.trim() ?? '')) {
        label.querySelector('input')!.click();
      }
    }
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
  render: (args) => quiz(args),
  args: {
    heading: 'Check your understanding',
    persist: false,
  },
  argTypes: {
    // Text controls, so that invalid values can be tried too.
    heading: { control: 'text' },
    'heading-level': { control: 'text' },
    layout: { control: 'text' },
    'pass-mark': { control: 'text' },
    scoring: { control: 'text' },
    attempts: { control: 'text' },
    shuffle: { control: 'text' },
    seed: { control: 'text' },
    'quiz-id': { control: 'text' },
    src: { control: 'text' },
    lang: {
      control: 'text',
      description:
        'The global `lang` attribute. Without it the quiz takes the nearest ancestor\'s `lang` (the toolbar\'s locale here), and reads right to left for Arabic.',
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
          'Eight questions on the whole course, one at a time: the WHO description, the risks of migration, return and identity, the two essentials, the five reasons and the guiding principles. No pass mark: awareness content rarely needs one.',
      },
    },
  },
};

/** One question alone, as a lesson might end. */
function alone(heading: string, question: TemplateResult, story?: string): Story {
  return {
    args: { heading },
    render: (args) => quiz(args, question),
    parameters: story ? { docs: { description: { story } } } : {},
  };
}

export const SingleAnswer: Story = { name: 'Single answer', ...alone('Lesson 1: what is mental health?', whoQuestion) };

export const MultipleAnswers: Story = {
  name: 'Multiple answers',
  ...alone('Lesson 2: migration and well-being', uprootingQuestion, 'Checkboxes, and a hint that several answers may fit. Scored all or nothing by default.'),
};

export const TrueFalse: Story = {
  name: 'True or false',
  ...alone('Lesson 2: migration and well-being', migrationQuestion, 'Only `answer="false"`: the True and False choices are generated in the page\'s language.'),
};

export const ListLayout: Story = {
  name: 'List layout',
  args: { layout: 'list', heading: 'Lesson 4: what can you do?' },
  render: (args) => quiz(args, html`${essentialsQuestion}${reasonsQuestion}${communityQuestion}`),
};

export const PartialScoring: Story = {
  name: 'Partial scoring',
  args: { scoring: 'partial', layout: 'list', heading: 'Risks at each stage' },
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
  name: 'Written in JSON',
  render: (args) => {
    const element = document.createElement('mhm-quiz');
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
  play: async ({ canvasElement }) => answerAll(canvasElement, rightAnswers),
  parameters: {
    docs: { description: { story: 'Every answer right, against `pass-mark="70"`: the result, with a review of every question.' } },
  },
};

export const NotPassed: Story = {
  name: 'Not passed',
  args: { 'pass-mark': '70', attempts: '2' },
  play: async ({ canvasElement }) => answerAll(canvasElement, strugglingAnswers),
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
  args: { lang: 'fr', heading: 'Vérifiez ce que vous avez compris' },
  render: (args) =>
    quiz(
      args,
      html`<mhm-question
          explanation="Pour l’OMS, la santé mentale est un état de bien-être ; elle ne se réduit pas à l’absence de troubles mentaux."
        >
          <span slot="prompt">Comment l’Organisation mondiale de la santé décrit-elle la santé mentale ?</span>
          <mhm-choice correct feedback="Oui : il s’agit de bien-être et de participation à la vie.">
            Un état de bien-être dans lequel une personne réalise ses capacités, fait face au stress normal de la vie,
            travaille de manière productive et contribue à sa communauté
          </mhm-choice>
          <mhm-choice feedback="L’absence de trouble n’en est qu’une partie.">L’absence de tout trouble mental</mhm-choice>
        </mhm-question>
        <mhm-question type="true-false" answer="false" prompt="La migration menace en elle-même la santé mentale."
          explanation="La migration ne menace pas en elle-même la santé mentale, mais elle peut créer une vulnérabilité particulière, surtout avec d’autres facteurs de risque et un accès limité aux services."
        ></mhm-question>
        <mhm-question type="multiple" prompt="Quels risques accompagnent le déracinement ?">
          <mhm-choice correct>La perte du foyer, de la famille et de la communauté</mhm-choice>
          <mhm-choice correct>La perte des réseaux de soutien</mhm-choice>
          <mhm-choice feedback="Le conflit armé est un risque avant le départ.">Un conflit armé avant le départ</mhm-choice>
        </mhm-question>`,
    ),
};

export const ArabicRightToLeft: Story = {
  name: 'Arabic, right to left',
  args: { lang: 'ar', heading: 'تحقّق من فهمك' },
  render: (args) =>
    quiz(
      args,
      html`<mhm-question explanation="الصحة النفسية أكثر من غياب الاضطرابات النفسية، وهي مرتبطة بالأداء الجسدي والاجتماعي.">
          <span slot="prompt">كيف تصف منظمة الصحة العالمية الصحة النفسية؟</span>
          <mhm-choice correct feedback="نعم، فهي تتعلق بالعافية والمشاركة في الحياة.">
            حالة من العافية يدرك فيها الإنسان قدراته، ويتعامل مع ضغوط الحياة العادية، ويعمل بشكل مثمر، ويساهم في مجتمعه
          </mhm-choice>
          <mhm-choice feedback="غياب الاضطراب جزء من الصورة فقط.">غياب أي اضطراب نفسي</mhm-choice>
        </mhm-question>
        <mhm-question type="true-false" answer="false" prompt="الهجرة في حد ذاتها تهدد الصحة النفسية."
          explanation="لا تهدد الهجرة الصحة النفسية في حد ذاتها، لكنها قد تخلق هشاشة خاصة، لا سيما مع عوامل خطر أخرى وصعوبة الوصول إلى الخدمات."
        ></mhm-question>
        <mhm-question type="multiple" prompt="ما الأمران الأساسيان في كل تدخل؟">
          <mhm-choice correct>التعرف على احتياجات الأفراد للدعم النفسي والاجتماعي وإحالتهم إلى الخدمات المناسبة</mhm-choice>
          <mhm-choice correct>إدماج المواضيع النفسية والاجتماعية في استراتيجيات التوعية</mhm-choice>
          <mhm-choice feedback="الأساس هو التعرف على الاحتياجات والإحالة إلى الخدمات المناسبة، لا التشخيص.">
            تشخيص الاضطرابات النفسية خلال جلسات التوعية
          </mhm-choice>
        </mhm-question>`,
    ),
  parameters: {
    docs: { description: { story: 'Only `lang="ar"` on the quiz: interface text, True and False, and direction follow.' } },
  },
};

export const AuthorErrors: Story = {
  name: 'Author errors',
  args: { 'pass-mark': '150' },
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
