import { isBorrowed } from './borrowed-mention.ts';
import { centredAt } from './centre.ts';
import { namedAsPartner } from './with-partner.ts';
import { inSplicedClause } from './spliced-place.ts';
import { inTrailingSource } from './trailing-source.ts';
import type { AnnotatedSentence, Mention } from '../types.ts';
import type { EventLexicon } from './lexicon.ts';
import { isQuoted, quotedSpans } from './quotes.ts';
import { happeningPlaces } from './attribution.ts';
import { choosePatient } from './patient.ts';
import { agentMarked } from './agent-marked.ts';
import { byOfParticiple } from './participle-by.ts';
import { descriptorSpeaker } from './descriptor-speaker.ts';
import { trailingSpeaker } from './trailing-speaker.ts';
import { namedAsSettlement } from './settlement-name.ts';
import { ownsTitleOf, titleHolderAfter } from './title-owner.ts';
import { afterOpeningTime, inOpeningPhrase, inOpeningSince, openingClauseEnd } from './opening-phrase.ts';
import { speaksFor } from './speaks-for.ts';
import { BLANK, NEXT_WORD } from './text-gaps.ts';
import { subjectBeforeComma } from './comma-subject.ts';
import { beforeOwnClause, beforeSubordinateClause } from './clause-subject.ts';
import { institutionAgent, institutionBefore } from './institution-agent.ts';
import { groupSpeaker } from './group-speaker.ts';
import { inClosedRelative } from './closed-relative.ts';
import { seatInConcurrentClause } from './concurrent-clause.ts';
import { inTrailingParticiple } from './trailing-participle.ts';
import { inParticipleAside } from './participle-aside.ts';
import { besidePlace } from './beside-place.ts';
import { comparedWithin } from './compared-within.ts';
import { frontedSubject } from './fronted-subject.ts';
import { wordSet } from './word-set.ts';
import { inByAside } from './by-aside.ts';
import { namesRelative } from './relatives.ts';
import { saidOfOther } from './said-of-other.ts';
import type { RoleOptions, Roles } from './role-types.ts';
import { ADJECTIVE, hasOrgWord, isPersonLike, linkedSurname } from './person-like.ts';
import { afterPlacePreposition, ownerAfterOf, sharesOwner } from './place-preposition.ts';
import { coordinated } from './coordinated-names.ts';
import { auxiliarySubject } from './opening-subject.ts';
import { coPatients } from './co-patients.ts';
import { compoundModifier, pairedPlace } from './compound-modifier.ts';

/** Unicode property escapes are module constants: tsx compiles each such literal to a `new RegExp` call. */
const ATTRIBUTION = /(?:according to|volgens|laut|nach angaben)\s+(?:\p{L}+\s+){0,3}$/iu;
const CLAUSE_START = /(?:^|[,;:]\s*|\b(?:that|dat|dass)\s+)(?:\p{L}+\s+)?$/u;

/**
 * "Koningin Elizabeth en prins William bezochten … Ze spraken er met bewoners": a name borrowed for
 * the same pronoun as the agent did what the agent did with it, and is not the one it was done with.
 */
function fellowOf(text: string, m: Mention, agent: Mention | undefined): boolean {
  return (
    agent !== undefined &&
    m.start === agent.start &&
    m.end === agent.end &&
    isBorrowed(text, m) &&
    isBorrowed(text, agent)
  );
}

/** "posted by its Amaq news agency": a medium carries what its owner says; it did nothing itself. */
function namesMedium(text: string, m: Mention, lexicon: EventLexicon): boolean {
  const next = NEXT_WORD.exec(text.slice(m.end, m.end + 16))?.[1];
  return next !== undefined && wordSet(lexicon.mediaWords).has(next.toLowerCase());
}

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
    isTown = () => false,
    isCountry = () => false,
    isSite = () => false,
    verbSecond = false,
    reportedBefore = -1,
    speech = false,
    seizesPlace = false,
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
          !byOfParticiple(text, m, trigger) &&
          !namesMedium(text, m, lexicon),
      );
  if (patientOf || patientKind)
    roles.patient = choosePatient(text, mentions, trigger, { owned: patientOf, byMarked, lexicon, isPerson });
  const listed = roles.patient ? coPatients(text, mentions, roles.patient, isPerson) : [];
  if (listed.length > 0) roles.befallen = listed;
  const befallen = (m: Mention): boolean => m === roles.patient || listed.includes(m);
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
      !befallen(m) &&
      !possessive(text, m) &&
      !attributed(text, m) &&
      // "bewoners van de wijk Tuikwerd": a place no gazetteer lists does nothing either.
      !isPlaceName(m) &&
      (!afterPlacePreposition(text, m) || ownerAfterOf(text, m, isPerson) || sharesOwner(text, m, trigger)) &&
      !spokenOf(m) &&
      !saidOfOther(text, m, trigger) &&
      !beforeOwnClause(text, m, trigger) &&
      !beforeSubordinateClause(text, m, trigger) &&
      !inClosedRelative(text, m, trigger) &&
      // "The son of ousted Prime Minister Sheikh Hasina said": the unnamed son speaks.
      !namesRelative(text, m) &&
      !inByAside(text, m, trigger) &&
      !inOpeningSince(text, m, trigger) &&
      !(verbSecond && namedAsPartner(text, m)),
  );
  // Dutch and German put the subject right after a fronted verb (see fronted-subject.ts).
  const afterVerb = (): Mention | undefined => {
    if (institutionBefore(text, trigger, wordSet(lexicon.orgWords))) return undefined;
    const first = mentions.find(
      (m) =>
        m.start >= trigger &&
        !befallen(m) &&
        !(seizesPlace && m.kind === 'place') &&
        !ADJECTIVE.test(m.text) &&
        !namedAsSettlement(text, m) &&
        frontedSubject(text.slice(trigger, m.start)),
    );
    // "Maandag sprak HTS-leider Ahmed al-Sharaa met …": the leader speaks, not whose leader he is.
    return (first && titleHolderAfter(text, first, mentions)) ?? first;
  };
  roles.agent =
    byMarked ??
    (speech ? trailingSpeaker(text, mentions, trigger, isPerson) : undefined) ??
    speaksFor(text, mentions, trigger, wordSet(lexicon.officeWords), isPerson) ??
    // "Bei einem Videogipfel der OVKS sagte Tokajew": the names of the opening phrase only frame it.
    // "Zwei Tage nach dem Treffen mit Macron sagte Scholz": so do those of an opening time.
    (verbSecond && (inOpeningPhrase(text, trigger) || afterOpeningTime(text, sentence.timexes, trigger))
      ? afterVerb()
      : undefined) ??
    (verbSecond ? auxiliarySubject(text, beforeTrigger, trigger) : undefined) ??
    // A name the verb follows past a comma: "Shahabuddin, who dissolved …", "its president, X, appealed".
    beforeTrigger.find((m) => m.kind !== 'place' && subjectBeforeComma(text, m, trigger, mentions)) ??
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
    beforeTrigger.find(
      (m) =>
        // A place borrowed for "daar" or its residents is where they were, never who acted; nor does
        // a square ("The Breitscheidplatz market will stay closed … and flags flew at half mast").
        m.kind === 'place' &&
        !ADJECTIVE.test(m.text) &&
        clauseStart(text, m) &&
        !isBorrowed(text, m) &&
        !isSite(m),
    ) ??
    afterVerb() ??
    descriptorSpeaker(text, mentions, reportedBefore, trigger, (m) => !isPerson(m));
  // "Secret Service Director Kimberly Cheatle had rejected …": the one who holds the title acts.
  if (roles.agent) roles.agent = titleHolderAfter(text, roles.agent, beforeTrigger) ?? roles.agent;
  if (!roles.agent && orgWordBefore) roles.institution = institutionAgent(text, trigger, lexicon);
  if (!roles.agent && !roles.institution && speech) roles.institution = groupSpeaker(text, trigger);
  // "HTS-leider Ahmed al-Sharaa sprak met …", "the HTS leader X met …": whose leader the agent is,
  // not the other party.
  const agentHolds = roles.agent;
  const titleOwner = (m: Mention): boolean => agentHolds !== undefined && ownsTitleOf(text, m, agentHolds);
  const isOther = (m: Mention): boolean =>
    m.kind !== 'place' &&
    m !== roles.agent &&
    !befallen(m) &&
    m.id !== roles.agent?.id &&
    !titleOwner(m) &&
    !fellowOf(text, m, roles.agent);
  // "X … briefly met Vice President JD Vance": whom the agent met follows the verb.
  roles.other = mentions.find((m) => m.start > trigger && isOther(m)) ?? mentions.find(isOther);
  const agent = roles.agent;
  const known = mentions.filter(
    (m) =>
      m.kind === 'place' &&
      m !== agent &&
      m.id !== agent?.id &&
      !compoundModifier(text, m, isCountry) &&
      !pairedPlace(text, m, mentions) &&
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
        // "die Wohnung …, in der Breivik gemeldet war": a surname of a person named in full earlier.
        !linkedSurname(m) &&
        (isPlaceName(m) || afterPlacePreposition(text, m)) &&
        !ownerAfterOf(text, m, isPerson) &&
        !sharesOwner(text, m, trigger),
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
    (m) =>
      !seatInConcurrentClause(text, m, trigger) &&
      !inTrailingParticiple(text, m, trigger) &&
      !inParticipleAside(text, m, trigger) &&
      !comparedWithin(text, m) &&
      !inTrailingSource(text, m, trigger),
  );
  if (own.length < places.length) places.splice(0, places.length, ...own);
  const notBeside = places.filter((m) => !besidePlace(text, m));
  if (notBeside.length > 0 && notBeside.length < places.length) places.splice(0, places.length, ...notBeside);
  const fronted = places.find((m) => m.start < trigger && afterPlacePreposition(text, m));
  // "…, in London nahm die Polizei … nahe der Downing Street … fest": a clause spliced on that opens
  // with a place of its own tells another scene; ", vlak bij het dorp Hrabove" only narrows this one.
  const spliced = (m: Mention): boolean => m.start > trigger && inSplicedClause(text, m, trigger, fronted);
  const inOtherScene = (m: Mention): boolean =>
    spliced(m) && places.some((o) => o !== m && o.start < m.start && spliced(o));
  roles.place =
    // "in der Provinz Hatay nahe Antakya": the place it is put right at, not the area around it.
    places.find((m) => centredAt(text, m, lexicon.centreWords, mentions, isTown) && !inOtherScene(m)) ??
    places.find(
      (m) =>
        m.start > trigger && afterPlacePreposition(text, m) && !inSplicedClause(text, m, trigger, fronted),
    ) ??
    places.find((m) => afterPlacePreposition(text, m)) ??
    places[0];
  return roles;
}
