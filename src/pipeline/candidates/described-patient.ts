/**
 * Whom a happening befell when no name says it: the story's suspect giving himself up ("turned
 * himself in", "stellte sich der Polizei"), or a person the report introduces by age alone ("nahm
 * die Polizei einen 15-Jährigen fest", "police arrested a 15-year-old", "een 15-jarige werd
 * aangehouden"). Two such descriptions that differ are two people; either may be one a report names.
 * Someone a report adds with "also" ("Auch der frühere Kommandeur … wurde festgenommen") is nobody
 * it told of before.
 */

import type { TriggerHit } from './happenings.ts';
import type { KindEntry } from './lexicon.ts';

/** The prefix of a patient described, not named. */
export const DESCRIBED = 'described:';

/** The suspect of the story, who gives himself up. */
export const SUSPECT = `${DESCRIBED}suspect`;

/**
 * An indefinite article and an age noun: someone new to the story. Not after a comma ("the
 * suspect, a 26-year-old Syrian man"): there it describes the one just named.
 */
const NEW_BY_AGE =
  /(?<!,\s*)(?<!\p{L})(?:an?|een|ein|eine|einen|einem|einer)\s+(\d{1,2})-(?:year-old|jarige|[Jj]ährige[nmr]?)(?!\p{L})/iu;

/** The patient key of a person `text` introduces by age alone, if it does. */
export function newPersonByAge(text: string): string | undefined {
  if (!text.includes('-')) return undefined;
  const age = NEW_BY_AGE.exec(text)?.[1];
  return age === undefined ? undefined : `${DESCRIBED}age-${age}`;
}

/**
 * Someone the report adds to those the happening befell before ("also"): another person than any
 * it names, whom only the words of the report he is told in could name.
 */
export const ANOTHER = 'another';

/**
 * "Also the …" opening the sentence, or "also" between the auxiliary and the participle ("was also
 * arrested", "wurde am Dienstag ebenfalls festgenommen", "werd ook opgepakt").
 */
const BESIDES =
  /^(?:also|auch|ook|ebenfalls|eveneens)\s+(?:the|der|die|das|den|de|het)\s|(?<!\p{L})(?:(?:was|were|been)\s+also|(?:wurden?|worden)\s+(?:\S+\s+){0,3}?(?:auch|ebenfalls)|(?:werd|werden|is|zijn)\s+(?:\S+\s+){0,3}?(?:ook|eveneens))(?!\p{L})/iu;

/** The patient key of someone `text` adds with "also", if it does; cheapest test first. */
export function addedBesides(text: string): string | undefined {
  const cue =
    text.includes('lso') ||
    text.includes('uch') ||
    text.includes('ook') ||
    text.startsWith('Ook') ||
    text.includes('benfalls') ||
    text.includes('veneens');
  return cue && BESIDES.test(text) ? ANOTHER : undefined;
}

/**
 * The story's one suspect, named by a definite noun in the singular ("the suspect", "de verdachte",
 * "den mutmaßlichen Täter"): the one every report of his arrest tells of, however it words him.
 * Not "the suspects", "de daders", "die Täter": many, whom a count tells apart.
 */
const THE_SUSPECT =
  /(?<!\p{L})(?:the|de|der|den)\s+(?:(?:alleged|suspected|presumed|vermoedelijke|vermeende|mutmaßlichen?|mutmasslichen?)\s+)?(?:suspect|gunman|shooter|attacker|verdachte|dader|schutter|verdächtigen?|täter|schützen?|angreifer)(?![\p{L}-])/iu;

/** Found dead: what the police find, not whom a killing befell. */
const FOUND = /(?<!\p{L})(?:found|gefunden|aufgefunden|aangetroffen|gevonden)(?!\p{L})/iu;

/**
 * "Der mutmaßliche Täter wurde später tot in seiner Wohnung gefunden", "De vermoedelijke dader, een
 * 43-jarige Duitser, is later dood aangetroffen": the suspect the sentence opens with, found dead,
 * is the one person it befell, none of the dead a toll counts.
 */
function foundDeadSuspect(h: TriggerHit, kind: KindEntry, text: string): boolean {
  // "found dead": the finding stands right before the trigger "dead"; "tot … gefunden" within it.
  if (!kind.tallied || !FOUND.test(text.slice(Math.max(0, h.start - 8), h.end))) return false;
  const opening = THE_SUSPECT.exec(text);
  return opening?.index === 0;
}

/** The clause of the trigger: from the punctuation before it to the punctuation after it. */
function clauseOf(text: string, h: TriggerHit): string {
  const before = Math.max(...[',', ';', ':'].map((p) => text.lastIndexOf(p, h.start)));
  const after = text.slice(h.end).search(/[,;:]/);
  return text.slice(before + 1, after < 0 ? text.length : h.end + after);
}

/**
 * The suspect who gives himself up or whom a clause names by the definite noun, or a person
 * introduced by age alone or added with "also"; not for a tallied kind, whose victims a toll
 * counts ("a 15-year-old was among the dead").
 */
export function describedPatient(h: TriggerHit, kind: KindEntry, text: string): string | undefined {
  if (h.self || foundDeadSuspect(h, kind, text)) return SUSPECT;
  if (!kind.patientKind || kind.tallied) return undefined;
  const described = newPersonByAge(text) ?? addedBesides(text);
  if (described) return described;
  // The charges brought against "the suspect" (a kind the same as the arrest) join the arrest by
  // their own words, not by him alone: that would carry the day of the charges onto the arrest.
  return !kind.sameAs && THE_SUSPECT.test(clauseOf(text, h)) ? SUSPECT : undefined;
}
