/** The ADL verbs the xAPI bridge uses, with their display in each language the library speaks. */
export type XapiVerb = 'experienced' | 'answered' | 'completed' | 'passed' | 'failed';

const displays: Record<string, Record<XapiVerb, string>> = {
  en: { experienced: 'experienced', answered: 'answered', completed: 'completed', passed: 'passed', failed: 'failed' },
  fr: { experienced: 'a consulté', answered: 'a répondu', completed: 'a terminé', passed: 'a réussi', failed: 'a échoué' },
  ar: { experienced: 'اطّلع على', answered: 'أجاب عن', completed: 'أكمل', passed: 'نجح في', failed: 'لم ينجح في' },
  es: { experienced: 'consultó', answered: 'respondió', completed: 'completó', passed: 'aprobó', failed: 'no aprobó' },
  pt: { experienced: 'consultou', answered: 'respondeu', completed: 'concluiu', passed: 'foi aprovado em', failed: 'não foi aprovado em' },
};

/**
 * The verb as xAPI wants it: its ADL IRI and a language map in the page's language (`fr-CA` gets the
 * French text under `fr-CA`); a language the library does not speak gets the English text under `en`.
 */
export function xapiVerb(verb: XapiVerb, lang: string): { id: string; display: Record<string, string> } {
  const primary = lang.split('-')[0].toLowerCase();
  const own = Object.hasOwn(displays, primary) ? displays[primary] : undefined;
  return {
    id: `http://adlnet.gov/expapi/verbs/${verb}`,
    display: own ? { [lang]: own[verb] } : { en: displays.en[verb] },
  };
}
