/**
 * Where someone comes from is no place of what befell them: "een 50-jarige arts uit
 * Saoedi-Arabië werd aangehouden" was arrested in Magdeburg, "ein Mann aus Syrien", "a man from
 * Syria" wherever the sentence says.
 */
import type { Mention } from '../types.ts';

/** A person described (by age or as a man, woman, doctor…), then "from"/"uit"/"aus", right before the place. */
const FROM_AFTER_PERSON =
  /(?:\d+-(?:jarige|jährige[nrm]?|year-old)|(?<![\p{L}])(?:man|woman|men|women|doctor|student|citizen|national|refugee|arts|vrouw|mannen|vrouwen|burger|vluchteling|arzt|mann|frau|männer|frauen|bürger|staatsbürger|flüchtling|asylbewerber))(?:\s+\p{L}+)?\s+(?:from|uit|aus)\s+(?:(?:the|het|de|dem|der)\s+)?$/iu;

/** Whether the place `m` names where a person described before it comes from. */
export function namesOrigin(text: string, m: Mention): boolean {
  return m.kind === 'place' && FROM_AFTER_PERSON.test(text.slice(Math.max(0, m.start - 60), m.start));
}
