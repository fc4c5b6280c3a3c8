import { centredAt } from './centre.ts';
import { inSplicedClause } from './spliced-place.ts';
import { creditAt } from './credit.ts';
import type { AnnotatedSentence, Mention } from '../types.ts';
import { slug, UNKNOWN_PREFIX } from '../entities/text.ts';
import type { EventLexicon } from './lexicon.ts';
import { isQuoted, quotedSpans } from './quotes.ts';
import { happeningPlaces } from './attribution.ts';
import { choosePatient } from './patient.ts';
import { agentMarked } from './agent-marked.ts';
import { namedAsSettlement } from './settlement-name.ts';
import { ownsTitleOf, titleHolderAfter } from './title-owner.ts';
import { afterOpeningTime, inOpeningPhrase, inOpeningSince, openingClauseEnd } from './opening-phrase.ts';
import { speaksFor } from './speaks-for.ts';
import { BLANK, NEXT_WORD, RELATIVE_SUBJECT_GAP } from './text-gaps.ts';
import { beforeOwnClause } from './clause-subject.ts';
import { seatInConcurrentClause } from './concurrent-clause.ts';
import { inTrailingParticiple } from './trailing-participle.ts';
import { frontedSubject } from './fronted-subject.ts';
import { wordSet } from './word-set.ts';
import { inByAside } from './by-aside.ts';
import { namesRelative } from './relatives.ts';
import { SAID_OF_OTHER, saidOfOther } from './said-of-other.ts';
import type { RoleOptions, Roles } from './role-types.ts';

/** "im Gebiet Twer", "in de regio Tver": the area's noun stands between the preposition and the name. */
const PLACE_PREPOSITIONS =
  /\b(?:in|into|to|of|from|across|near|naar|aan|uit|van|bij|nach|aus|von|im|bei)\s+(?:the\s+|de\s+|het\s+|der\s+|dem\s+|den\s+)?(?:(?:Gebiet|Region|regio|provincie|Provinz|Bezirk)\s+)?$/i;

/**
 * A preposition of place right before the mention: only the last few characters can hold one and
 * its article, and testing the whole text before it (the expression ends in `$`) costs its length.
 */
function afterPlacePreposition(text: string, m: Mention): boolean {
  return PLACE_PREPOSITIONS.test(text.slice(Math.max(0, m.start - 32), m.start));
}

/** "of", "van", "von" before a name: a place ("the city of Almaty") or an owner ("de PVV van Geert Wilders"). */
const OWNER_PREPOSITION = /\b(?:of|van|von)\s+(?:the\s+|de\s+|het\s+|der\s+|dem\s+|den\s+)?$/i;

/**
 * A full name as written, or a surname the article ties to one named before ("das Privathaus von
 * Wickremesinghe" after "Ranil Wickremesinghe": its id is the full name's).
 */
function fullName(m: Mention): boolean {
  return /\s/.test(m.text.trim()) || (m.id?.includes('-') === true && !m.text.includes('-'));
}

/** A person's full name after "of"/"van"/"von" owns what comes before it; it is no place. */
function ownerAfterOf(text: string, m: Mention, isPerson: (m: Mention) => boolean): boolean {
  return (
    m.kind === 'unknown' &&
    fullName(m) &&
    isPerson(m) &&
    OWNER_PREPOSITION.test(text.slice(Math.max(0, m.start - 32), m.start))
  );
}

/** Endings of nationality adjectives ("German media", "Kazachstaanse autoriteiten"): not an acting country. */
// "-reich" names a country (Österreich, Frankreich), not an adjective in "-ch".
const ADJECTIVE = /(?:ian|ish|ese|kh|sche?n?|se|ic|man|(?<!rei)ch)$/i;

/** What may stand between two names of one list: a comma or "and", perhaps an article. */
const LIST_GAP = /^\s*(?:,|and|und|en)?\s*(?:(?:the|de|het|die|der|das)\s+)?$/i;

/**
 * "Österreich und Kroatien schickten …", "Spain, Britain, Qatar and the United Arab Emirates sent
 * …": a name listed with the agent acts with it; it is no place.
 */
function coordinated(text: string, a: Mention, b: Mention, mentions: readonly Mention[]): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  let from = first.end;
  for (const m of mentions) {
    if (m.start < from || m.end > second.start) continue;
    if (!LIST_GAP.test(text.slice(from, m.start))) return false;
    from = m.end;
  }
  return LIST_GAP.test(text.slice(from, second.start));
}

/** Unicode property escapes are module constants: tsx compiles each such literal to a `new RegExp` call. */
const CAPITALISED = /^\p{Lu}/u;
const INNER_SPACE = /\S\s+\S/;
const ATTRIBUTION = /(?:according to|volgens|laut|nach angaben)\s+(?:\p{L}+\s+){0,3}$/iu;
const CLAUSE_START = /(?:^|[,;:]\s*|\b(?:that|dat|dass)\s+)(?:\p{L}+\s+)?$/u;
const WORD = /[\p{L}-]+/gu;

/** The clause before the trigger: from the last comma, semicolon or sentence start. */
const CLAUSE_BEFORE = /[^,;:]*$/;

/**
 * An institution named by a common noun in the trigger's clause before it ("officials said Fico
 * would be transferred", "the ministry said Fico …"): it is the subject, and a name after the verb
 * is what it spoke of.
 */
function institutionBefore(text: string, trigger: number, orgWords: ReadonlySet<string>): boolean {
  const before = text.slice(0, trigger);
  const clause = CLAUSE_BEFORE.exec(before)?.[0] ?? '';
  // A capital is the noun's own only where it opens the sentence ("Officials had said …").
  const opens = clause.length === before.length;
  return (clause.match(WORD) ?? []).some(
    (w, i) => (w === w.toLowerCase() || (opens && i === 0)) && orgWords.has(w.toLowerCase()),
  );
}
/** The name after an institution's "of": capitalised words, joined by "and", "for", "of". */
const OF_NAME = /^ of (?:the )?\p{Lu}[\p{L}'’-]*(?: (?:(?:and|for|of|&) )?\p{Lu}[\p{L}'’-]*)*/u;

/** "Radio Liberty", "NOS-televisie": a medium is an organisation too, so no person. */
function hasOrgWord(m: Mention, lexicon: EventLexicon): boolean {
  const words = m.text.toLowerCase().split(/[\s-]+/);
  const orgWords = wordSet(lexicon.orgWords);
  const mediaWords = wordSet(lexicon.mediaWords);
  return words.some((w) => orgWords.has(w) || mediaWords.has(w));
}

/** "posted by its Amaq news agency": a medium carries what its owner says; it did nothing itself. */
function namesMedium(text: string, m: Mention, lexicon: EventLexicon): boolean {
  const next = NEXT_WORD.exec(text.slice(m.end, m.end + 16))?.[1];
  return next !== undefined && wordSet(lexicon.mediaWords).has(next.toLowerCase());
}

/**
 * A name that is a person: by the entity data's actor kind when known, else by its look —
 * capitalised, not an organisation, not a place, not a lone nationality word ("Kazakh authorities").
 */
export function isPersonLike(
  m: Mention,
  lexicon: EventLexicon,
  kindOf?: (id: string) => string | undefined,
): boolean {
  const kind = m.id ? kindOf?.(m.id) : undefined;
  // A name nobody listed ("Recep Tayyip Erdogan" without an entry) has kind 'unknown': judged by its look.
  if (kind !== undefined && kind !== 'unknown') return kind === 'person';
  return (
    m.kind !== 'place' &&
    CAPITALISED.test(m.text) &&
    !hasOrgWord(m, lexicon) &&
    !(!INNER_SPACE.test(m.text) && ADJECTIVE.test(m.text) && !linkedSurname(m))
  );
}

/**
 * A single word the entity stage linked to a full name given earlier ("Gershkovich" → Evan
 * Gershkovich): a surname, even when it ends like an adjective.
 */
function linkedSurname(m: Mention): boolean {
  return m.id !== undefined && m.id.startsWith(UNKNOWN_PREFIX) && m.id.endsWith(`-${slug(m.text)}`);
}

const ARTICLES = /^(?:the|a|an|de|het|een|der|die|das|ein|eine)$/i;

function possessive(text: string, m: Mention): boolean {
  return /^['’]s\b/.test(text.slice(m.end));
}

/** "According to the dpa news agency": a source of the report, not a doer. */
function attributed(text: string, m: Mention): boolean {
  // The source and three words fit in far fewer characters than a long sentence has before the name.
  return ATTRIBUTION.test(text.slice(Math.max(0, m.start - 120), m.start));
}

/** A country acts as subject where a clause begins: "Germany has halted …", not "the city of Almaty". */
function clauseStart(text: string, m: Mention): boolean {
  return CLAUSE_START.test(text.slice(0, m.start));
}

/**
 * Agent: an actor (or a country acting) before the trigger, or one marked "by" after it.
 * Patient, for kinds that befall someone: a person not marked as agent, nearest the trigger.
 * Place: a place after a preposition, the agent excluded.
 */
export function findRoles(
  sentence: AnnotatedSentence,
  mentions: Mention[],
  trigger: number,
  patientKind: boolean,
  lexicon: EventLexicon,
  options: RoleOptions = {},
): Roles {
  const {
    isPerson = (m: Mention) => isPersonLike(m, lexicon),
    orgWordBefore = true,
    patientOf = false,
    isPlaceName = () => false,
    verbSecond = false,
    reportedBefore = -1,
    speech = false,
  } = options;
  const text = sentence.text;
  const roles: Roles = {};
  // "Putin vowed to crush a mutiny by Wagner": the name right before a verb of speech speaks.
  const speaker =
    speech &&
    mentions.some((m) => m.kind !== 'place' && m.end <= trigger && BLANK.test(text.slice(m.end, trigger)));
  const byMarked = speaker
    ? undefined
    : mentions.find(
        (m) =>
          m.kind !== 'place' &&
          m.start > trigger &&
          agentMarked(text, m, lexicon) &&
          !namesMedium(text, m, lexicon),
      );
  if (patientOf || patientKind)
    roles.patient = choosePatient(text, mentions, trigger, { owned: patientOf, byMarked, lexicon, isPerson });
  // '"…, while Lampedusa is hours away," the organisation said': who is named in a quotation the
  // trigger stands outside of is spoken of, not the speaker. Looked for only once a name could act.
  let quoted: readonly number[] | undefined;
  const spokenOf = (m: Mention): boolean => {
    quoted ??= quotedSpans(text);
    return quoted.length > 0 && isQuoted(quoted, m.start, m.end) && !isQuoted(quoted, trigger, trigger);
  };
  const beforeTrigger = mentions.filter(
    (m) =>
      m.start < trigger &&
      m.end > reportedBefore &&
      m !== roles.patient &&
      !possessive(text, m) &&
      !attributed(text, m) &&
      // "bewoners van de wijk Tuikwerd": a place no gazetteer lists does nothing either.
      !isPlaceName(m) &&
      (!afterPlacePreposition(text, m) || ownerAfterOf(text, m, isPerson)) &&
      !spokenOf(m) &&
      !saidOfOther(text, m, trigger) &&
      !beforeOwnClause(text, m, trigger) &&
      // "The son of ousted Prime Minister Sheikh Hasina said": the unnamed son speaks.
      !namesRelative(text, m) &&
      !inByAside(text, m, trigger) &&
      !inOpeningSince(text, m, trigger),
  );
  // Dutch and German put the subject right after a fronted verb (see fronted-subject.ts).
  const afterVerb = (): Mention | undefined => {
    if (institutionBefore(text, trigger, wordSet(lexicon.orgWords))) return undefined;
    const first = mentions.find(
      (m) =>
        m.start >= trigger &&
        m !== roles.patient &&
        !ADJECTIVE.test(m.text) &&
        !namedAsSettlement(text, m) &&
        frontedSubject(text.slice(trigger, m.start)),
    );
    // "Maandag sprak HTS-leider Ahmed al-Sharaa met …": the leader speaks, not whose leader he is.
    return (first && titleHolderAfter(text, first, mentions)) ?? first;
  };
  roles.agent =
    byMarked ??
    speaksFor(text, mentions, trigger, wordSet(lexicon.officeWords), isPerson) ??
    // "Bei einem Videogipfel der OVKS sagte Tokajew": the names of the opening phrase only frame it.
    // "Zwei Tage nach dem Treffen mit Macron sagte Scholz": so do those of an opening time.
    (verbSecond && (inOpeningPhrase(text, trigger) || afterOpeningTime(text, sentence.timexes, trigger))
      ? afterVerb()
      : undefined) ??
    // "Shahabuddin, who dissolved parliament": a comma right after the name comes first, the pattern after.
    beforeTrigger.find(
      (m) =>
        m.kind !== 'place' && text[m.end] === ',' && RELATIVE_SUBJECT_GAP.test(text.slice(m.end, trigger)),
    ) ??
    // The name right before the verb is its subject ("…, Maryland Governor Wes Moore said"), unless
    // it ends a compound whose head comes first ("Die EU-Kommission kündigte …").
    beforeTrigger.find(
      (m) => m.kind !== 'place' && text[m.start - 1] !== '-' && BLANK.test(text.slice(m.end, trigger)),
    ) ??
    // "CrowdStrike-topman George Kurtz bood … excuses aan": a name opening a role compound says
    // whose role the one after it holds, and that one acts ("die EU-Kommission" is one name).
    beforeTrigger.find(
      (m) => m.kind !== 'place' && (text[m.end] !== '-' || mentions.some((o) => o.start === m.end + 1)),
    ) ??
    beforeTrigger.find((m) => m.kind !== 'place') ??
    beforeTrigger.find((m) => m.kind === 'place' && !ADJECTIVE.test(m.text) && clauseStart(text, m)) ??
    afterVerb();
  // "Secret Service Director Kimberly Cheatle had rejected …": the one who holds the title acts.
  if (roles.agent) roles.agent = titleHolderAfter(text, roles.agent, beforeTrigger) ?? roles.agent;
  if (!roles.agent && orgWordBefore) {
    // An institution named by a common noun: "The Spanish government declared …".
    const prefix = text.slice(0, trigger);
    const orgWords = wordSet(lexicon.orgWords);
    const mediaWords = wordSet(lexicon.mediaWords);
    let before: RegExpExecArray | undefined;
    let org: RegExpExecArray | undefined;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(prefix); m !== null; m = WORD.exec(prefix)) {
      const word = m[0].toLowerCase();
      // "Jan 8 (Reuters) - United Airlines said": the wire credited in the dateline says nothing.
      if (orgWords.has(word) && !creditAt(text, m.index, m.index + m[0].length)) {
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
    if (org) {
      const first =
        // A capitalised article ("The junta") opens the sentence; it is no part of the name.
        before &&
        CAPITALISED.test(before[0]) &&
        !ARTICLES.test(before[0]) &&
        before.index + before[0].length + 1 === org.index
          ? before
          : org;
      // "Iceland's Department of Civil Protection and Emergency Management": a capitalised
      // institution goes on with the name after its "of".
      const orgEnd = org.index + org[0].length;
      const named = CAPITALISED.test(org[0]) ? OF_NAME.exec(prefix.slice(orgEnd)) : null;
      const end = orgEnd + (named?.[0].length ?? 0);
      roles.institution = {
        text: text.slice(first.index, end),
        start: first.index,
        end,
        kind: 'actor',
        resolution: 'unresolved',
      };
    }
  }
  // "HTS-leider Ahmed al-Sharaa sprak met …", "the HTS leader X met …": whose leader the agent is,
  // not the other party.
  const agentHolds = roles.agent;
  const titleOwner = (m: Mention): boolean => agentHolds !== undefined && ownsTitleOf(text, m, agentHolds);
  const isOther = (m: Mention): boolean =>
    m.kind !== 'place' &&
    m !== roles.agent &&
    m !== roles.patient &&
    m.id !== roles.agent?.id &&
    !titleOwner(m);
  // "X … briefly met Vice President JD Vance": whom the agent met follows the verb.
  roles.other = mentions.find((m) => m.start > trigger && isOther(m)) ?? mentions.find(isOther);
  const agent = roles.agent;
  const known = mentions.filter(
    (m) =>
      m.kind === 'place' &&
      m !== agent &&
      m.id !== agent?.id &&
      !(agent && coordinated(text, agent, m, mentions)),
  );
  // A name the gazetteer does not know, after "in"/"naar"/"nach", is most likely a place.
  const unlisted = (): Mention[] =>
    mentions.filter(
      (m) =>
        m.kind === 'unknown' &&
        m !== roles.agent &&
        // "the headquarters of Bazoum's party": an owner, not a place; nor is an organisation
        // ("members of the Chhatra League").
        !possessive(text, m) &&
        !hasOrgWord(m, lexicon) &&
        (isPlaceName(m) || afterPlacePreposition(text, m)) &&
        !ownerAfterOf(text, m, isPerson),
    );
  // "Volgens de Veiligheidsregio Groningen zijn bewoners van de wijk Tuikwerd geëvacueerd": the
  // source's place is where the happening was only when the sentence names no other.
  const places = known.length > 0 ? happeningPlaces(text, known, unlisted) : unlisted();
  if (places !== known && known.length > 0) {
    const sources = known.filter((m) => !places.includes(m));
    if (sources.length > 0) roles.sources = sources;
  }
  // "Kazakhstan's largest city, Almaty": the possessor only frames the place that is meant, also
  // one no gazetteer lists ("north of Grindavík, on Iceland's Reykjanes peninsula").
  let framed = places.filter((m) => !possessive(text, m));
  // A happening told in an opening clause of time took place where that clause says.
  const clauseEnd = openingClauseEnd(text, trigger);
  if (clauseEnd >= 0 && framed.some((m) => m.start < clauseEnd))
    framed = framed.filter((m) => m.start < clauseEnd);
  if (framed.length === 0 && known.length > 0) framed = unlisted().filter((m) => !possessive(text, m));
  if (framed.length > 0) places.splice(0, places.length, ...framed);
  const own = places.filter(
    (m) => !seatInConcurrentClause(text, m, trigger) && !inTrailingParticiple(text, m, trigger),
  );
  if (own.length < places.length) places.splice(0, places.length, ...own);
  const fronted = places.find((m) => m.start < trigger && afterPlacePreposition(text, m));
  roles.place =
    // "in der Provinz Hatay nahe Antakya": the place it is put right at, not the area around it.
    places.find((m) => centredAt(text, m, lexicon.centreWords)) ??
    places.find(
      (m) =>
        m.start > trigger && afterPlacePreposition(text, m) && !inSplicedClause(text, m, trigger, fronted),
    ) ??
    places.find((m) => afterPlacePreposition(text, m)) ??
    places[0];
  return roles;
}
