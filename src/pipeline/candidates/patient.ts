/**
 * Who a happening befell: the person it belongs to ("the resignation of …"), the one an active
 * verb acts on ("removes Nursultan Nazarbayev"), or the person nearest the trigger who neither
 * does it (marked "by …") nor speaks of it ("… spokesman X said").
 */
import type { Mention } from '../types.ts';
import { selfReported } from './self-report.ts';
import { isPersonTitle } from '../entities/name-edges.ts';
import { afterArticle } from './article-name.ts';
import { fold } from '../entities/text.ts';
import type { EventLexicon } from './lexicon.ts';
import { COORDINATED_VERB, FRONTED_GAP, SUBJECT_VERB_GAP, UNNAMED_ACCUSATIVE } from './text-gaps.ts';
import { namesRelative } from './relatives.ts';
import { beforeOwnClause, opensOtherClause } from './clause-subject.ts';
import { inOpeningSince } from './opening-phrase.ts';
import { relativeSubject } from './relative-subject.ts';
import { befellBody } from './collective-object.ts';
import { warrantObject } from './warrant-object.ts';
import { titledObject } from './titled-object.ts';
import { agentMarked } from './agent-marked.ts';
import { speaks } from './speaks.ts';
import { describedSubject } from './apposition.ts';
import { presentAt } from './attends.ts';
import { killsCounted } from './kills-counted.ts';
import { offerer } from './offerer.ts';
import { unnamedHostages } from './hostage-object.ts';
import { pronounSubjectBetween } from './pronoun-in-time-clause.ts';

/**
 * The one something is handed to or done at, perhaps with a title: "offered his resignation to King
 * …", "reichte bei König … den Rücktritt ein", "bood het ontslag aan bij koning …". A lowercase
 * word right after "to" that is no title is a verb: "the attempt to impeach …" befell that person.
 */
const ADDRESSEE =
  /\b(?:to|bei|bij)\s+((?:the|de|het|dem|der|den|his|her|their|zijn|haar|hun|seinem|ihrem)\s+)?(?:(\p{L}+)\s+)?$/iu;

function addressed(text: string, m: Mention): boolean {
  const match = ADDRESSEE.exec(text.slice(Math.max(0, m.start - 30), m.start));
  if (!match) return false;
  const [, determiner, word] = match;
  return (
    determiner !== undefined ||
    word === undefined ||
    word[0] !== word[0]?.toLowerCase() ||
    isPersonTitle(fold(word))
  );
}

/**
 * "overleed in zijn appartement in het Casa Santa Marta", "niet in de Sint-Pieter begraven": a name
 * nobody listed after a preposition of location names where it happened, not whom it befell.
 */
const LOCATIVE =
  /(?<![\p{L}])(?:in|inside|near|nabij|im|nahe)\s+(?:(?:the|de|het|der|dem|den|die|das)\s+)?(?:\p{L}+\s+)?$/iu;

/** "im Gästehaus Santa Marta": the building's noun may stand between. */
function atLocation(text: string, m: Mention): boolean {
  return m.kind === 'unknown' && LOCATIVE.test(text.slice(Math.max(0, m.start - 32), m.start));
}

/**
 * For kinds that befall someone: the person nearest the trigger, not marked as agent, not speaking,
 * not the one it is handed to, not where it happened and no unknown name written after an article,
 * which names a thing ("stepped out of the Fénix capsule").
 */
function nearestPerson(
  text: string,
  mentions: Mention[],
  trigger: number,
  byMarked: Mention | undefined,
  lexicon: EventLexicon,
  isPerson: (m: Mention) => boolean,
): Mention | undefined {
  let nearest: Mention | undefined;
  let distance = Infinity;
  for (const m of mentions) {
    const d = Math.abs(m.start - trigger);
    if (
      d < distance &&
      isPerson(m) &&
      !(m.kind === 'unknown' && afterArticle(text, m)) &&
      m !== byMarked &&
      !agentMarked(text, m, lexicon) &&
      !speaks(text, m, lexicon) &&
      !addressed(text, m) &&
      !atLocation(text, m)
    ) {
      nearest = m;
      distance = d;
    }
  }
  return nearest;
}

/**
 * What stands before an object: `lead`, perhaps one of `determiners` (articles, possessives) and a
 * title of up to two words, none of them one of `notTitle` ("the wife of …" is someone else).
 */
function objectGap(lead: string, determiners: string, notTitle: string): RegExp {
  return new RegExp(`^${lead}(?:(?:${determiners})\\s+)?(?:(?!(?:${notTitle})\\s)\\p{L}+\\s+){0,2}$`, 'iu');
}

/**
 * The verb's word, then the object's: "removes Nursultan …", "dismissed the minister Jan …", "fired
 * his finance minister Christian …", "entließ seinen Finanzminister Christian …".
 */
const OBJECT_GAP = objectGap(
  '\\p{L}+\\s+',
  'the|de|het|den|der|die|his|her|their|zijn|haar|hun|seinen|seine|ihren|ihre',
  'of|van|von|and|en|und',
);

/** After that subject its object: "… seinen Finanzminister …". */
const OBJECT_AFTER_SUBJECT = objectGap(
  '\\s+',
  'den|die|das|de|het|seinen|seine|ihren|ihre|zijn|haar|hun',
  'van|von|und|en|and',
);

/**
 * Words that end the object's part of a clause: after one of them a person is someone else's
 * ("resigned after criticism from …", "trat nach Kritik von … zurück", "died with … at his side").
 */
const NO_OBJECT_AFTER = new Set(
  [
    'to at in aan bij bei zu after before because by with without for against from as alongside than and',
    'na nadat voor door met zonder tegen uit als omdat en',
    'nach nachdem vor durch mit ohne gegen aus wegen weil und',
  ]
    .join(' ')
    .split(' '),
);
const OF = new Set(['of', 'van', 'von']);
const CLAUSE_BREAK = /[,;:()"“”„]/;
const WORDS = /\S+/g;

/**
 * The first person after the verb, with only an object's words between (an article, a time, a title
 * of several words: "ontsloeg die avond minister van Financiën Christian Lindner"), no clause break
 * and no "of" but a title's ("the wife of …" is someone else).
 */
function laterObject(
  text: string,
  mentions: Mention[],
  trigger: number,
  isPerson: (m: Mention) => boolean,
): Mention | undefined {
  const m = mentions.find((x) => x.start > trigger && isPerson(x));
  if (!m) return undefined;
  const gap = text.slice(trigger, m.start);
  if (CLAUSE_BREAK.test(gap)) return undefined;
  const words = (gap.match(WORDS) ?? []).slice(1).map(fold);
  if (words.length > 6) return undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (NO_OBJECT_AFTER.has(w) || (OF.has(w) && !isPersonTitle(words[i - 1] ?? ''))) return undefined;
  }
  return m;
}

/** An object pronoun right after the verb: "ontsloeg hen", "fired him", "entließ ihn". */
const OBJECT_PRONOUN = /^\p{L}+\s+(?:him|them|hem|hen|hun|ihn|ihm|ihnen)\b/iu;

/**
 * "Tokayev removes Nursultan Nazarbayev as head…": the subject right before an active verb does it
 * to the person right after, who is the patient.
 */
function objectPerson(
  text: string,
  mentions: Mention[],
  trigger: number,
  isPerson: (m: Mention) => boolean,
): Mention | undefined {
  return mentions.find(
    (m) => m.start > trigger && isPerson(m) && OBJECT_GAP.test(text.slice(trigger, m.start)),
  );
}

/**
 * "of", "van", "von" or a genitive article, perhaps a title after it: "the resignation of Minister …";
 * or "as", "als" after a verb of naming: "identified the shooter as Thomas …"; or whom a procedure
 * is brought against: "für ein Amtsenthebungsverfahren gegen Trump", "impeachment against …".
 */
const BELONGS_TO =
  /\b(?:of|van|von|des|der|as|als|against|tegen|gegen)\s+(?:(?:the|de|het|der|dem|den)\s+)?(?:[\p{L}\d-]+\s+){0,2}$/iu;

/**
 * "Accepted the resignation of Dominic Raab", "nahm den Rücktritt von Gewessler an": the person the
 * happening belongs to, after the trigger; the one who accepts it is none.
 */
function ownedPerson(
  text: string,
  mentions: Mention[],
  trigger: number,
  isPerson: (m: Mention) => boolean,
): Mention | undefined {
  return mentions.find((m) => m.start > trigger && isPerson(m) && BELONGS_TO.test(text.slice(0, m.start)));
}

/**
 * "a kosher supermarket at Porte de Vincennes where Amedy Coulibaly had killed four hostages": a
 * name a clause of "where" hangs on is where it happened, no one it befell.
 */
const WHERE_AFTER = /^,?\s+(?:where|waar|wo)(?!\p{L})/u;

/** What choosePatient needs besides the sentence. */
export interface PatientScope {
  /** The happening belongs to the patient ("accepted the resignation of …"): look after "of". */
  owned: boolean;
  /** The agent marked "by …": never the patient. */
  byMarked: Mention | undefined;
  lexicon: EventLexicon;
  isPerson: (m: Mention) => boolean;
}

/** The patient of the happening whose trigger starts at `trigger`, if someone is. */
export function choosePatient(
  text: string,
  mentions: Mention[],
  trigger: number,
  { owned, byMarked, lexicon, isPerson: anyPerson }: PatientScope,
): Mention | undefined {
  // "arrested the wife of X": it befell the wife, whom no name stands for; X is no patient. Nor is
  // the subject of a clause after the trigger's (", as President X vowed …"), nor one named before
  // a clause of its own the trigger stands in ("X visited Solingen, where an attack killed three"),
  // nor one named in the time it opens with ("Two days after the fall of X, … appointed …").
  const isPerson = (m: Mention): boolean =>
    anyPerson(m) &&
    !namesRelative(text, m) &&
    !WHERE_AFTER.test(text.slice(m.end, m.end + 8)) &&
    !(m.start > trigger && opensOtherClause(text, m)) &&
    !beforeOwnClause(text, m, trigger) &&
    !inOpeningSince(text, m, trigger);
  if (owned) return ownedPerson(text, mentions, trigger, isPerson);
  // "hatte Kunden als Geiseln genommen": the customers were taken; the one named took them.
  if (unnamedHostages(text, mentions, trigger, isPerson)) return undefined;
  const offering = offerer(text, mentions, trigger, isPerson);
  if (offering) return offering;
  const wanted = warrantObject(text, mentions, trigger, isPerson);
  if (wanted !== undefined) return wanted ?? undefined;
  const hangsOn = relativeSubject(text, mentions, trigger, isPerson);
  if (hangsOn !== undefined) return hangsOn ?? undefined;
  // "Prime Minister X said he would resign": the speaker tells of what befalls them.
  const self = selfReported(text, mentions, trigger, isPerson);
  const nearest =
    (self && speaks(text, self, lexicon) ? self : undefined) ??
    nearestPerson(text, mentions, trigger, byMarked, lexicon, isPerson);
  if (nearest && nearest.start < trigger && pronounSubjectBetween(text.slice(nearest.end, trigger)))
    return undefined;
  // "Ruto dismissed almost his entire cabinet": it befell a body of people, and he did it.
  if (befellBody(text, trigger, nearest)) return undefined;
  const described = nearest && describedSubject(text, mentions, nearest, trigger, isPerson);
  if (described) return described;
  if (nearest && presentAt(text, nearest, trigger)) return ownedPerson(text, mentions, trigger, isPerson);
  // Right before the verb, the nearest person is its subject: the one after it is the patient.
  // "Am Mittwoch entließ Kanzler Olaf Scholz seinen Finanzminister Christian Lindner": after a
  // fronted verb come its subject, then its object, who is the patient.
  if (nearest && nearest.start > trigger && FRONTED_GAP.test(text.slice(trigger, nearest.start))) {
    const subject = nearest;
    const object = mentions.find(
      (m) =>
        m.start > subject.end && isPerson(m) && OBJECT_AFTER_SUBJECT.test(text.slice(subject.end, m.start)),
    );
    if (object) return object;
    if (UNNAMED_ACCUSATIVE.test(text.slice(subject.end, subject.end + 40))) return undefined;
  }
  if (nearest && SUBJECT_VERB_GAP.test(text.slice(nearest.end, trigger))) {
    const object = objectPerson(text, mentions, trigger, isPerson);
    // "Steinmeier ontsloeg hen": whom it befell is named before; the subject is not that one.
    if (!object && OBJECT_PRONOUN.test(text.slice(trigger, trigger + 40))) return undefined;
    const acted =
      object ??
      laterObject(text, mentions, trigger, isPerson) ??
      titledObject(text, mentions, trigger, isPerson);
    // "Fouad L. shot dead his neighbour": the subject killed someone the sentence does not name.
    return acted === null || (!acted && nearest.start < trigger && killsCounted(text, trigger))
      ? undefined
      : (acted ?? nearest);
  }
  // "Prigozhin accused the ministry of a strike that had killed a huge number of his fighters": the
  // verb's counted object is whom it befell; a person named before it speaks or acts.
  if (nearest && nearest.start < trigger && killsCounted(text, trigger))
    return laterObject(text, mentions, trigger, isPerson);
  // "… accepted the resignation of Askar Mamin's cabinet and appointed Alikhan Smailov": a verb
  // joined to the one before acts on its own object, not on the first verb's.
  if (nearest && nearest.start < trigger && COORDINATED_VERB.test(text.slice(nearest.end, trigger)))
    return laterObject(text, mentions, trigger, isPerson) ?? nearest;
  return nearest;
}
