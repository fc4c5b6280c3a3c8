/**
 * "Sechs Bauarbeiter kamen ums Leben, die Leichen von zwei Männern wurden am Mittwoch geborgen",
 * "Zes wegwerkers kwamen om, de lichamen van twee werden woensdag geborgen": a main clause with a
 * subject of its own after a comma, the time in it, dates that clause's happening only. What the
 * clause before tells takes the context's time: the dead were not Wednesday's.
 */
import type { Timex } from '../types.ts';
import type { Lang } from './lexicon.ts';

/** After the comma: an article and a noun, the new clause's subject ("die Leichen", "de lichamen", "the bodies"). */
const SUBJECT: Record<Lang, RegExp> = {
  en: /^,\s+(?:the|a|an|his|her|their|its)\s+\p{Ll}/u,
  nl: /^,\s+(?:de|het|een|zijn|haar|hun)\s+\p{Ll}/u,
  de: /^,\s+(?:die|der|das|ein|eine|sein|seine|ihr|ihre)\s+\p{Lu}/u,
};

/** A finite verb of the clause before its time: an auxiliary or a simple past. */
const FINITE: Record<Lang, RegExp> = {
  en: /\s(?:was|were|has|have|had|\p{Ll}+ed)\s/u,
  nl: /\s(?:werd|werden|was|waren|heeft|hebben|had|hadden|\p{Ll}+(?:de|den|te|ten))\s/u,
  de: /\s(?:wurde|wurden|war|waren|hat|haben|hatte|hatten|\p{Ll}+(?:te|ten))\s/u,
};

/** Who reports is no happening of its own: ", the police said on Wednesday", ", die Polizei teilte am Mittwoch mit". */
const REPORTING =
  /\s(?:said|told|reported|announced|confirmed|zei|zeiden|meldde|meldden|liet|bevestigde|sagte|sagten|teilte|teilten|erklärte|erklärten|meldete|meldeten|bestätigte)\s/iu;

/** A fronted subordinate clause before the comma ("Als die Brücke einstürzte, …"): the main clause follows it. */
const SUBORDINATE_OPENING =
  /^\s*(?:when|after|as|while|because|since|if|although|als|nadat|toen|terwijl|omdat|sinds|hoewel|nachdem|wenn|während|weil|seit|obwohl|da)\s/iu;

/**
 * The clause before the comma must be one, with words enough for a subject and a verb: a phrase
 * opened by a preposition ("In Syria, the ruler … visited Aleppo on Friday") sets the scene for the
 * clause after it.
 */
const FIRST_CLAUSE =
  /^\s*(?!(?:in|on|at|for|from|during|after|before|op|bij|na|voor|tijdens|im|am|an|auf|bei|nach|vor|während|zu)\s)\S+(?:\s+\S+){2,}\s*$/iu;

/** A boundary of clauses: the first one of the sentence must be the comma before the time's clause. */
const BOUNDARY = /[,;:—–()]/;

/**
 * The clause [comma, end) `t` lies in when it is such a spliced main clause, the sentence's first
 * clause boundary before it, with no time of the sentence before that comma.
 */
export function splicedClause(
  lang: Lang,
  sentence: string,
  t: Timex,
  timexes: readonly Timex[],
): [number, number] | undefined {
  const comma = sentence.lastIndexOf(',', t.start);
  if (comma < 0 || BOUNDARY.test(sentence.slice(0, comma))) return undefined;
  const clause = sentence.slice(comma, t.start);
  if (BOUNDARY.test(clause.slice(1)) || !SUBJECT[lang].test(clause)) return undefined;
  if (!FINITE[lang].test(clause) || REPORTING.test(clause)) return undefined;
  const first = sentence.slice(0, comma);
  if (!FIRST_CLAUSE.test(first) || SUBORDINATE_OPENING.test(first) || timexes.some((o) => o.end <= comma))
    return undefined;
  const after = sentence.slice(t.end).search(BOUNDARY);
  return [comma, after < 0 ? sentence.length : t.end + after];
}
