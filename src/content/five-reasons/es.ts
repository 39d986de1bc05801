import type { FiveReasonsContent } from './types.js';

const content: FiveReasonsContent = {
  lang: 'es',
  dir: 'ltr',
  heading: 'Cinco razones para integrar los temas psicosociales en la sensibilización',
  reasons: [
    {
      title: 'Atención a lo que las personas retornadas viven por dentro',
      body:
        'Hablar de temas psicosociales ayuda a la comunidad a darse cuenta de lo que las personas retornadas pueden sentir y pensar. ' +
        'Volver a casa puede ser agridulce, y su lado emocional pasa fácilmente desapercibido.',
    },
    {
      title: 'Actitudes más positivas e inclusivas',
      body:
        'Las personas retornadas pueden sufrir estigma, rechazo o discriminación, sobre todo cuando su regreso se ve como un fracaso. ' +
        'Las conversaciones abiertas fomentan actitudes más comprensivas e inclusivas hacia ellas.',
    },
    {
      title: 'Comprenderse y aceptarse mutuamente',
      body:
        'La sensibilización reúne a las personas retornadas, sus familias y sus comunidades para conversar, ' +
        'de modo que todos se entiendan mejor y se acepten con más facilidad.',
    },
    {
      title: 'Un apoyo que nace de la comunidad',
      body:
        'El apoyo psicosocial puede crecer de abajo arriba, impulsado por la propia comunidad. ' +
        'Las familias, los pares y los vecinos pueden reforzar las redes que dan a las personas retornadas pertenencia y seguridad.',
    },
    {
      title: 'Prevención y bienestar',
      body:
        'Atender pronto las necesidades psicosociales ayuda a evitar que los problemas se agraven y promueve el bienestar de las personas retornadas. ' +
        'También permite reconocer quién necesita más apoyo y derivarlo a los servicios adecuados.',
    },
  ],
};

export default content;
