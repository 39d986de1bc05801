import type { CourseContent } from './types.js';

// French typography: the spaces before : ; ? ! % and inside « » are no-break spaces (U+00A0), so a
// sign never wraps alone onto the next line of a narrow phone screen.

const positionPaper = 'OIM, document de position sur le bien-être psychosocial et mental des migrants (MC/INF/271)';
const coursePage = 'OIM, présentation du cours en ligne Santé mentale et migration : sensibilisation';

const course: CourseContent = {
  lang: 'fr',
  dir: 'ltr',
  title: 'Santé mentale et migration : sensibilisation',
  summary:
    'Comment la migration peut influer sur la santé mentale, et comment soutenir les personnes migrantes, ' +
    'de retour ou vulnérables lors des activités de sensibilisation.',
  activities: [
    {
      kind: 'lesson',
      id: 'what-is-mental-health',
      eyebrow: 'Leçon 1',
      heading: 'Qu’est-ce que la santé mentale ?',
      duration: 5,
      paragraphs: [
        'L’Organisation mondiale de la Santé décrit la santé mentale comme un état de bien-être. Dans cet état, ' +
          'une personne réalise son potentiel, fait face aux tensions ordinaires de la vie, travaille ' +
          'de façon productive et apporte sa contribution à sa communauté.',
        'La santé mentale, ce n’est pas seulement l’absence de trouble mental. Elle est étroitement liée à la ' +
          'santé du corps et à la manière dont on vit avec les autres.',
        'Elle n’a pas le même sens pour tout le monde. La façon d’exprimer le bien-être ou la détresse dépend de ' +
          'la culture et de la situation de chacun : d’une culture à l’autre, il est pratiquement impossible d’en ' +
          'donner une définition complète.',
        'Une approche psychosociale relie le bien-être intérieur d’une personne à son monde social et culturel. ' +
          'Agir sur l’entourage social d’une personne ou d’un groupe peut améliorer la façon dont elle se sent.',
        'Chaque communauté a ses propres façons de prendre soin des personnes en détresse, des soins ' +
          'psychiatriques et des médicaments jusqu’aux guérisseurs traditionnels et spirituels. Ces pratiques ' +
          'méritent le respect.',
      ],
      takeaways: [
        'La santé mentale est un état de bien-être, pas seulement l’absence de trouble.',
        'Le bien-être et la détresse s’expriment différemment selon la culture et le contexte.',
        'L’entourage social influe sur le bien-être intérieur : l’améliorer peut aider une personne à aller mieux.',
        'Les façons locales de prendre soin des personnes en détresse méritent le respect.',
      ],
      source: positionPaper,
    },
    {
      kind: 'lesson',
      id: 'migration-and-well-being',
      eyebrow: 'Leçon 2',
      heading: 'Migration et bien-être psychosocial',
      duration: 6,
      contentNote:
        'Cette leçon évoque les conflits armés, la faim, les violations des droits humains et d’autres ' +
        'expériences douloureuses. Avancez à votre rythme et faites une pause dès que vous en avez besoin.',
      paragraphs: [
        'Migrer, c’est s’adapter à beaucoup de choses à la fois : de nouvelles personnes, une nouvelle façon de ' +
          'gagner sa vie, une nouvelle culture, un nouveau lieu. Même un départ bien préparé peut changer la façon ' +
          'dont on se voit et ce à quoi l’on tient, et couper de celles et ceux qui nous soutenaient.',
        'La migration ne nuit pas en elle-même à la santé mentale. Mais elle peut rendre plus vulnérable, surtout ' +
          'quand d’autres risques s’y ajoutent et que les services sont difficiles d’accès.',
        'Chaque étape comporte ses propres risques. Avant le départ, certaines personnes ont connu un conflit ' +
          'armé, la faim, des violations des droits humains ou d’autres traumatismes. Le déracinement peut faire ' +
          'perdre son foyer, sa famille et sa communauté, son emploi, son statut, son sentiment d’appartenance et ' +
          'son identité, ainsi que les réseaux de soutien, face à un avenir incertain.',
        'Dans la communauté d’accueil, les différences culturelles, le racisme, le chômage et la barrière de la ' +
          'langue peuvent mener à l’isolement et à un sentiment d’impuissance. Les personnes en situation ' +
          'irrégulière peuvent vivre longtemps dans l’incertitude, avec peu ou pas d’accès aux services.',
        'Le retour a ses propres difficultés. Les maisons, les communautés et les services ont parfois été ' +
          'détruits, des proches peuvent être introuvables, et les emplois comme les places à l’école peuvent ' +
          'manquer.',
        'Quand les traumatismes, les violations des droits et la pauvreté ne sont pas pris en charge, il devient ' +
          'plus difficile de s’intégrer, ou de se réintégrer après le retour. Les programmes qui favorisent le ' +
          'bien-être aident à éviter que des personnes soient mises à l’écart ou exploitées par des réseaux ' +
          'criminels.',
      ],
      takeaways: [
        'La migration n’est pas en soi une menace pour la santé mentale, mais elle peut rendre plus vulnérable.',
        'Chaque étape, d’avant le départ jusqu’au retour, comporte ses propres risques.',
        'L’isolement, une longue incertitude et le manque d’accès aux services pèsent lourd sur le bien-être.',
        'Soutenir le bien-être aide à s’intégrer ou à se réintégrer, et protège de l’exploitation.',
      ],
      source: positionPaper,
    },
    {
      kind: 'lesson',
      id: 'return-and-identity',
      eyebrow: 'Leçon 3',
      heading: 'Migration de retour et identité',
      duration: 5,
      contentNote:
        'Cette leçon parle de stigmatisation et du sentiment d’échec que certaines personnes ressentent à leur ' +
        'retour. Si elle vous touche personnellement, prenez votre temps et faites une pause quand vous le ' +
        'souhaitez.',
      paragraphs: [
        'L’identité est au cœur du bien-être psychosocial. C’est qui vous êtes, la façon dont vous vous voyez et ' +
          'voyez le monde, la façon dont votre famille, vos amis et votre communauté vous voient, la manière dont ' +
          'vous nouez des liens, et les valeurs sociales et culturelles auxquelles vous tenez.',
        'Le retour peut ébranler cette identité. Rentrer chez soi a souvent un goût doux-amer, et peut apporter ' +
          'des difficultés émotionnelles, sociales, économiques et culturelles.',
        'C’est souvent plus dur quand le retour est vécu comme l’échec d’un projet de vie personnel ou partagé, ' +
          'un rêve brisé, ou la conséquence de décisions difficiles.',
        'Certaines personnes de retour se heurtent alors à la stigmatisation, au rejet ou à la discrimination de ' +
          'la part de leurs pairs, de leur famille ou de la communauté, ce qui nuit à leur bien-être.',
        'Comprendre cela peut aider les familles, les amis et les communautés à accueillir les personnes de ' +
          'retour avec moins de jugement et plus de bienveillance.',
      ],
      takeaways: [
        'L’identité, la façon dont on se voit et dont les autres nous voient, est au cœur du bien-être.',
        'Rentrer chez soi peut être doux-amer, avec des difficultés émotionnelles, sociales, économiques et culturelles.',
        'Un retour vécu comme un échec ou un rêve brisé peut être particulièrement douloureux.',
        'La stigmatisation et le rejet nuisent au bien-être des personnes de retour.',
      ],
      source: coursePage,
    },
    {
      kind: 'reflection',
      id: 'mhm-course/return-identity',
      prompt:
        'Que peut ressentir une personne qui rentre chez elle alors que son parcours ne s’est pas passé comme ' +
        'prévu ? Qu’est-ce qui pourrait l’aider à se sentir de nouveau la bienvenue ?',
      hints: [
        'Le regard que sa famille, ses amis et ses voisins peuvent porter sur elle',
        'Ce qu’elle peut ressentir sans le dire',
        'Un petit geste que vous ou votre communauté pourriez faire',
      ],
    },
    {
      kind: 'lesson',
      id: 'what-you-can-do',
      eyebrow: 'Leçon 4',
      heading: 'Que pouvez-vous faire ?',
      duration: 5,
      paragraphs: [
        'Quel que soit votre rôle, deux choses sont essentielles dans toute intervention.',
        'D’abord, repérer quand une personne a besoin d’un soutien psychosocial, et l’orienter vers les services ' +
          'qui peuvent l’aider. Vous n’avez pas à tout résoudre vous-même.',
        'Ensuite, intégrer les questions psychosociales à vos stratégies de sensibilisation, pour que le ' +
          'bien-être fasse partie de la conversation dès le départ.',
        'Le soutien individuel compte, et le travail avec toute la communauté aussi. Les familles et les ' +
          'communautés peuvent offrir appartenance et sécurité, ainsi qu’un soutien qui protège, répare et ' +
          'transforme. Elles peuvent aussi favoriser l’acceptation et la résilience.',
        'Chaque membre d’une communauté peut contribuer au bien-être des personnes qui reviennent.',
      ],
      takeaways: [
        'Repérer les besoins individuels de soutien psychosocial et orienter vers les services adaptés.',
        'Intégrer les questions psychosociales à chaque stratégie de sensibilisation.',
        'Travailler avec les familles et les communautés, pas seulement avec les individus.',
        'Chacun, dans une communauté, peut aider les personnes de retour à se sentir chez elles.',
      ],
      source: coursePage,
    },
    {
      kind: 'reflection',
      id: 'mhm-course/community-support',
      prompt:
        'Dans votre communauté, qui pourrait aider une personne de retour à se sentir à sa place ? Comment ' +
        'pourriez-vous parler de bien-être lors de votre prochaine conversation ou activité ?',
      hints: [
        'Les personnes ou les groupes qui rassemblent déjà les gens',
        'Vers qui orienter une personne qui a besoin de plus de soutien',
        'Des mots qui accueillent plutôt qu’ils ne jugent',
      ],
    },
    { kind: 'five-reasons', id: 'five-reasons' },
    {
      kind: 'lesson',
      id: 'guiding-principles',
      eyebrow: 'Leçon 5',
      heading: 'Principes directeurs des programmes de santé mentale en contexte migratoire',
      duration: 7,
      paragraphs: [
        'Le document de position donne quelques repères. Selon le Rapport sur la santé dans le monde 2001 de ' +
          'l’Organisation mondiale de la Santé, environ 12 % de la charge mondiale de morbidité est due aux ' +
          'troubles mentaux et du comportement, la plupart des pays consacrent moins de 1 % de leur budget de ' +
          'santé à la santé mentale, 40 % des pays n’ont pas de politique de santé mentale et 30 % n’ont pas de ' +
          'programme de santé mentale.',
        'Aucun programme type ne convient partout. Les programmes s’adaptent à chaque population et à chaque ' +
          'culture, et commencent par une évaluation sur le terrain, idéalement menée par une équipe ' +
          'pluridisciplinaire. Les priorités sont fixées avec les personnes migrantes concernées, les autorités ' +
          'locales et les organismes présents.',
        'Les programmes s’appuient sur les communautés et sur leurs propres ressources. Ils renforcent les ' +
          'réseaux existants, associent les communautés aux décisions et forment le personnel humanitaire aux ' +
          'compétences psychosociales de base. Ils renforcent les capacités locales en formant les agents de ' +
          'santé, les enseignants, les responsables de camps et d’autres réseaux.',
        'Pour que les services continuent à fonctionner pendant des années, les autorités locales doivent les ' +
          'accepter et les plans nationaux de santé doivent les inclure. En situation d’urgence, rétablir les ' +
          'services est une passerelle à court terme vers le développement : la nourriture et l’abri passent ' +
          'd’abord, et un soutien psychosocial précoce à leurs côtés peut prévenir des problèmes à long terme.',
        'Dans les pays d’accueil, les écoles, les hôpitaux, les autorités et les agents de l’immigration ' +
          'connaissent souvent mal le vécu et la culture des personnes migrantes. Les services peuvent concevoir ' +
          'la maladie mentale très différemment de la communauté d’origine, et la barrière de la langue peut nuire ' +
          'à la confiance. Des médiateurs culturels issus de la communauté d’origine peuvent aider.',
        'Ce travail fait appel à de nombreuses disciplines : soins de santé primaires, psychiatrie, psychologie, ' +
          'anthropologie, histoire et droit. Les organismes se coordonnent pour éviter les doublons et partager ' +
          'expériences et informations. Partout, les programmes respectent les normes éthiques et la ' +
          'confidentialité, restent neutres, et respectent et promeuvent les droits humains.',
      ],
      takeaways: [
        'Aucun modèle ne convient partout : s’adapter à chaque groupe et évaluer d’abord, avec les personnes concernées.',
        'S’appuyer sur les communautés et renforcer les capacités locales et nationales pour que les services continuent à fonctionner dans le temps.',
        'Dans les pays d’accueil, des médiateurs culturels aident les services à comprendre les personnes migrantes et à gagner leur confiance.',
        'Se coordonner entre disciplines et organismes, et toujours protéger la confidentialité et les droits humains.',
      ],
      source: `${positionPaper} ; chiffres tirés du Rapport sur la santé dans le monde 2001 de l’OMS, cités dans ce document`,
    },
    {
      kind: 'quiz',
      id: 'course-quiz',
      heading: 'Quiz du cours',
      questions: [
        {
          type: 'single',
          prompt: 'Comment l’Organisation mondiale de la Santé décrit-elle la santé mentale ?',
          explanation:
            'L’OMS décrit la santé mentale comme un état de bien-être. C’est plus que l’absence de troubles ' +
            'mentaux, et c’est étroitement lié à la vie physique et sociale.',
          choices: [
            {
              text: 'Comme l’absence de tout trouble mental, une fois qu’un professionnel de santé a confirmé qu’il n’y en a aucun',
              feedback: 'La santé mentale est plus que l’absence de trouble : c’est un état de bien-être.',
            },
            {
              text:
                'Comme un état de bien-être dans lequel on réalise son potentiel, on fait face aux tensions ordinaires ' +
                'de la vie, on travaille de façon productive et on contribue à sa communauté',
              correct: true,
              feedback: 'C’est la description dont part le cours.',
            },
            {
              text:
                'Comme un état de bonheur durable dans lequel on se sent calme chaque jour, on se tient à l’écart des ' +
                'tensions de la vie et on n’a jamais besoin de l’aide de qui que ce soit autour de soi',
              feedback: 'Le bien-être consiste à faire face aux tensions ordinaires de la vie, pas à les éviter.',
            },
          ],
        },
        {
          type: 'true-false',
          prompt: 'La migration est en elle-même une menace pour la santé mentale.',
          answer: 'false',
          explanation:
            'La migration ne menace pas en elle-même la santé mentale. Elle peut créer une vulnérabilité ' +
            'particulière, surtout si d’autres facteurs de risque s’y ajoutent et que l’accès aux services est limité.',
        },
        {
          type: 'multiple',
          prompt: 'Que peuvent trouver les personnes à leur retour ?',
          explanation:
            'Chaque étape de la migration comporte ses propres risques. Au retour, on peut trouver des maisons et ' +
            'des services détruits, perdre la trace de sa famille, et trouver peu d’emplois ou de places à l’école. ' +
            'La stigmatisation peut aussi venir de la famille.',
          choices: [
            {
              text: 'Des maisons, des communautés ou des services détruits pendant leur absence',
              correct: true,
              feedback: 'Cela peut arriver au retour.',
            },
            {
              text: 'La fin de leurs difficultés, dès qu’elles se retrouvent parmi leur propre famille',
              feedback: 'Le retour est une étape qui a ses propres risques, et le rejet peut venir de la famille aussi.',
            },
            {
              text: 'Des proches introuvables, et peu d’emplois ou de places à l’école',
              correct: true,
              feedback: 'Les liens perdus et le manque de perspectives peuvent rendre le retour plus difficile.',
            },
            {
              text: 'Un accueil sans stigmatisation, puisque leur entourage ne voit que l’effort fourni à l’étranger',
              feedback:
                'Les personnes de retour peuvent subir stigmatisation, rejet ou discrimination de la part de leurs ' +
                'pairs, de leur famille et de la communauté.',
            },
          ],
        },
        {
          type: 'single',
          prompt: 'Quand le retour peut-il peser particulièrement sur le bien-être d’une personne ?',
          explanation:
            'Le retour peut bousculer l’identité. Il est le plus dur quand il est vécu comme un échec, un rêve brisé ' +
            'ou l’issue de décisions difficiles, et quand la personne fait face à la stigmatisation ou au rejet.',
          choices: [
            {
              text: 'Surtout quand la personne a passé de longues années à l’étranger, quelles que soient les raisons de son départ et de son retour',
              feedback: 'La leçon parle de la manière dont le retour est vécu, pas de la durée de l’absence.',
            },
            {
              text: 'Surtout quand la personne revient dans un lieu où il ne lui reste plus du tout de famille',
              feedback:
                'Même entourée de sa famille, un retour vécu comme un échec peut être difficile, et la stigmatisation ' +
                'peut venir de la famille aussi.',
            },
            {
              text: 'Quand il est vécu comme l’échec d’un projet de vie personnel ou partagé, ou comme un rêve brisé',
              correct: true,
              feedback: 'Un retour vécu comme un rêve brisé peut être particulièrement douloureux.',
            },
          ],
        },
        {
          type: 'multiple',
          prompt: 'Qu’est-ce qui est essentiel dans toute intervention ?',
          explanation:
            'Toute intervention a besoin des deux : repérer les besoins de chacun et orienter vers les services ' +
            'adaptés, et intégrer les questions psychosociales à la sensibilisation.',
          choices: [
            {
              text: 'Mener soi-même une thérapie avec chaque personne rencontrée, pour que personne n’attende un service',
              feedback: 'Votre rôle est de repérer les besoins et d’orienter vers des services qui peuvent aider.',
            },
            {
              text: 'Repérer le besoin de soutien psychosocial d’une personne, et l’orienter vers un service adapté',
              correct: true,
              feedback: 'C’est l’un des éléments essentiels.',
            },
            {
              text: 'Éviter de parler des émotions, pour que personne dans le groupe ne soit bouleversé ou gêné',
              feedback: 'Parler des questions psychosociales fait partie du travail.',
            },
            {
              text: 'Intégrer les questions psychosociales à la façon de concevoir les actions de sensibilisation',
              correct: true,
              feedback: 'C’est l’un des éléments essentiels.',
            },
          ],
        },
        {
          type: 'true-false',
          prompt: 'Chaque membre d’une communauté peut contribuer au bien-être des personnes de retour, pas seulement les spécialistes formés.',
          answer: 'true',
          explanation:
            'Chaque membre d’une communauté peut y contribuer. Les familles et les communautés peuvent offrir ' +
            'appartenance, sécurité et acceptation.',
        },
        {
          type: 'single',
          prompt: 'Laquelle de ces propositions fait partie des cinq raisons d’intégrer les questions psychosociales à la sensibilisation ?',
          explanation:
            'Les cinq raisons : plus d’attention à ce que vivent intérieurement les personnes de retour, des attitudes ' +
            'plus inclusives, la compréhension et l’acceptation mutuelles, un soutien qui naît de la communauté, ' +
            'et la prévention et le bien-être.',
          choices: [
            {
              text: 'Elle favorise des attitudes plus inclusives et positives envers les personnes de retour, et combat la stigmatisation',
              correct: true,
              feedback: 'Combattre la stigmatisation est l’une des cinq raisons.',
            },
            {
              text: 'Elle permet aux communautés de remplacer les services spécialisés, qui ne sont alors plus nécessaires',
              feedback: 'Les personnes qui ont besoin de plus de soutien sont toujours orientées vers des services.',
            },
            {
              text:
                'Elle tient les expériences douloureuses des personnes de retour à l’écart des conversations de la ' +
                'communauté, pour que personne ne les juge',
              feedback: 'Le but est la compréhension mutuelle, qui naît des échanges.',
            },
          ],
        },
        {
          type: 'multiple',
          prompt: 'Lesquels de ces principes guident les programmes de santé mentale dans le contexte migratoire ?',
          explanation:
            'Les programmes sont souples, commencent par une évaluation sur le terrain, s’appuient sur les ' +
            'communautés, renforcent les capacités locales, s’inscrivent dans les structures nationales, font appel ' +
            'à plusieurs disciplines, sont coordonnés entre organismes et respectent l’éthique et la confidentialité.',
          choices: [
            {
              text: 'Commencer par une évaluation sur le terrain, avec les personnes concernées',
              correct: true,
              feedback: 'Les programmes commencent par évaluer la situation, avec les personnes concernées.',
            },
            {
              text: 'Appliquer partout un même programme modèle éprouvé, pour une qualité égale dans tous les pays',
              feedback: 'Aucun modèle ne convient partout : les programmes s’adaptent à chaque population et à chaque culture.',
            },
            {
              text: 'Travailler avec et par les communautés, et renforcer les réseaux qu’elles ont déjà',
              correct: true,
              feedback: 'Les programmes s’appuient sur les communautés.',
            },
            {
              text: 'Respecter la confidentialité et les droits humains, et rester neutre',
              correct: true,
              feedback: 'L’éthique et la confidentialité guident chaque programme.',
            },
          ],
        },
      ],
    },
  ],
  closing: {
    heading: 'Merci d’avoir suivi ce cours',
    paragraphs: [
      'Vous avez terminé le cours. Vous savez maintenant mieux comment la migration peut influer sur la santé ' +
        'mentale, et comment repérer qu’une personne a besoin de soutien.',
      'Nul besoin d’être spécialiste pour changer les choses. Écouter avec respect, parler du bien-être sans ' +
        'stigmatiser et orienter vers les bons services, tout cela aide.',
    ],
    furtherLearning:
      'Pour aller plus loin, cherchez K-par-Cas 2 : la boîte à outils de l’OIM pour la réintégration des ' +
      'personnes migrantes et le soutien en santé mentale, présentée avec ce cours.',
  },
  supportNote:
    'Si ce contenu fait remonter des émotions douloureuses, vous n’êtes pas seul ou seule. En parler à une ' +
    'personne de confiance, ou à un service de soutien près de chez vous, peut aider.',
};

export default course;
