/**
 * A time inside a relative clause that hangs on a noun ("Yoon lifted the martial law he had declared
 * on Tuesday night", "heeft de staat van beleg die hij gisteravond afkondigde weer ingetrokken",
 * "hob das Kriegsrecht, das er am Dienstagabend verhängt hatte, wieder auf") dates the clause's
 * happening only: what the main clause reports took place at another time of the sentence or the
 * context's.
 *
 * Only pronouns that cannot also be a conjunction open such a clause ("that", "dat", "dass" often
 * say what someone said): English "which", "who", "whom" and a clause without a pronoun after a
 * noun phrase ("the law he had signed"); Dutch "die", "welke"; German relative pronouns after a
 * comma, followed by no capitalised noun (", die Polizei teilte mit" is a main clause). And only a
 * clause with a subject of its own, told in the pluperfect or in the passive: "demonstrators who
 * stormed parliament on Tuesday" did so on the day the main clause tells, while "Nahel, die dinsdag
 * … werd doodgeschoten" was shot on a day that need not be the riots'.
 */
import { dutchRelativeAfterNoun } from '../noun-relative.ts';
import type { Timex } from '../types.ts';
import type { Lang } from './lexicon.ts';

/** How far before a time its clause's pronoun may stand. */
const REACH = 80;

/** A relative pronoun, or "the law he had": there the group holds the words before the clause's subject. */
const OPENER: Record<Lang, RegExp> = {
  en: /(?:(?<![\p{L}])(?:which|who|whom)|(?<![\p{L}])(?:the|a|an|this)\s+((?:\p{L}+\s+){1,3}?)(?:he|she|they|it|we)\s+(?:had|has|have)(?![\p{L}]))/giu,
  nl: /(?<=\p{L}\s|,\s)(?:die|welke)(?=\s)/giu,
  de: /(?<=,\s?)(?:der|die|das|dem|den|deren|dessen|welche[rsmn]?)(?=\s)/giu,
};

/** Words between "the" and a pronoun that make the pronoun a main or reported clause's subject ("the army said it had"). */
const NOT_A_NOUN =
  /(?<![\p{L}])(?:\p{L}+ed|said|says|told|tells|thinks|believes|knows|and|or|but|that|which|who|when|if|because|as|after|before|since|while)(?![\p{L}])/iu;

/**
 * The clause's own subject after its pronoun ("which he had declared", "die hij afkondigde", "das er
 * verhängt hatte"): the noun it hangs on is what was done, not who did the sentence's happening
 * ("demonstrators who stormed parliament on Tuesday" share the main clause's day). A Dutch "die"
 * without one is as often a demonstrative ("die stad").
 */
const SUBJECT: Record<Lang, RegExp> = {
  en: /^\s+(?:he|she|they|it|we|i|you|the|a|an|his|her|their|its|\p{Lu}\p{L}*)\s/u,
  nl: /^\s+(?:hij|zij|ze|het|men|wij|we|jij|je|u|de|een|\p{Lu}\p{L}*)\s/u,
  de: /^\s+(?:er|sie|es|wir|man|der|die|das|ein|eine|sein|seine|ihr|ihre)\s/u,
};

/** Told in the pluperfect, the clause's happening came before the sentence's: "who had stormed". */
const PLUPERFECT: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])had(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:had|hadden|was|waren)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:hatte|hatten|war|waren)(?![\p{L}])/iu,
};

/**
 * Told in the passive, the clause says what was done to the noun it hangs on, which then did not do
 * the sentence's happening. Only Dutch and German, whose clause ends at that verb (an English one
 * may run on into the main clause), and a Dutch one only after a comma or right after a noun its
 * article opens ("de vrouw die gistermiddag … werd doodgeschoten"): "In die stad werd gisteren …"
 * has a demonstrative.
 */
const PASSIVE: Partial<Record<Lang, RegExp>> = {
  nl: /(?<![\p{L}])(?:werd|werden)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:wurde|wurden)(?![\p{L}])/iu,
};

const COMMA_BEFORE = /,\s?$/;

/** A capitalised word after a German "die": an article before its noun, no relative pronoun. */
const DE_NOUN = /^\s+\p{Lu}/u;

const BOUNDARY = /[,;:—–()]/;

/**
 * A Dutch or German pronoun right before "since" opens a clause whatever follows: no determiner
 * stands before a preposition, and the start of a state it tells dates no other happening
 * ("ammoniumnitraat die sinds 2014 in hangar 12 lag", "das seit 2014 im Hafen lagerte").
 */
const BEFORE_SINCE: Partial<Record<Lang, RegExp>> = {
  nl: /^\s+(?:sinds|sedert|vanaf)\s+$/iu,
  de: /^\s+(?:seit|ab)\s+$/iu,
};

/**
 * An English passive infinitive right after the time ends the clause: "ordered port officials who
 * had overseen storage since 2014 to be put under house arrest" puts the officials under arrest.
 */
const PASSIVE_INFINITIVE_AFTER = /^\s+to\s+be\s/u;

function opensClause(lang: Lang, m: RegExpExecArray, sentence: string, t: Timex, end: number): boolean {
  const after = sentence.slice(m.index + m[0].length, t.start);
  if (BOUNDARY.test(after)) return false;
  if (m[1] !== undefined) return !NOT_A_NOUN.test(m[1]);
  if (lang === 'de' && DE_NOUN.test(after)) return false;
  if (BEFORE_SINCE[lang]?.test(after)) return true;
  const rest = sentence.slice(m.index + m[0].length);
  const clause = sentence.slice(m.index, end);
  if (SUBJECT[lang].test(rest) || PLUPERFECT[lang].test(clause)) return true;
  return (
    (PASSIVE[lang]?.test(clause) ?? false) &&
    (lang !== 'nl' ||
      commaBefore(sentence, m.index) ||
      dutchRelativeAfterNoun(sentence, m.index + m[0].length))
  );
}

/**
 * A Dutch clause on the sentence's subject runs to the comma before the main clause's finite verb:
 * "De man die gisteren in Halle twee mensen doodschoot nadat …, is vanochtend … overgebracht".
 */
const MAIN_VERB_AFTER =
  /^,\s+(?:is|zijn|was|waren|werd|werden|wordt|worden|heeft|hebben|had|hadden|zal|zullen|kan|kon|moet|moest)(?![\p{L}])/iu;

function commaBefore(sentence: string, at: number): boolean {
  return COMMA_BEFORE.test(sentence.slice(Math.max(0, at - 2), at));
}

/**
 * The relative clause `t` lies in, as [start, end): from its pronoun (or its subject) to the next
 * comma, or, in Dutch without one, to the verb that ends it, the word after the time. Only the
 * first time after the pronoun: "The man who was arrested on Monday was released on Tuesday".
 */
export function relativeClause(
  lang: Lang,
  sentence: string,
  t: Timex,
  previous: Timex | undefined,
): [number, number] | undefined {
  const from = Math.max(0, t.start - REACH, previous?.end ?? 0);
  const re = OPENER[lang];
  re.lastIndex = from;
  let opener: RegExpExecArray | undefined;
  // Overlapping: "the martial law which he had" holds both kinds of opener, and "which" is the later.
  for (let m = re.exec(sentence); m && m.index + m[0].length <= t.start; m = re.exec(sentence)) {
    opener = m;
    re.lastIndex = m.index + 1;
  }
  if (!opener) return undefined;
  const boundary = sentence.slice(t.end).search(BOUNDARY);
  let end =
    lang === 'en' && PASSIVE_INFINITIVE_AFTER.test(sentence.slice(t.end))
      ? t.end
      : boundary < 0
        ? sentence.length
        : t.end + boundary;
  if (!opensClause(lang, opener, sentence, t, end)) return undefined;
  if (lang === 'nl' && !commaBefore(sentence, opener.index) && !MAIN_VERB_AFTER.test(sentence.slice(end))) {
    const verb = /^\s*\p{L}+/u.exec(sentence.slice(t.end));
    if (verb) end = Math.min(end, t.end + verb[0].length);
  }
  const start =
    opener.index + (opener[1] !== undefined ? opener[0].indexOf(opener[1]) + opener[1].length : 0);
  return [start, end];
}

/**
 * Whether `t` stands in a relative clause on a noun, whatever its subject ("de twee dammen die in de
 * nacht van 10 op 11 september bezweken"): such a time dates what the clause tells and lends itself
 * to no sentence before.
 */
export function inRelativeClause(lang: Lang, sentence: string, t: Timex): boolean {
  const re = OPENER[lang];
  re.lastIndex = Math.max(0, t.start - REACH);
  for (let m = re.exec(sentence); m && m.index + m[0].length <= t.start; m = re.exec(sentence)) {
    const between = sentence.slice(m.index + m[0].length, t.start);
    if (!BOUNDARY.test(between) && !(lang === 'de' && DE_NOUN.test(between))) return true;
    re.lastIndex = m.index + 1;
  }
  return false;
}
