import { opensWithSince } from '../time/since-state.ts';
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { isVagueFigure } from '../candidates/figure-phrase.ts';
import { isAddition } from '../candidates/increments.ts';
import { newPersonByAge } from '../candidates/described-patient.ts';
import type { When } from '../types.ts';
import { callsSeparate, secondNamed } from './separate.ts';
import { callsTotal } from './total-counts.ts';
import { countsDescribedOnDay } from './described-count.ts';
import { listedPerson } from './similarity.ts';
import { apartTopic, kindTraits, mergeGroup, rareWith } from '../candidates/kind-traits.ts';
import { countriesOf, type CountryOf } from './countries-of.ts';
import { voicesOf } from './speakers.ts';
import { widerPlaces, type WithinOf } from './places-met.ts';
import { eveningReach, firstDayNumber } from './reach-days.ts';
import { valueShape, type ValueShape } from './value-shape.ts';
import { NO_PART, ownClock, ownPart } from './own-clock.ts';
import { strongTopics } from './strong-topics.ts';
export type { CountryOf } from './countries-of.ts';

/**
 * What the merge compares of one candidate, worked out once: in a dense story a candidate is
 * scored against a hundred others, and each comparison should only read fields, not slice dates,
 * parse times or match figure texts again.
 */

/** A time that says something about when it happened (not merely "before publication"). */
function isDated(w: When): boolean {
  return w.precision !== 'before-publication' && w.precision !== 'year' && w.precision !== 'month';
}

/** A month's TIMEX3 value ("2022-07"). */
const MONTH_VALUE = /^\d{4}-\d{2}$/;

/** Dated only to a year or a month: meets almost anything of that time. */
function isCoarse(w: When): boolean {
  return w.precision === 'year' || w.precision === 'month';
}

const DAY_MS = 86_400_000;

/** Days since the epoch of a YYYY-MM-DD day, or NaN. */
function dayNumber(day: string): number {
  return Date.parse(day) / DAY_MS;
}

/** A time reaching over more than a week, such as "since the start of the year" up to publication. */
function isLongStretch(start: number, end: number): boolean {
  return Number.isFinite(start) && Number.isFinite(end) && end - start > 7;
}

/**
 * A report that counts what befell people on one day or night, not over a stretch: a tallied kind's
 * report dated by its sentence; any other kind's count ("43 people had been detained"), whose day
 * is that of its report, which a running total since the protests began does not join.
 */
function dayCounted(c: EventCandidate, tallied: boolean, ownDated: boolean, longStretch: boolean): boolean {
  // "since Wednesday", "sinds woensdag": a count up to the report, as one since the start is.
  if (c.when.text !== undefined && opensWithSince(c.when.text)) return false;
  return tallied ? ownDated && !longStretch : c.figures.length > 0;
}

/**
 * A toll told at an hour of one day ("vier Geiseln getötet" after "gegen 13 Uhr"): the dead of one
 * happening, which the toll of the story's days ("17 died in the three days") does not join. Not
 * one of a part of a day ("Zwei Tage nach dem Sturm … auf fünf gestiegen"), whose count rises on.
 */
function clockedToll(c: EventCandidate, tallied: boolean): boolean {
  return tallied && c.figures.length > 0 && c.when.precision === 'time';
}

/** Shared by every candidate without figures or topics: never written to. */
const NONE: readonly never[] = [];

export interface MergeFeatures extends ValueShape {
  kind: string;
  group: string;
  /** Compared in another kind's group for the listed person it befell (lexicon `meetsNamed`). */
  metAsNamed: boolean;
  /** Compared in another kind's group for a topic of its sentence (lexicon `meetsIf`: a wildfire among fires). */
  metByTopic: boolean;
  /** The topic that makes another happening of its kind ("acting", lexicon `apartIf`), or "". */
  apart: string;
  document: string;
  sentenceId: string;
  sentenceIndex: number;
  /** The sentence dates itself (timeFrom "own"). */
  own: boolean;
  /** Its words give a day, a tally's the day of its count too ("hatte am Donnerstag von 31 Toten gesprochen"). */
  worded: boolean;
  /** Dates itself to something more than "before publication". */
  ownDated: boolean;
  beforePublication: boolean;
  coarse: boolean;
  /** The month its sentence dates itself to, to no day of it ("early July": "2022-07"), or "". */
  ownMonth: string;
  dated: boolean;
  startDay: string;
  endDay: string;
  /** The same days as days since the epoch (NaN when unreadable), for distances. */
  startDayNumber: number;
  endDayNumber: number;
  /** The last day the happening may have reached: an evening's runs into the next day's small hours. */
  reachDayNumber: number;
  value: string;
  longStretch: boolean;
  /** ownClock, or NaN. */
  clock: number;
  /** The minutes (since the epoch) an own part of the day spans, "Wednesday evening", or NaN. */
  partFrom: number;
  partTo: number;
  /** The kind is rare, or a topic of the report makes it so (lexicon `rare`, `rareIf`). */
  rare: boolean;
  /** Rare only by its topic (lexicon `rareIf`): rare within a story, not in a folder of several. */
  rareTopic: boolean;
  /** The kind befalls a person once (lexicon `once`). */
  once: boolean;
  /** Named again with a definite article, befalling no one named ("was niet bij de uitvaart"). */
  namedAgain: boolean;
  /**
   * Named with a definite article, befalling no one named, of a kind that happens at one moment
   * ("dem Anschlag am vergangenen Donnerstag"); a protest or a flood goes on over days.
   */
  definite: boolean;
  /** The kind happens at one place, and elsewhere is another of it (lexicon `far`: a fire). */
  far: boolean;
  placeKind: boolean;
  /** The kind befalls someone (lexicon `patientKind`): whom tells its happenings apart, not where. */
  befalls: boolean;
  /** The kind's reports naming different agents are two (lexicon `byAgent`). */
  byAgent: boolean;
  patient: string | undefined;
  /** One person the sentence introduces by age ("a 25-year-old woman", "een 25-jarige vrouw"). */
  aged: string | undefined;
  agent: string | undefined;
  figureCounts: readonly string[];
  figureValues: readonly number[];
  figureVague: readonly boolean[];
  actors: readonly string[];
  /** A statement naming no speaker: who it names that may have spoken (see speakers.ts). */
  voices: readonly string[];
  places: readonly string[];
  /** The regions and countries its places lie in (places-met.ts). */
  wider: readonly string[];
  /** For a kind whose place tells it apart (a protest): the cities among its places. */
  cities: readonly string[];
  /**
   * The countries it is about, each once: those its places lie in, and countries among its actors
   * ("Germany issued licences for arms to Kazakhstan" is about both, and so is a report that names
   * only "Duitsland").
   */
  countries: readonly string[];
  concepts: readonly string[];
  strong: readonly string[];
  /** A counted happening its sentence calls separate ("in a separate operation"). */
  separate: boolean;
  /** Counts given as a total so far ("inmiddels 480 opgepakt", "insgesamt 37 getötet"). */
  total: boolean;
  /** A running tally (EventCandidate.tally): its days reach back over the week before the count. */
  tally: boolean;
  /** The running toll of happenings its article told before (EventCandidate.toldToll). */
  toldToll: boolean;
  /** Every figure adds to a tally told before ("five more bodies"): a day of recovery, not of dying. */
  added: boolean;
  /**
   * A count of a tallied kind over weeks ("more than 300 killed since July"), or of any kind since
   * the story's happening began ("300 arrested since the protests began"), not of one day.
   */
  stretchCount: boolean;
  /** A report of one day's or night's count ("39 killed on Thursday", "107 people detained"). */
  dayCount: boolean;
  /** The other rare kinds its sentence tells (see alongside.ts). */
  alongside: readonly string[];
}

/** Whether a place id is a city (not a country, region or landmark), where the gazetteer says. */
export type IsCity = (placeId: string) => boolean;

/**
 * The cities a report of a placed kind happened in: the one its title names, where that is a
 * city ("Rebels capture Saraqeb", told beside "the highway between Aleppo and Damascus"), else
 * every city it names.
 */
function placedCities(c: EventCandidate, isCity: IsCity): readonly string[] {
  return c.titlePlace !== undefined && isCity(c.titlePlace) ? [c.titlePlace] : c.places.filter(isCity);
}

export function featuresOf(
  c: EventCandidate,
  countryOf?: CountryOf,
  isCity?: IsCity,
  alongside: readonly string[] = NONE,
  withinOf?: WithinOf,
): MergeFeatures {
  const w = c.when;
  const startDay = w.start.slice(0, 10);
  const endDay = w.end.slice(0, 10);
  const startDayNumber = dayNumber(startDay);
  // A night reaches into the next day's small hours: "vannacht" in Friday's paper, "early on Friday".
  const night = w.precision === 'part-of-day' && w.value.endsWith('TNI') && startDay === endDay ? 1 : 0;
  const endDayNumber = (startDay === endDay ? startDayNumber : dayNumber(endDay)) + night;
  // So may an evening's happening: troops sent "am Dienstagabend" entered parliament "after midnight".
  const evening = eveningReach(c, startDay === endDay);
  const tally = c.tally === true;
  // A happening dated by words of its own sentence the time stage did not take for the sentence's
  // ("since 1973, when 150 people died") dates itself too; a tally's words date only its count.
  const worded = c.sentence.timeFrom === 'own' || w.text !== undefined;
  const own = !tally && worded;
  const beforePublication = w.precision === 'before-publication';
  const traits = kindTraits(c.kind);
  const group = mergeGroup(traits, c.concepts, listedPerson(c.patient));
  const longStretch = isLongStretch(startDayNumber, endDayNumber);
  const ownDated = own && !beforePublication;
  // Written out rather than spread: a spread makes V8 build this object field by field.
  const part = tally ? NO_PART : ownPart(c);
  const shape = valueShape(w.value);
  return {
    kind: c.kind,
    group,
    metAsNamed: group !== mergeGroup(traits, c.concepts),
    metByTopic: group !== (traits.meets ?? traits.group),
    apart: apartTopic(traits, c.concepts) || secondNamed(c.sentence.text),
    document: c.document,
    sentenceId: c.sentence.id,
    sentenceIndex: c.sentence.index,
    own,
    worded,
    ownDated,
    beforePublication,
    coarse: isCoarse(w),
    ownMonth: own && isCoarse(w) && MONTH_VALUE.test(w.value) ? w.value : '',
    dated: isDated(w),
    startDay,
    endDay,
    startDayNumber: firstDayNumber(c, startDayNumber, endDayNumber),
    endDayNumber,
    reachDayNumber: endDayNumber + evening,
    value: w.value,
    lateDay: shape.lateDay,
    ofNight: shape.ofNight,
    ofEvening: shape.ofEvening,
    wholeDay: shape.wholeDay,
    longStretch,
    clock: tally ? Number.NaN : (ownClock(c) ?? Number.NaN),
    partFrom: part.partFrom,
    partTo: part.partTo,
    rare: rareWith(traits, c.concepts),
    rareTopic: !traits.rare && rareWith(traits, c.concepts),
    once: traits.once === true,
    namedAgain: c.namedAgain === true && c.patient === undefined,
    definite: c.definite === true && c.patient === undefined && traits.moment === true,
    far: traits.far,
    placeKind: traits.placed,
    befalls: traits.befalls === true,
    byAgent: traits.byAgent,
    patient: c.patient,
    aged: newPersonByAge(c.sentence.text),
    agent: c.agent,
    figureCounts: c.figures.length > 0 ? c.figures.map((f) => f.counts) : NONE,
    figureValues: c.figures.length > 0 ? c.figures.map((f) => f.value) : NONE,
    figureVague: c.figures.length > 0 ? c.figures.map(isVagueFigure) : NONE,
    actors: c.actors,
    voices: voicesOf(c, countryOf),
    places: c.places,
    wider: widerPlaces(c.places, withinOf),
    cities: isCity && traits.placed && c.places.length > 0 ? placedCities(c, isCity) : NONE,
    // "Sri Lanka's president has fled" and "fled to the Maldives": one flight, two countries.
    countries: traits.destination ? NONE : countriesOf(c, countryOf),
    concepts: c.concepts ?? NONE,
    strong: c.concepts && c.concepts.length > 0 ? strongTopics(c) : NONE,
    separate: c.figures.length > 0 && callsSeparate(c.sentence.text),
    total: c.figures.length > 0 && callsTotal(c.sentence.text, traits.tallied),
    tally,
    toldToll: c.toldToll === true,
    added: c.figures.length > 0 && c.figures.every(isAddition),
    stretchCount:
      c.figures.length > 0 && ((traits.tallied && ownDated && longStretch) || c.runningTotal === true),
    dayCount:
      c.runningTotal !== true &&
      w.precision !== 'week' &&
      !isCoarse(w) &&
      (dayCounted(c, traits.tallied, ownDated || (traits.tallied && countsDescribedOnDay(c)), longStretch) ||
        clockedToll(c, traits.tallied)),
    alongside,
  };
}
