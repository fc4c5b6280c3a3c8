/**
 * An institution named by a common noun before the trigger: "The Spanish government declared …",
 * "Iceland's Department of Civil Protection and Emergency Management said …".
 */
import type { Mention } from '../types.ts';
import { beforeSubordinateClause } from './clause-subject.ts';
import { creditAt } from './credit.ts';
import type { EventLexicon } from './lexicon.ts';
import { CAPITALISED } from './person-like.ts';
import { SAID_OF_OTHER } from './said-of-other.ts';
import { NEXT_WORD } from './text-gaps.ts';
import { wordSet } from './word-set.ts';
import { isWeekdayName } from '../weekdays.ts';
import { LEXICONS } from '../time/lexicon.ts';
import { isHolyDayWord } from '../entities/holy-days.ts';

const WORD = /[\p{L}-]+/gu;

/** The name after an institution's "of": capitalised words, joined by "and", "for", "of". */
const OF_NAME = /^ of (?:the )?\p{Lu}[\p{L}'’-]*(?: (?:(?:and|for|of|&) )?\p{Lu}[\p{L}'’-]*)*/u;

const ARTICLES = /^(?:the|a|an|de|het|een|der|die|das|ein|eine)$/i;

/** "near the Ohio-Pennsylvania state line": the noun names where a state ends, no institution. */
const BOUNDARY = /^ (?:lines?|borders?|boundary|boundaries)\b/i;

/** "Late on Monday officials said": a day's or a month's name before the noun tells when, no owner. */
function isTimeName(word: string): boolean {
  const lower = word.toLowerCase();
  return isWeekdayName(lower) || Object.values(LEXICONS).some((l) => l.months[lower] !== undefined);
}

/**
 * Nouns that name an institution only with the noun before them: "the fire service said" is the
 * fire service, not some service; "the ministry" or "the police" stand alone.
 */
const BARE = new Set(['service', 'department', 'agency', 'committee', 'council', 'dienst']);

/**
 * "The Duisburg prosecutor's office said": an office of an institution's member ("prosecutor", of
 * "prosecutors") is that institution, named with its owner.
 */
const MEMBERS_OFFICE = /(\p{L}+)['’]s office$/u;

const MEMBERS_OFFICES = /(\p{L}+)['’]s office(?!\p{L})/gu;

function isMember(owner: string | undefined, orgWords: ReadonlySet<string>): boolean {
  const lower = owner?.toLowerCase();
  return lower !== undefined && (orgWords.has(lower) || orgWords.has(`${lower}s`));
}

/** The start of "prosecutor's office" where `prefix` ends with it, its owner an institution's member. */
function membersOffice(prefix: string, orgWords: ReadonlySet<string>): number | undefined {
  const m = MEMBERS_OFFICE.exec(prefix);
  return m && isMember(m[1], orgWords) ? m.index : undefined;
}

/** Whether the sentence names an institution's member's office ("the prosecutor's office"): a speaker. */
export function namesMembersOffice(text: string, orgWords: readonly string[]): boolean {
  if (!text.includes('office')) return false;
  const words = wordSet(orgWords);
  return [...text.matchAll(MEMBERS_OFFICES)].some((m) => isMember(m[1], words));
}

/** Words before a noun that tell whose it is or how many, not what it is. */
const NO_MODIFIER =
  /^(?:the|a|an|its|their|his|her|our|this|that|these|those|some|many|other|several|both|all|each|local|de|het|een)$/i;

/**
 * "fire" of "fire service": the lower-case noun before a bare institution noun names it; the "s" of
 * a possessive ("Iceland's Department of …") is no word.
 */
function modifies(word: string, noun: string): boolean {
  return (
    word.length > 1 &&
    BARE.has(noun.toLowerCase()) &&
    word === word.toLowerCase() &&
    !NO_MODIFIER.test(word) &&
    !isTimeName(word)
  );
}

/** The clause before the trigger: from the last comma, semicolon or colon, or the sentence start. */
function clauseBefore(before: string): string {
  const at = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'));
  return before.slice(at + 1);
}

/**
 * An institution named by a common noun in the trigger's clause before it ("officials said Fico
 * would be transferred", "the ministry said Fico …"): it is the subject, and a name after the verb
 * is what it spoke of.
 */
export function institutionBefore(text: string, trigger: number, orgWords: ReadonlySet<string>): boolean {
  const before = text.slice(0, trigger);
  const clause = clauseBefore(before);
  // A capital is the noun's own only where it opens the sentence ("Officials had said …").
  const opens = clause.length === before.length;
  return (clause.match(WORD) ?? []).some((w, i) => {
    const lower = w.toLowerCase();
    return (w === lower || (opens && i === 0)) && orgWords.has(lower);
  });
}

/** The institution so named that is the trigger's agent, if any; not one in a clause of its own. */
export function institutionAgent(text: string, trigger: number, lexicon: EventLexicon): Mention | undefined {
  const prefix = text.slice(0, trigger);
  const orgWords = wordSet(lexicon.orgWords);
  const mediaWords = wordSet(lexicon.mediaWords);
  let before: RegExpExecArray | undefined;
  let org: RegExpExecArray | undefined;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(prefix); m !== null; m = WORD.exec(prefix)) {
    const word = m[0].toLowerCase();
    // "Jan 8 (Reuters) - United Airlines said": the wire credited in the dateline says nothing.
    const end = m.index + m[0].length;
    const office = word === 'office' ? membersOffice(prefix.slice(0, end), orgWords) : undefined;
    if (office !== undefined && !beforeSubordinateClause(text, { end }, trigger)) {
      const owner =
        before !== undefined && before.index + before[0].length + 1 === office ? before : undefined;
      const start = owner && CAPITALISED.test(owner[0]) && !ARTICLES.test(owner[0]) ? owner.index : office;
      return { text: text.slice(start, end), start, end, kind: 'actor', resolution: 'unresolved' };
    }
    if (
      orgWords.has(word) &&
      // "the Yom Kippur service": a holy day's service is a prayer, no institution.
      !(before !== undefined && isHolyDayWord(before[0])) &&
      !BOUNDARY.test(prefix.slice(end)) &&
      !creditAt(text, m.index, end) &&
      !beforeSubordinateClause(text, { end }, trigger)
    ) {
      // A medium carries what others say ("state television said"): its owner is no speaker either.
      const rest = prefix.slice(m.index + m[0].length);
      const next = NEXT_WORD.exec(rest)?.[1];
      if ((!next || !mediaWords.has(next.toLowerCase())) && !SAID_OF_OTHER.test(rest)) {
        org = m;
        break;
      }
    }
    before = m;
  }
  if (!org) return undefined;
  const adjacent = before !== undefined && before.index + before[0].length + 1 === org.index;
  const first =
    // A capitalised article ("The junta") opens the sentence; it is no part of the name.
    adjacent &&
    before &&
    ((CAPITALISED.test(before[0]) && !ARTICLES.test(before[0]) && !isTimeName(before[0])) ||
      modifies(before[0], org[0]))
      ? before
      : org;
  // "Iceland's Department of Civil Protection and Emergency Management": a capitalised
  // institution goes on with the name after its "of".
  const orgEnd = org.index + org[0].length;
  const named = CAPITALISED.test(org[0]) ? OF_NAME.exec(prefix.slice(orgEnd)) : null;
  const end = orgEnd + (named?.[0].length ?? 0);
  return {
    text: text.slice(first.index, end),
    start: first.index,
    end,
    kind: 'actor',
    resolution: 'unresolved',
  };
}
