import type { FiveReasonsContent } from './types.js';

const content: FiveReasonsContent = {
  lang: 'en',
  dir: 'ltr',
  heading: 'Five reasons to bring psychosocial topics into awareness raising',
  reasons: [
    {
      title: 'Noticing what returnees live through inside',
      body:
        'Talking about psychosocial topics helps a community notice what returnees may be feeling and thinking. ' +
        'Coming home can be bittersweet, and its emotional side is easy to overlook.',
    },
    {
      title: 'More inclusive, positive attitudes',
      body:
        'Returnees may meet stigma, rejection or discrimination, above all when their return is seen as a failure. ' +
        'Open conversations encourage kinder and more inclusive attitudes towards them.',
    },
    {
      title: 'Understanding and accepting one another',
      body:
        'Awareness raising brings returnees, their families and their communities together to talk, ' +
        'so that each side understands the other better and accepts them more easily.',
    },
    {
      title: 'Support that grows from the community',
      body:
        'Psychosocial support can grow from the bottom up, led by the community itself. ' +
        'Families, peers and neighbours can strengthen the networks that give returnees belonging and safety.',
    },
    {
      title: 'Prevention and well-being',
      body:
        'Paying attention to psychosocial needs early helps keep problems from growing and promotes returnees’ well-being. ' +
        'It is also a chance to notice who needs more support, and to refer them to the right services.',
    },
  ],
};

export default content;
