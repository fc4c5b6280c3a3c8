/**
 * Acronyms nobody listed ("SPD", "TUI", "OVB"): a name after a definite article or before a verb
 * of saying or doing, else any abbreviation, and an organisation when taken for a name.
 */
import { isCommonWord } from './common-words.ts';
import type { EntityModel } from './model.ts';
import { isFunctionWord } from './name-edges.ts';
import type { Token } from './text.ts';

/** "SPD", "AfD", "PvdA": two to six letters, capitals at both ends. */
const ACRONYM = /^\p{Lu}[\p{Lu}\p{Ll}]{0,4}\p{Lu}$/u;

export function isAcronym(t: Token): boolean {
  return ACRONYM.test(t.text);
}

/** Definite articles of en, nl and de, which name a party or union by its acronym: "the AfD", "de PVV", "der SPD". */
const DEFINITE_ARTICLES = new Set('the de het der die das den dem des'.split(' '));

export function articleBeforeAcronym(tokens: Token[], i: number, end: number): boolean {
  const next = tokens[i + 1];
  return (
    i + 1 < end &&
    next !== undefined &&
    DEFINITE_ARTICLES.has((tokens[i] as Token).norm) &&
    ACRONYM.test(next.text)
  );
}

/**
 * An acronym nobody listed is a name after a definite article ("die AfD", "der SPD"), unless the
 * data list it as an abbreviation ("the GDP", "das BIP") or it is a word: alone it may be any abbreviation.
 */
export function acronymNamed(model: EntityModel, tokens: Token[], text: string, i: number): boolean {
  const t = tokens[i] as Token;
  const before = tokens[i - 1];
  if (!before || !DEFINITE_ARTICLES.has(before.norm) || text.slice(before.end, t.start) !== ' ') return false;
  return !model.abbreviations.has(t.norm) && !isCommonWord(t.norm, model.lexicon);
}

/**
 * Verbs of saying and doing in en, nl and de, folded, that a subject right before them performs:
 * "TUI said", "ING meldde", "OVB teilte … mit", and a company's buying ("UBS agreed … to buy", "UBS
 * neemt … over", "UBS übernimmt"). An acronym before one names whoever acts.
 */
const SUBJECT_VERBS = new Set(
  [
    'said says told announced reported confirmed cancelled canceled warned added estimated stated denied',
    'agreed agrees bought buys acquired acquires',
    'zei zegt meldde meldt liet laat kondigde bevestigde waarschuwde schrapte annuleerde',
    'neemt nam koopt kocht',
    'sagte sagt teilte teilt meldete meldet erklarte bestatigte warnte kundigte strich',
    'ubernimmt ubernahm kauft kaufte',
  ]
    .join(' ')
    .split(' '),
);

/** Subject pronouns of en, nl and de, which a shouted sentence writes in capitals ("WE said"). */
const PRONOUNS = new Set(
  'i we he she it they you wij hij zij ze jij ik ich wir er sie es ihr du man'.split(' '),
);

/**
 * An acronym nobody listed that acts: a lower-case verb of saying or doing right after it ("TUI
 * cancelled flights", "GAC said"). An abbreviation ("the GDP") and a function word or pronoun
 * shouted in capitals ("WE said") name no one; a lower-case verb shows the sentence is not shouted.
 */
export function acronymActs(model: EntityModel, tokens: Token[], text: string, i: number): boolean {
  const next = tokens[i + 1];
  if (!next || next.capitalised || !SUBJECT_VERBS.has(next.norm)) return false;
  const t = tokens[i] as Token;
  if (text.slice(t.end, next.start) !== ' ') return false;
  return !model.abbreviations.has(t.norm) && !isFunctionWord(t.norm) && !PRONOUNS.has(t.norm);
}

/** A single acronym: taken for a name nobody listed, it is an organisation ("TUI", "die AfD"), never a person. */
export function isLoneAcronym(tokens: Token[], first: number, end: number): boolean {
  return end - first === 1 && ACRONYM.test((tokens[first] as Token).text);
}
