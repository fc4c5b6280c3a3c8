/**
 * "De advocaat van Taghi liet na afloop weten …", "Lagarde sagte nach der Sitzung …", "said
 * afterwards": words said after the happening the article's news is about. When that news is of
 * the day of publication, they were said that day, not possibly the day before it.
 */
import type { Lang } from './lexicon.ts';

const AFTERWARDS: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:afterwards|after\s+(?:the|its)\s+(?:match|game|meeting|session|hearing|verdict|ruling|sentencing|vote|race|launch|talks))(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:na\s+afloop|na\s+(?:de|het)\s+(?:uitspraak|vonnis|zitting|vergadering|wedstrijd|stemming|overleg|beslissing))(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:im\s+Anschluss|nach\s+(?:der|dem)\s+(?:Sitzung|Urteil|Urteilsverkündung|Verhandlung|Spiel|Abstimmung|Entscheidung|Treffen|Beratung))(?![\p{L}])/iu,
};

export function saidAfterwards(lang: Lang, text: string): boolean {
  return AFTERWARDS[lang].test(text);
}
