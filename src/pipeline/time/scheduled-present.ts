/**
 * A weekday governed by a Dutch or German verb in the present: "Premier Rutte treedt woensdag af",
 * "Woensdag komt de Veiligheidsraad bijeen", "Der Bundestag stimmt am Freitag ab", "Am Dienstag
 * beginnt der Prozess". The simple present with a weekday announces what is scheduled: the day lies
 * ahead, not a week back as the news rule has it for a sentence without tense markers.
 *
 * Only the clause's own verb counts, where it is sure to be one: second in a main clause, right
 * after a subject that opens the sentence and right before the weekday, or right after a weekday that
 * opens it; last in a subordinate clause, right after the weekday. Precision over recall: a past read as present would move a reported happening a week
 * ahead. "Sinds/seit/vanaf woensdag" keeps a preposition between verb and day, so it is no case.
 * English is left to its tense markers: the present of headlines and captions ("Protesters gather
 * outside parliament on Tuesday") tells what happened as often as what is planned.
 */
import type { Lang } from './lexicon.ts';
import { isSchedulingPresent, type VerbLang } from './present-verb.ts';
import { isSchedulingCopula } from './scheduling-copula.ts';
import { isSubjectPhrase } from './subject-phrase.ts';
import { hasPastMarker, sentenceAround } from './tense.ts';

/**
 * What may stand between the verb and the weekday: who says so ("raakt volgens de kustwacht
 * donderdag op", "geht laut der Küstenwache am Donnerstag aus"), an adverb of time, its preposition.
 */
const BETWEEN: Record<VerbLang, string> = {
  nl: '(?:volgens(?:\\s+[\\p{L}-]+){1,3}\\s+)?(?:(?:nog|pas|al|nu|dan|ook|waarschijnlijk|vermoedelijk)\\s+)?(?:op\\s+)?',
  de: '(?:laut(?:\\s+[\\p{L}-]+){1,3}\\s+)?(?:(?:erst|noch|nun|schon|bereits|voraussichtlich|wohl|dann|auch|wieder)\\s+)?(?:am\\s+)?',
};

/** The verb before the weekday: "treedt [nog] [op] |woensdag", "stimmt [erst] [am] |Freitag". */
const VERB_BEFORE: Record<VerbLang, RegExp> = {
  nl: new RegExp(`(?<![\\p{L}])(?<verb>\\p{Ll}\\p{L}*)\\s+${BETWEEN.nl}$`, 'u'),
  de: new RegExp(`(?<![\\p{L}])(?<verb>\\p{Ll}\\p{L}*)\\s+${BETWEEN.de}$`, 'u'),
};

/** Nothing before the weekday but its preposition and an opening quote. */
const OPENS: Record<VerbLang, RegExp> = {
  nl: /^\s*[„"“'‘«]?\s*(?:op\s+)?$/iu,
  de: /^\s*[„"“'‘«]?\s*(?:am\s+)?$/iu,
};

/** A phrase, a comma, a second phrase and a comma that closes it. */
const APPOSITION = /^([^,]+),([^,]+),\s*$/u;

/** The word right after the weekday. */
const VERB_AFTER = /^\s+(\p{Ll}\p{L}*)(?![\p{L}-])/u;

/** What follows the last comma, colon or bracket before the weekday, and what stands before it. */
const CLAUSE_TAIL = /(?<mark>[,;:()–—]?)(?<tail>[^,;:()–—]*)$/u;

/**
 * The last subordinating conjunction before the weekday and the clause it opens. Dutch "dat", "die"
 * and "waar" open one only before a subject or the day itself ("zei dat hij woensdag …", "de top
 * die donderdag …"), not before a noun they determine ("heeft dat pand zaterdag bezet").
 */
const CONJUNCTION: Record<VerbLang, RegExp> = {
  nl: /^.*(?<![\p{L}])(?:[Oo]mdat|[Zz]odat|[Ww]anneer|[Zz]oals|[Tt]erwijl|[Ww]aarop|[Nn]adat|[Vv]oordat|[Zz]odra|[Aa]ls|(?:[Dd]at|[Dd]ie|[Ww]aar)(?=\s+(?:hij|zij|ze|het|men|we|wij|de|een|die|dit|deze|zijn|haar|hun|\p{Lu})|\s*$))(?![\p{L}])(?<clause>.*)$/su,
  de: /^.*(?<![\p{L}])(?:[Dd]ass|[Ww]eil|[Ww]enn|[Ss]obald|[Ss]odass|[Bb]evor|[Nn]achdem|[Oo]b|[Ff]alls)(?![\p{L}])(?<clause>.*)$/su,
};

/** A relative pronoun opening the clause after a comma: "der Prozess, der am Dienstag beginnt". */
const RELATIVE: Record<VerbLang, RegExp> = {
  nl: /^\s*(?:die|dat|waar)(?![\p{L}])/u,
  de: /^\s*(?:der|die|das|wo|wie)(?![\p{L}])/u,
};

/** The verb right after the weekday, ending its clause: "woensdag aftreedt.", "am Mittwoch zurücktritt,". */
const VERB_LAST = /^\s+(\p{Ll}\p{L}*)\s*(?:[.,;:!?"”“»)]|$)/u;

/** The subordinate clause before the weekday, from its conjunction or relative pronoun on. */
function subordinateClause(lang: VerbLang, before: string): string | undefined {
  const groups = CLAUSE_TAIL.exec(before)?.groups;
  const tail = groups?.tail ?? '';
  if (groups?.mark === ',' && RELATIVE[lang].test(tail)) return tail;
  return CONJUNCTION[lang].exec(tail)?.groups?.clause;
}

/**
 * A subordinate clause whose verb follows the weekday: "Rutte zei dat hij woensdag aftreedt", "der
 * Prozess, der am Dienstag beginnt". Nothing in the clause before the day may be past.
 */
function endsSubordinateClause(lang: VerbLang, before: string, rest: string): boolean {
  const verb = VERB_LAST.exec(rest)?.[1];
  if (verb === undefined) return false;
  const clause = subordinateClause(lang, before);
  return clause !== undefined && !hasPastMarker(lang, clause) && isSchedulingPresent(lang, verb, rest);
}

/** Whether the weekday at [start, end) of `text` is governed by a verb in the present that schedules. */
export function scheduledInPresent(lang: Lang, text: string, start: number, end: number): boolean {
  if (lang === 'en') return false;
  const sentence = sentenceAround(text, start, end);
  const before = sentence.text.slice(0, start - sentence.offset);
  const rest = sentence.text.slice(end - sentence.offset);
  if (OPENS[lang].test(before)) {
    const verb = VERB_AFTER.exec(rest.slice(0, 40))?.[1];
    return verb !== undefined && schedules(lang, verb, rest);
  }
  if (endsSubordinateClause(lang, before, rest)) return true;
  const found = VERB_BEFORE[lang].exec(before);
  const verb = found?.groups?.verb;
  if (!found || verb === undefined || !schedules(lang, verb, rest)) return false;
  const subject = mainPhrase(lang, before.slice(0, found.index));
  return isSubject(lang, subject) && !hasPastMarker(lang, subject);
}

/** A German relative pronoun before a capitalised word is an article before its noun. */
const ARTICLE_BEFORE_NOUN = /^\s*\p{L}+\s+\p{Lu}/u;

/**
 * The subject without a relative clause set off by commas: "De noodtoestand, die sinds 16 mei gold,
 * wordt dinsdagochtend beëindigd" schedules the ending; the clause's past is its own happening's.
 */
function mainPhrase(lang: VerbLang, subject: string): string {
  const apposition = APPOSITION.exec(subject);
  const clause = apposition?.[2] ?? '';
  if (!RELATIVE[lang].test(clause) || (lang === 'de' && ARTICLE_BEFORE_NOUN.test(clause))) return subject;
  return apposition?.[1] ?? subject;
}

/** A verb in the present that schedules, or the copula with the day something is set for. */
function schedules(lang: VerbLang, verb: string, rest: string): boolean {
  return isSchedulingPresent(lang, verb, rest) || isSchedulingCopula(lang, verb, rest);
}

/** A subject, or one with a name set off by commas: "De president van Sri Lanka, Gotabaya Rajapaksa,". */
function isSubject(lang: VerbLang, text: string): boolean {
  const apposition = APPOSITION.exec(text);
  if (!apposition) return isSubjectPhrase(lang, text);
  return isSubjectPhrase(lang, apposition[1] ?? '') && isSubjectPhrase(lang, apposition[2] ?? '');
}
