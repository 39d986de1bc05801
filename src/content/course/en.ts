import type { CourseContent } from './types.js';

const positionPaper = 'IOM position paper on the psychosocial and mental well-being of migrants (MC/INF/271)';
const coursePage = 'IOM introduction to the online course Mental Health & Migration: Awareness Raising';

const course: CourseContent = {
  lang: 'en',
  dir: 'ltr',
  title: 'Mental Health & Migration: Awareness Raising',
  summary:
    'How migration can affect mental health, and how to support migrants, returnees and other people in a ' +
    'vulnerable situation in awareness-raising work.',
  activities: [
    {
      kind: 'lesson',
      id: 'what-is-mental-health',
      eyebrow: 'Lesson 1',
      heading: 'What is mental health?',
      duration: 5,
      paragraphs: [
        'The World Health Organization describes mental health as a state of well-being. In that state, a person ' +
          'realises their own abilities, copes with the normal stresses of life, works productively and contributes ' +
          'to their community.',
        'Mental health is more than not having a mental disorder. It is closely tied to how our body is doing and to ' +
          'how we get along with the people around us.',
        'It does not mean the same thing to everyone. How people show well-being or distress depends on their ' +
          'culture and their situation, so across cultures it is practically impossible to define it completely.',
        'A psychosocial approach links a person’s inner well-being with their social and cultural world. Acting on ' +
          'the social surroundings of a person or a group can improve how they feel inside.',
        'Communities have their own ways of caring for people in distress, from psychiatric care and medication to ' +
          'traditional and spiritual healers. These ways deserve respect.',
      ],
      takeaways: [
        'Mental health is a state of well-being, not only the absence of a disorder.',
        'People express well-being and distress differently, depending on culture and context.',
        'Social surroundings shape inner well-being: improving them can help a person feel better.',
        'Local ways of caring for people in distress deserve respect.',
      ],
      source: positionPaper,
    },
    {
      kind: 'lesson',
      id: 'migration-and-well-being',
      eyebrow: 'Lesson 2',
      heading: 'Migration and psychosocial well-being',
      duration: 6,
      contentNote:
        'This lesson mentions armed conflict, hunger, human-rights violations and other painful experiences. ' +
        'Go at your own pace, and pause whenever you need to.',
      paragraphs: [
        'Migrating means adapting to a great deal at once: new people, a new way of earning a living, a new culture ' +
          'and a new place. Even a well-planned move can change how people see themselves and what they value, and ' +
          'can cut them off from the people who supported them.',
        'Migration does not in itself harm mental health. But it can make people more vulnerable, especially when ' +
          'other risks add up and services are hard to reach.',
        'Each stage has its own risks. Before leaving, people may have lived through armed conflict, hunger, ' +
          'human-rights violations or other trauma. Being uprooted can mean losing home, family and community, a ' +
          'job, status, a sense of belonging and identity, and the networks that gave support, with an uncertain ' +
          'future ahead.',
        'In the host community, cultural differences, racism, unemployment and language barriers can lead to ' +
          'isolation and helplessness. People with an irregular status may live in uncertainty for a long time, ' +
          'with little or no access to services.',
        'Return brings its own difficulties. Homes, communities and services may have been destroyed, relatives ' +
          'may be impossible to trace, and jobs and school places may be few.',
        'When trauma, rights violations and poverty are left unaddressed, settling in, or settling back in after ' +
          'return, becomes harder. Programmes that promote well-being help keep people from being pushed to the ' +
          'margins or exploited by criminal networks.',
      ],
      takeaways: [
        'Migration is not in itself a threat to mental health, but it can make people more vulnerable.',
        'Every stage, from before departure to return, carries its own risks.',
        'Isolation, long uncertainty and poor access to services weigh heavily on well-being.',
        'Supporting well-being helps people integrate, or reintegrate after return, and protects them from exploitation.',
      ],
      source: positionPaper,
    },
    {
      kind: 'lesson',
      id: 'return-and-identity',
      eyebrow: 'Lesson 3',
      heading: 'Return migration and identity',
      duration: 5,
      contentNote:
        'This lesson talks about stigma and the sense of failure some people feel when they return. ' +
        'If it touches you personally, go gently and take a break whenever you need one.',
      paragraphs: [
        'Identity is at the heart of psychosocial well-being. It is who you are, how you see yourself and the ' +
          'world, how your family, friends and community see you, how you build relationships, and which social ' +
          'and cultural values you hold.',
        'Returning can shake that identity. Coming home is often bittersweet, and it can bring emotional, social, ' +
          'economic and cultural challenges.',
        'It can be hardest when the return feels like the failure of a personal or shared life project, a dream ' +
          'that broke, or the result of difficult decisions.',
        'Some returnees then meet stigma, rejection or discrimination from peers, family or the wider community, ' +
          'and this hurts their well-being.',
        'Understanding this can help families, friends and communities welcome returnees with less judgement and ' +
          'more care.',
      ],
      takeaways: [
        'Identity, how we see ourselves and how others see us, is central to well-being.',
        'Coming home can be bittersweet, with emotional, social, economic and cultural challenges.',
        'A return felt as a failure or a broken dream can be especially painful.',
        'Stigma and rejection from others harm returnees’ well-being.',
      ],
      source: coursePage,
    },
    {
      kind: 'reflection',
      id: 'mhm-course/return-identity',
      prompt:
        'What might coming home feel like for someone whose journey did not go as planned? ' +
        'What could help them feel welcome again?',
      hints: [
        'How their family, friends and neighbours might see them',
        'What they might feel but not say',
        'One small thing you or your community could do',
      ],
    },
    {
      kind: 'lesson',
      id: 'what-you-can-do',
      eyebrow: 'Lesson 4',
      heading: 'What can you do?',
      duration: 5,
      paragraphs: [
        'Whatever your role, two things are essential in every intervention.',
        'First, recognise when a person needs psychosocial support, and refer them to services that can help. ' +
          'You do not have to solve everything yourself.',
        'Second, bring psychosocial topics into your awareness-raising strategies, so that well-being is part of ' +
          'the conversation from the start.',
        'Support for individuals matters, and so does work with the whole community. Families and communities can ' +
          'give belonging and safety, and support that protects, restores and transforms. They can also foster ' +
          'acceptance and resilience.',
        'Every member of a community can contribute to the well-being of people who return.',
      ],
      takeaways: [
        'Recognise individual needs for psychosocial support, and refer people to appropriate services.',
        'Bring psychosocial topics into every awareness-raising strategy.',
        'Work with families and communities, not only with individuals.',
        'Everyone in a community can help returnees feel they belong.',
      ],
      source: coursePage,
    },
    {
      kind: 'reflection',
      id: 'mhm-course/community-support',
      prompt:
        'In your community, who could help a returnee feel they belong? ' +
        'How could you bring well-being into your next conversation or activity?',
      hints: [
        'People or groups that already bring others together',
        'Where you could refer someone who needs more support',
        'Words that welcome rather than judge',
      ],
    },
    { kind: 'five-reasons', id: 'five-reasons' },
    {
      kind: 'lesson',
      id: 'guiding-principles',
      eyebrow: 'Lesson 5',
      heading: 'Guiding principles for mental-health programmes in migration',
      duration: 7,
      paragraphs: [
        'The position paper gives some context. According to the World Health Organization’s World Health ' +
          'Report 2001, about 12% of the global burden of disease is due to mental and behavioural disorders, most ' +
          'countries spend under 1% of their health budget on mental health, 40% of countries have no ' +
          'mental-health policy and 30% have no mental-health programme.',
        'No single model programme fits everywhere. Programmes adapt to each population and culture, and begin ' +
          'with an assessment in the field, ideally by a team from several disciplines. Priorities are set together ' +
          'with the migrants concerned, local authorities and agencies.',
        'Programmes work with and through communities and their own resources. They strengthen the networks that ' +
          'already exist, involve communities in decisions, and train humanitarian workers in basic psychosocial ' +
          'skills. They build local capacity by training health workers, teachers, camp leaders and other networks.',
        'For services to keep working over the years, local government must accept them and national health ' +
          'plans must include them. In an emergency, restoring services is a short-term bridge towards ' +
          'development: food and shelter come first, and early psychosocial support alongside them can prevent ' +
          'long-term problems.',
        'In host countries, schools, hospitals, authorities and immigration officials often know little about ' +
          'migrants’ past experiences and cultures. Services may see mental illness very differently from the ' +
          'migrant’s community, and language barriers can hurt trust. Cultural mediators from the community of ' +
          'origin can help.',
        'The work draws on many fields: primary health care, psychiatry, psychology, anthropology, history and ' +
          'law. Agencies coordinate to avoid duplication and to share experience and information. Throughout, ' +
          'programmes respect ethical standards and confidentiality, stay neutral, and respect and promote human ' +
          'rights.',
      ],
      takeaways: [
        'No single model fits everywhere: adapt to each group, and assess first, with the people concerned.',
        'Work through communities, and build local and national capacity so that services keep working over time.',
        'In host countries, cultural mediators can help services understand migrants and earn their trust.',
        'Coordinate across disciplines and agencies, and always protect confidentiality and human rights.',
      ],
      source: `${positionPaper}; figures from the WHO World Health Report 2001, as cited in the paper`,
    },
    {
      kind: 'quiz',
      id: 'course-quiz',
      heading: 'Course quiz',
      questions: [
        {
          type: 'single',
          prompt: 'How does the World Health Organization describe mental health?',
          explanation:
            'The WHO describes mental health as a state of well-being. It is more than the absence of mental ' +
            'disorders, and it is bound up with physical and social life.',
          choices: [
            {
              text: 'As the absence of any mental disorder, once a health professional has confirmed that none is present',
              feedback: 'Mental health is more than the absence of a disorder: it is a state of well-being.',
            },
            {
              text:
                'As a state of well-being in which people realise their abilities, cope with life’s normal stresses, ' +
                'work productively and contribute to their community',
              correct: true,
              feedback: 'This is the description the course starts from.',
            },
            {
              text:
                'As a state of lasting happiness in which people feel calm every day, stay away from the stresses of ' +
                'life and never need any help from the people around them',
              feedback: 'Well-being includes coping with the normal stresses of life, not avoiding them.',
            },
          ],
        },
        {
          type: 'true-false',
          prompt: 'Migration in itself is a threat to mental health.',
          answer: 'false',
          explanation:
            'Migration does not in itself threaten mental health. It can create a specific vulnerability, ' +
            'especially alongside other risk factors and limited access to services.',
        },
        {
          type: 'multiple',
          prompt: 'What may people find when they return home?',
          explanation:
            'Each stage of migration has its own risks. On return, people may find homes and services destroyed, ' +
            'lose track of family, and find few jobs or school places. Stigma can come from family too.',
          choices: [
            {
              text: 'Homes, communities or services that were destroyed while they were away',
              correct: true,
              feedback: 'This can happen on return.',
            },
            {
              text: 'An end to their difficulties, as soon as they are back among their own family',
              feedback: 'Return is a stage with its own risks, and stigma or rejection can come from family too.',
            },
            {
              text: 'Relatives who cannot be traced, and few jobs or school places',
              correct: true,
              feedback: 'Lost contact and few opportunities can make return harder.',
            },
            {
              text: 'A welcome free of stigma, since their community sees only the effort they made abroad',
              feedback: 'Returnees may meet stigma, rejection or discrimination from peers, family and the wider community.',
            },
          ],
        },
        {
          type: 'single',
          prompt: 'When can returning home be especially hard on a person’s well-being?',
          explanation:
            'Return can challenge identity. It is hardest when it is felt as a failure, a broken dream or the ' +
            'result of hard decisions, and when returnees meet stigma or rejection.',
          choices: [
            {
              text: 'Mainly when the person spent many years abroad, whatever their reasons for leaving and for coming back',
              feedback: 'The lesson points to how the return is felt, not to how long the person was away.',
            },
            {
              text: 'Mainly when the person comes back to a place where they have no family left at all',
              feedback: 'Even close to family, a return felt as a failure can be hard, and stigma can come from family too.',
            },
            {
              text: 'When it feels like the failure of a personal or shared life project, or a broken dream',
              correct: true,
              feedback: 'A return felt as a broken dream can be particularly painful.',
            },
          ],
        },
        {
          type: 'multiple',
          prompt: 'What is essential in every intervention?',
          explanation:
            'Every intervention needs both: recognising individual needs and referring people to appropriate ' +
            'services, and bringing psychosocial topics into awareness raising.',
          choices: [
            {
              text: 'Giving therapy yourself to each person you meet, so that nobody has to wait for a specialised service',
              feedback: 'Your role is to notice needs and refer people to services that can help.',
            },
            {
              text: 'Recognising a person’s need for psychosocial support, and referring them to a suitable service',
              correct: true,
              feedback: 'This is one of the essentials.',
            },
            {
              text: 'Keeping conversations away from feelings, so that no one in the group gets upset or ashamed',
              feedback: 'Talking about psychosocial topics is part of the work.',
            },
            {
              text: 'Bringing psychosocial topics into the way awareness-raising activities are planned',
              correct: true,
              feedback: 'This is one of the essentials.',
            },
          ],
        },
        {
          type: 'true-false',
          prompt: 'Every member of a community can contribute to returnees’ well-being, not only trained specialists.',
          answer: 'true',
          explanation:
            'Every member of a community can contribute. Families and communities can give belonging, safety ' +
            'and acceptance.',
        },
        {
          type: 'single',
          prompt: 'Which of these is one of the five reasons to bring psychosocial topics into awareness raising?',
          explanation:
            'The five reasons: more attention to what returnees live through inside, more inclusive attitudes, ' +
            'mutual understanding and acceptance, support that grows from the community, and prevention and ' +
            'well-being.',
          choices: [
            {
              text: 'It encourages more inclusive, positive attitudes towards returnees and counters stigma',
              correct: true,
              feedback: 'Countering stigma is one of the five reasons.',
            },
            {
              text: 'It lets communities take over from specialised services, which are then no longer needed',
              feedback: 'People who need more support are still referred to services.',
            },
            {
              text: 'It keeps returnees’ painful experiences out of community conversations, so that nobody judges them',
              feedback: 'The aim is mutual understanding, which grows from talking together.',
            },
          ],
        },
        {
          type: 'multiple',
          prompt: 'Which of these are guiding principles for mental-health programmes in migration?',
          explanation:
            'Programmes are flexible, start with a field assessment, are community-based, build local capacity, ' +
            'fit into national structures, draw on several disciplines, are coordinated between agencies, and ' +
            'respect ethics and confidentiality.',
          choices: [
            {
              text: 'Start with an assessment in the field, with the people concerned',
              correct: true,
              feedback: 'Programmes begin by assessing the situation, with the people concerned.',
            },
            {
              text: 'Use one tested model programme everywhere, so that quality is the same in every country',
              feedback: 'No single model fits everywhere: programmes adapt to each population and culture.',
            },
            {
              text: 'Work with and through communities, and strengthen the networks they already have',
              correct: true,
              feedback: 'Programmes are community-based.',
            },
            {
              text: 'Respect confidentiality and human rights, and stay neutral',
              correct: true,
              feedback: 'Ethics and confidentiality guide every programme.',
            },
          ],
        },
      ],
    },
  ],
  closing: {
    heading: 'Thank you for learning with us',
    paragraphs: [
      'You have finished the course. You now know more about how migration can affect mental health, and how to ' +
        'notice when someone needs support.',
      'You do not need to be a specialist to make a difference. Listening with respect, speaking about well-being ' +
        'without stigma, and pointing people towards the right services all help.',
    ],
    furtherLearning:
      'To go further, look for K-par-Cas 2: IOM’s toolkit for migrants’ reintegration and mental-health ' +
      'support, presented with this course.',
  },
  supportNote:
    'If any of this brings up painful feelings, you are not alone. Talking to someone you trust, or to a local ' +
    'support service, can help.',
};

export default course;
