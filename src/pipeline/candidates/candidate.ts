import { notWhereItHappened } from './not-where-it-happened.ts';
import { objectOfSaying } from './said-object.ts';
import { namesPowerInCompound } from './controlled-by.ts';
import { happeningMentions } from './happening-mentions.ts';
import { forcesOf, notSending, ownersOf, senderOf, sentNouns } from './sent-actors.ts';
import type { Timex } from '../types.ts';
import type { EventCandidate } from './event-candidate.ts';
import type { PlacedFigure } from './figures.ts';
import type { TriggerHit } from './happenings.ts';
import type { ConceptEntry, KindEntry, TitleTemplate } from './lexicon.ts';
import type { Reading, Scope } from './reading.ts';
import { findRoles } from './roles.ts';
import { reportedBefore } from './reported-before.ts';
import {
  aheadInOtherClause,
  announcedBeforePublication,
  borrowedAhead,
  liesAhead,
  nearestTimex,
  happeningTimex,
  sinceUntilPublication,
  whenFrom,
  dayOnly,
} from './time.ts';
import { aheadAsTopic } from './topic-ahead.ts';
import { buildTitle, partsOf } from './title.ts';
import { aimedCountry } from './target-place.ts';
import { centredAt } from './centre.ts';
import { calledBefore, namesOtherDay } from './called-day.ts';
import { beforePublication } from '../time/before-publication.ts';
import { saidBesideQuotedDay } from './quoted-day.ts';
import { startsAhead } from '../time/deadline.ts';
import { isLang } from '../time/lexicon.ts';
import { yearClauseTimex } from './year-clause.ts';
import { undatedInRelative } from './undated-relative.ts';
import { titledKind } from './trigger-titles.ts';
import { dayBeforeIfAfterClause } from './day-after.ts';
import { beforeStretchIfAfterClause } from './before-stretch.ts';
import { asGrievance } from './grievance-cause.ts';
import { describedPatient } from './described-patient.ts';
import { attendedAt } from './attends.ts';
import { countedObject, countedSubject, countsMany } from './counted-patient.ts';
import { crowdFigure, namedCrowd } from './named-crowd.ts';
import { afterToldDay } from './after-told-day.ts';
import { isBorrowed } from './borrowed-mention.ts';
import { countedNationals } from './counted-nationals.ts';
import { idsOf } from './mention-ids.ts';
import { namesTrailingSource } from './trailing-source.ts';

/** The gazetteer's kinds of places that never act: a square, a bridge, a river. */
const SITES = new Set(['landmark', 'waterway']);

/** Whether the title a template gives tells of an announcement: its concept says so. */
function announcedByTitle(template: TitleTemplate | undefined, concepts: ConceptEntry[]): boolean {
  const id = template?.if;
  return id !== undefined && concepts.some((c) => c.id === id && c.announces === true);
}

/** The candidate event of one happening in a sentence. */
export function candidateOf(
  scope: Scope,
  reading: Reading,
  h: TriggerHit,
  kind: KindEntry,
  figures: PlacedFigure[],
  concepts: ConceptEntry[],
  dated: Timex[],
  sharedByPlace = false,
): EventCandidate {
  const { article, lang, lexicon } = scope;
  const { s, tokens, facts } = reading;
  const text = s.text;
  const mentions = happeningMentions(scope, reading, kind.destination === true);
  const verbSecond = lang === 'nl' || lang === 'de';
  const roles = findRoles(s, mentions, h.start, kind.patientKind ?? false, lexicon, {
    isPerson: scope.isPerson,
    orgWordBefore: scope.vocabulary.orgWordBefore(tokens, facts, h.start),
    patientOf: h.patientOf ?? false,
    isPlaceName: scope.isPlaceName,
    isTown: scope.isTown,
    isCountry: scope.isCountry,
    isSite: (m) => SITES.has(scope.placeKind(m) ?? ''),
    verbSecond,
    reportedBefore: h.kind === 'statement' ? reportedBefore(text, h.start, verbSecond) : -1,
    speech: h.kind === 'statement',
    seizesPlace: kind.seizesPlace === true,
  });
  if (!roles.agent && roles.institution && lang === 'en') roles.agent = roles.institution;
  // "… about Russian soldiers — 2,500 of whom arrived", "thanked Putin for sending troops": who
  // sent those the kind moves, and whose they are.
  const owners = kind.sends ? ownersOf(text, mentions, sentNouns(kind.sends, tokens, facts)) : undefined;
  const sender = owners && senderOf(text, mentions, h, owners);
  if (sender) roles.agent = sender;
  const crowd =
    kind.tallied && figures.length === 0 && roles.patient
      ? namedCrowd(text, mentions, roles.patient, scope.isPerson)
      : undefined;
  if (crowd) {
    figures = [crowdFigure(text, h.kind, crowd)];
    roles.patient = undefined;
  }
  if (h.kind === 'statement' && roles.place && objectOfSaying(text, roles.place, h)) roles.place = undefined;
  if (roles.place && namesPowerInCompound(text, roles.place)) roles.place = undefined;
  // "Ook in Syrië en Libanon was de beving te voelen": where it was felt, not where it was.
  const elsewhere = concepts.some((c) => c.elsewhere === true);
  // "Seventeen people were killed in the capital and two in Itahari": no one place is where it was.
  if (elsewhere || sharedByPlace) roles.place = undefined;
  const titled = titledKind(kind, h.title);
  // "Canada imposed sanctions against Iranian officials": the title's place is the aim, never Canada.
  const aim =
    kind.aimed === true
      ? aimedCountry(text, h.end, mentions, scope.isCountry, scope.countryOf, roles.agent)
      : roles.place;
  const titleInput = {
    kind: titled,
    roles: aim === roles.place ? roles : { ...roles, place: aim },
    figures,
    trigger: h.start,
    concepts,
    name: scope.name,
    text,
    lang,
    placeKind: scope.placeKind,
  };
  const { title, rank, deadly, fatal, tried } = buildTitle(titleInput);
  const template = titled.titles[rank];
  const titlePlace = template && aim?.id && partsOf(template.text).includes('place') ? aim : undefined;
  // An announcement is dated by the times that do not lie ahead: those are what it announces. So is
  // a happening its title tells as announced: "Hale said on Saturday he would step down on
  // Wednesday" is announced on Saturday.
  const announces = kind.announces === true || announcedByTitle(titled.titles[rank], concepts);
  // A year the sentence compares with dates nothing it reports ("the largest bank failure since the
  // 2008 financial crisis"), but the happening of its clause ("since 1973, when 150 people died");
  // nor does the year of the accounts an auditor refused to sign ("its 2019 accounts", a baseline too).
  // A time in a relative clause dates only the happening whose last word lies in it: "the martial
  // law he had declared on Tuesday night" dates the declaring, not the lifting the sentence reports.
  // A call is dated by neither: the day it names is that of what it calls for.
  const calledDay = (t: Timex | undefined) =>
    kind.callsFor === true && t !== undefined && namesOtherDay(t, h, text);
  // So is a day ahead that what was done holds from ("declared a holiday from Monday").
  const startDay = (t: Timex) =>
    isLang(lang) &&
    article.published.precision === 'day' &&
    startsAhead(lang, text, t, article.published.date);
  const planned = (t: Timex) =>
    (!announces &&
      (aheadInOtherClause(t, h, text, article.published) || aheadAsTopic(t, h, text, article.published))) ||
    startDay(t);
  const times = dated.filter(
    (t) =>
      !t.baseline &&
      !(announces && liesAhead(t, article.published)) &&
      !planned(t) &&
      !calledDay(t) &&
      !(t.clause && !(h.end > t.clause[0] && h.end <= t.clause[1])),
  );
  const timex = happeningTimex(times, dated.length, h, text, lang);
  // The expression of the sentence's own time (which carries its signal word: "on January 15").
  const ownTimex = s.timeFrom === 'own' ? s.timexes.find((t) => s.when.text?.endsWith(t.text)) : undefined;
  // "since 1973, when 150 people died": the clause's happening is that year's, not one since then.
  const clauseYear = !timex && s.timeFrom !== 'own' ? yearClauseTimex(dated, h.start, text) : undefined;
  const nationals = kind.tallied
    ? countedNationals(text, mentions, figures, scope.isCountry, scope.name)
    : undefined;
  const agentKey =
    roles.agent?.id ?? (roles.institution ? `~${roles.institution.text.toLowerCase()}` : undefined);
  // "imposed a curfew from 18:00 and declared a holiday from Monday": with its own day ahead left
  // out, the holiday takes the curfew's day, not the hour the curfew begins.
  const otherDay =
    timex && dated.some(startDay) && startDay(nearestTimex(dated, h.start, text, lang) ?? timex)
      ? dayOnly(whenFrom(timex, s.when))
      : undefined;
  const at = beforeStretchIfAfterClause(
    afterToldDay(
      dayBeforeIfAfterClause(
        otherDay ?? (timex ? whenFrom(timex, s.when) : s.when),
        text,
        tokens,
        h.start,
        (timex ?? ownTimex)?.start,
      ),
      { text, timeFrom: s.timeFrom, triggerEnd: h.end, timeEnd: (timex ?? ownTimex)?.end },
      article.published.date,
    ),
    text,
    h.start,
    timex ? undefined : ownTimex,
  );
  // The sentence's own day is that of what the call calls for: the call is known only to lie before publication.
  const callDayOnly = !timex && calledDay(ownTimex);
  // "Seit Juli", "since the protests began in July": a count since a month runs up to publication,
  // weeks of it. A count since a day ("3,500 flights since Friday") stays with that day's reports.
  const sinceMonth =
    ownTimex && (ownTimex.precision === 'month' || ownTimex.precision === 'year') ? ownTimex : undefined;
  const uncounted =
    kind.tallied && figures.length > 0
      ? buildTitle({ ...titleInput, figures: [], roles: { ...roles, place: undefined } }).title
      : title;
  const c: EventCandidate = {
    document: article.id,
    language: lang,
    sentence: s,
    kind: h.kind,
    title,
    titleRank: rank,
    ...(tried ? { tried: true as const } : {}),
    ...(titlePlace?.id ? { titlePlace: titlePlace.id } : {}),
    ...(titlePlace && centredAt(text, titlePlace, lexicon.centreWords, mentions, scope.isTown)
      ? { centred: true as const }
      : {}),
    ...(uncounted !== title ? { uncountedTitle: uncounted } : {}),
    ...(deadly ? { deadlyTitle: deadly } : {}),
    ...(fatal ? { fatalTitle: fatal } : {}),
    ...(agentKey ? { agent: agentKey } : {}),
    ...(nationals ? { nationals } : {}),
    when:
      undatedInRelative(text, lang, h, dated, article.published.date) ||
      saidBesideQuotedDay(text, h.kind, h, dated, article.published.date)
        ? beforePublication(article.published.date, article.published.precision === 'month')
        : clauseYear
          ? whenFrom(clauseYear, s.when)
          : ((callDayOnly ? calledBefore(article.published, ownTimex) : undefined) ??
            (announces
              ? (announcedBeforePublication(timex ?? ownTimex, article.published) ??
                borrowedAhead(s, article.published))
              : undefined) ??
            (!timex && ownTimex && planned(ownTimex)
              ? beforePublication(article.published.date, false)
              : undefined) ??
            // A measure in force since a day was taken that day.
            (kind.inForce
              ? at
              : sinceUntilPublication(
                  at,
                  timex ??
                    sinceMonth ??
                    s.timexes.find((t) => s.when.text !== undefined && t.text === s.when.text),
                  text,
                  article.published.date,
                  h.start,
                ))),
    // "laut der Feuerwehr in Köln … aus Porz": Köln says who reports, not where it happened.
    places: elsewhere
      ? []
      : idsOf(
          mentions.filter(
            (m) => m.kind !== 'place' || (!roles.sources?.includes(m) && !notWhereItHappened(text, m, h)),
          ),
          true,
        ),
    // "The magnitude 6.8 quake struck …, the U.S. Geological Survey said": who told it did nothing in it.
    actors: idsOf(
      h.kind === 'statement'
        ? mentions
        : mentions.filter((m) => m === roles.agent || !namesTrailingSource(text, m, h.start)),
      false,
    ),
    figures: figures.map((f) => f.figure),
    // A qualifier ("foreign") picks a title; as a shared topic it would join unrelated reports. One
    // that makes another happening of the kind ("acting") is kept for the merge to tell them apart.
    concepts: concepts.filter((c) => !c.qualifier || kind.apartIf?.includes(c.id)).map((c) => c.id),
    // "Five more bodies" befall some of those a tally told of before: no many of their own to join on.
    // Fourteen people killed befell many, not the one a pronoun stands for ("Hij neemt de
    // verantwoordelijkheid voor de instorting, waarbij veertien mensen om het leven kwamen").
    patient:
      roles.patient &&
      !(kind.tallied && isBorrowed(text, roles.patient) && figures.some(countsMany)) &&
      !(kind.ownFigure && countedObject(h, roles.patient, figures)) &&
      !(
        kind.patientKind &&
        (countedSubject(h, roles.patient, figures, text) || (sharedByPlace && roles.patient.start > h.end))
      )
        ? roles.patient.id
        : kind.patientKind && figures.some((f) => !f.more) && !attendedAt(text, h.start)
          ? 'many'
          : describedPatient(h, kind, text),
  };
  if (h.grievance) asGrievance(c, mentions, scope.isCountry);
  // "Kazakh authorities arrested Karim Massimov": where no place is named, in their country.
  const agentCountry = kind.inAgentCountry && c.places.length === 0 && roles.agent;
  if (agentCountry && agentCountry.id && scope.isCountry(agentCountry)) c.places = [agentCountry.id];
  const kept = owners && [...owners, ...forcesOf(text, mentions)];
  const notSent = kept && notSending(c.actors, kept, [c.agent, c.patient, c.titlePlace]);
  if (notSent) c.asideActors = notSent;
  return c;
}
