/**
 * Where someone comes from is no place of what befell them: "een 50-jarige arts uit
 * Saoedi-Arabië werd aangehouden" was arrested in Magdeburg, "ein Mann aus Syrien", "a man from
 * Syria" wherever the sentence says; "foreigners …, including people from Iran, China, Russia and
 * Uzbekistan" died in Seoul, and so did "20 Ausländer, unter anderem aus dem Iran, China und Russland".
 * "Leaders from Europe, Asia and Australia sent their condolences" from wherever they were.
 * Nor is where they were born: "Gokmen Tanis, a 37-year-old born in Turkey, was arrested".
 */
import type { Mention } from '../types.ts';

/**
 * A person described (by age or as a man, woman, doctor…), then "from"/"uit"/"aus", then the
 * countries listed before the place; foreigners, or people counted among others ("including people
 * from"), only right before it: "to evacuate hundreds of stranded tourists from New Caledonia" left it.
 */
const FROM_AFTER_PERSON =
  /(?:(?:\d+-(?:jarige|jährige[nrm]?|year-old)|(?<![\p{L}])(?:man|woman|men|women|doctor|student|citizen|national|refugee|arts|vrouw|mannen|vrouwen|burger|vluchteling|arzt|mann|frau|männer|frauen|bürger|staatsbürger|flüchtling|asylbewerber|leaders|politicians|officials|leiders|politici|regeringsleiders|staatshoofden|politiker|staatschefs|regierungschefs))(?:\s+\p{L}+)?|(?<![\p{L}])(?:foreigners|buitenlanders|ausländer)(?:,\s+(?:including|among them|onder wie|onder meer|waaronder|unter anderem|darunter|vor allem))?|(?<![\p{L}])(?:including|among them|onder wie|waaronder|darunter|unter ihnen)\s+(?:people|mensen|menschen))\s+(?:from|uit|aus)\s+(?:(?:the|het|de|dem|der|den)\s+)?(?:[\p{L}-]+(?:\s+[\p{L}-]+)?(?:,\s+|\s+(?:and|en|und)\s+)(?:(?:the|het|de|dem|der|den)\s+)?)*$/iu;

/** "born in", "geboren in", "gebürtig aus" right before the place: where someone was born. */
const BORN_BEFORE = /(?<![\p{L}])(?:born in|geboren in|gebürtig aus)\s+(?:(?:the|het|de|dem|der|den)\s+)?$/iu;
/** "in Turkije is geboren", "in der Türkei geborenen": the place before the participle of birth. */
const IN_BEFORE = /(?<![\p{L}])in\s+(?:(?:the|het|de|dem|der|den)\s+)?$/iu;
const BORN_AFTER = /^\s+(?:(?:is|was|ist|war|wurde)\s+)?geboren/iu;

/** Whether the place `m` names where a person described before it comes from, or was born. */
export function namesOrigin(text: string, m: Mention): boolean {
  if (m.kind !== 'place') return false;
  const before = text.slice(Math.max(0, m.start - 90), m.start);
  return (
    FROM_AFTER_PERSON.test(before) ||
    BORN_BEFORE.test(before) ||
    (IN_BEFORE.test(before) && BORN_AFTER.test(text.slice(m.end, m.end + 20)))
  );
}
