import type { FiveReasonsContent } from './types.js';

const content: FiveReasonsContent = {
  lang: 'fr',
  dir: 'ltr',
  heading: 'Cinq raisons d’intégrer les questions psychosociales à la sensibilisation',
  reasons: [
    {
      title: 'Être attentif à ce que vivent intérieurement les personnes de retour',
      body:
        'Parler des questions psychosociales aide la communauté à percevoir ce que les personnes de retour peuvent ressentir et penser. ' +
        'Le retour peut avoir un goût doux-amer, et sa dimension émotionnelle passe facilement inaperçue.',
    },
    {
      title: 'Des attitudes plus positives et plus inclusives',
      body:
        'Les personnes de retour peuvent subir la stigmatisation, le rejet ou la discrimination, surtout quand leur retour est vu comme un échec. ' +
        'Des échanges ouverts favorisent à leur égard des attitudes plus bienveillantes et plus inclusives.',
    },
    {
      title: 'Se comprendre et s’accepter mutuellement',
      body:
        'La sensibilisation réunit les personnes de retour, leurs familles et leur communauté pour qu’elles se parlent\u00a0: ' +
        'chacun comprend mieux l’autre et l’accepte plus facilement.',
    },
    {
      title: 'Un soutien qui naît de la communauté',
      body:
        'Le soutien psychosocial peut partir de la base, porté par la communauté elle-même. ' +
        'Familles, pairs et voisins peuvent renforcer les réseaux qui offrent aux personnes de retour appartenance et sécurité.',
    },
    {
      title: 'Prévenir et promouvoir le bien-être',
      body:
        'Prêter attention tôt aux besoins psychosociaux aide à éviter que les difficultés ne s’aggravent et favorise le bien-être des personnes de retour. ' +
        'C’est aussi l’occasion de repérer qui a besoin d’un soutien plus important et de l’orienter vers les services adaptés.',
    },
  ],
};

export default content;
