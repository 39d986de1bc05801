import type { FiveReasonsContent } from './types.js';

const content: FiveReasonsContent = {
  lang: 'pt',
  dir: 'ltr',
  heading: 'Cinco razões para integrar os temas psicossociais na sensibilização',
  reasons: [
    {
      title: 'Atenção ao que os retornados vivem por dentro',
      body:
        'Falar de temas psicossociais ajuda a comunidade a perceber o que os migrantes retornados podem sentir e pensar. ' +
        'O regresso a casa pode ser agridoce, e o seu lado emocional passa facilmente despercebido.',
    },
    {
      title: 'Atitudes mais positivas e inclusivas',
      body:
        'Os retornados podem enfrentar estigma, rejeição ou discriminação, sobretudo quando o regresso é visto como um fracasso. ' +
        'Conversas abertas incentivam atitudes mais compreensivas e inclusivas em relação a eles.',
    },
    {
      title: 'Compreensão e aceitação mútuas',
      body:
        'A sensibilização junta os retornados, as suas famílias e as comunidades para conversarem, ' +
        'de modo que todos se compreendam melhor e se aceitem com mais facilidade.',
    },
    {
      title: 'Apoio que nasce da comunidade',
      body:
        'O apoio psicossocial pode crescer de baixo para cima, conduzido pela própria comunidade. ' +
        'Famílias, pares e vizinhos podem reforçar as redes que dão aos retornados um sentimento de pertença e de segurança.',
    },
    {
      title: 'Prevenção e promoção do bem-estar',
      body:
        'Dar atenção cedo às necessidades psicossociais ajuda a evitar que os problemas se agravem e promove o bem-estar dos retornados. ' +
        'É também uma oportunidade para reconhecer quem precisa de mais apoio e encaminhá-lo para os serviços adequados.',
    },
  ],
};

export default content;
