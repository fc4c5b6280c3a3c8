import { ANOTHER, DESCRIBED } from '../candidates/described-patient.ts';
import type { MergeFeatures } from './features.ts';
import { isAmount } from './amounts.ts';
import { sharedPlaces } from './places-met.ts';
import { SECOND_NAMED } from './separate.ts';
import { UNKNOWN_PREFIX } from '../entities/text.ts';
import { MANY, named, sameCrowd } from './crowd.ts';
import {
  afterReport,
  borrowedClockOnDay,
  borrowedLater,
  bothTimed,
  clockInPart,
  daysApart,
  MAX_DAYS_APART,
  nightBefore,
  overlap,
  sameLateDay,
  sameOwnMonth,
  spansDays,
  talliedAgainst,
  timesApart,
} from './time-apart.ts';

/**
 * How strongly two candidates look like reports of the same happening. Evidence is additive:
 * the same person befallen, the same figure, the same day, the same actors, places and topics.
 * Reports of different kinds, or befalling different people, never match.
 */

/** Score from which two candidates are taken as the same happening. */
export const THRESHOLD = 2;

/** The topic of a labour strike: a report of its kind that names none tells of another protest. */
const STRIKE = 'strike';

/** Lists this short are searched, not hashed: a candidate names a handful of actors, places and topics. */
const SHORT = 16;

/** How many entries of `a` (other than `except`) `b` holds, counting repeats in `a`. */
function sharedCount(a: readonly string[], b: readonly string[], except?: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  let n = 0;
  if (b.length <= SHORT) {
    for (let i = 0; i < a.length; i++) {
      const x = a[i] as string;
      if (x !== except && b.includes(x)) n++;
    }
    return n;
  }
  const set = new Set(b);
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as string;
    if (x !== except && set.has(x)) n++;
  }
  return n;
}

/** A person the data list: named, and no name nobody listed. */
export function listedPerson(patient: string | undefined): boolean {
  return patient !== undefined && named(patient) && !patient.startsWith(UNKNOWN_PREFIX);
}

/**
 * Two patients that cannot be the same: two different people, or a person and a counted crowd. A
 * person described ("the suspect", "a 15-year-old") may be one another report names.
 */
export function patientsClash(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined || a === b) return false;
  return !(a.startsWith(DESCRIBED) && named(b)) && !(b.startsWith(DESCRIBED) && named(a));
}

/** Minutes apart from which two clock times of one day tell of two happenings. */
/** Counts this many times apart are not one tally revised. */
const REVISED_AT_MOST = 10;

function farApart(x: number, y: number): boolean {
  return Math.max(x, y) >= REVISED_AT_MOST * Math.min(x, y);
}

/**
 * One side's count is a tenth of the other's vague one or less: "hundreds were injured" is no vaguer
 * count of the two a shooting wounded. Above it is no telling: "duizenden medewerkers" of a strike
 * another report counts at "bijna 100.000".
 */
function belowVague(a: MergeFeatures, i: number, b: MergeFeatures, j: number): boolean {
  const va = a.figureValues[i] as number;
  const vb = b.figureValues[j] as number;
  return (
    (a.figureVague[i] === true && vb * REVISED_AT_MOST <= va) ||
    (b.figureVague[j] === true && va * REVISED_AT_MOST <= vb)
  );
}

/** One of the two is told as a later one of its kind with a name of its own (separate.ts). */
function secondOf(a: MergeFeatures, b: MergeFeatures): boolean {
  return a.apart === SECOND_NAMED || b.apart === SECOND_NAMED;
}

/** The score of two candidates, from their features (worked out once per candidate, see features.ts). */
export function scoreFeatures(a: MergeFeatures, b: MergeFeatures): number {
  if (a.group !== b.group) return -Infinity;
  // Smailov made acting prime minister, and named prime minister days later, was appointed twice;
  // reports dating themselves to the same day of which one leaves "interim" out tell one appointment.
  if (a.apart !== b.apart && !(a.ownDated && b.ownDated && a.value === b.value && !secondOf(a, b)))
    return -Infinity;
  if (a.document === b.document && a.sentenceId === b.sentenceId) return -Infinity;
  // A person's death and the crowd counted with him ("killing all 10 people on board") are one.
  const crowd = patientsClash(a.patient, b.patient);
  if (crowd && !sameCrowd(a, b)) return -Infinity;
  // Two speakers make two statements.
  if (a.kind === 'statement' && patientsClash(a.agent, b.agent)) return -Infinity;
  if (afterReport(a, b) || afterReport(b, a)) return -Infinity;
  // An arrest of forty in Bogotá and one of forty in Almaty on the same day are two.
  if (topicsClash(a.countries, b.countries)) return -Infinity;
  const meet = overlap(a, b);
  if (!meet && daysApart(a, b) > MAX_DAYS_APART && (bothTimed(a, b) || talliedAgainst(a, b)))
    return -Infinity;
  let s = 0;
  // The kind is evidence only where the times can meet: the evacuations of a flood in August and
  // of a fire reported in January are two. A day borrowed from the sentence before meets any of
  // the week before at the same place.
  if (
    a.rare &&
    b.rare &&
    a.kind === b.kind &&
    (meet || a.coarse || b.coarse || ((borrowedLater(a, b) || borrowedLater(b, a)) && sharedPlaces(a, b) > 0))
  )
    s += 2;
  // "The protests began in early July", "Die Proteste hatten Anfang Juli begonnen": the same month
  // named for the same kind of happening is all two such background reports can share, and as
  // much as a rare kind says.
  else if (sameOwnMonth(a, b) && a.kind === b.kind) s += 2;
  // One person befallen twice on days their own words set apart (remanded for a week, then for 18
  // months) is two steps, not one happening: who it befell is no evidence then, unless it befalls once.
  const stepsApart = !meet && a.own && b.own && a.dated && b.dated && !a.once && daysApart(a, b) > 1;
  // Two people each added with "also" are no evidence of one.
  if (a.patient !== undefined && a.patient !== ANOTHER && a.patient === b.patient && !stepsApart)
    s += a.patient === MANY ? 1.5 : 3;
  // "een 25-jarige vrouw … overleden", "the last of them a 25-year-old woman who died": one person
  // a toll counts among its dead, introduced by the same age on days that meet, is one death.
  if (meet && a.aged !== undefined && a.aged === b.aged && a.patient !== a.aged && a.kind === b.kind) s += 2;
  // A listed person dies once: reports of his death that date it a few days apart tell one death.
  if (a.once && a.kind === b.kind && listedPerson(a.patient) && a.patient === b.patient) s += THRESHOLD;
  // "Zijn weduwe … was niet bij de uitvaart": the funeral its article told, named again; so is "The
  // fire broke out at about 6:50 p.m." the fire its lede told. Only such kinds, and rare ones, are
  // named again; a rare one ("Bij de explosies … Dat schreven … vrijdag") is its article's whatever its day.
  if (a.kind === b.kind && a.document === b.document && (a.namedAgain || b.namedAgain))
    s += a.rare && b.rare ? THRESHOLD : 1;
  // "Überschattet wurde die Evakuierung von dem Anschlag am vergangenen Donnerstag": the attack
  // another report told of that Thursday, named again by a report that dates it too; not "the
  // attack near Srinagar" against one at Pahalgam that day.
  if (
    a.kind === b.kind &&
    a.document !== b.document &&
    meet &&
    a.own &&
    b.own &&
    (a.definite || b.definite) &&
    (a.places.length === 0 || b.places.length === 0 || sharedPlaces(a, b) > 0)
  )
    s += 1;

  let sameFigure = false;
  for (let i = 0; i < a.figureCounts.length; i++) {
    for (let j = 0; j < b.figureCounts.length; j++) {
      if (a.figureCounts[i] !== b.figureCounts[j]) continue;
      const va = a.figureValues[i] as number;
      if (a.figureVague[i] || b.figureVague[j]) s += belowVague(a, i, b, j) ? 0 : 1;
      else if (va === b.figureValues[j]) {
        s += va >= 10 ? 2 : 1;
        sameFigure = true;
      }
      // A tally revised within the same days is evidence; two tallies of times that do not meet
      // ("Last year, a smaller quake killed 40"), or that meet only because one is dated to a
      // whole year or month ("im vergangenen Jahr … fünf Menschen"), tell of two happenings.
      // A count a tenth of the other's or less revises nothing: the six dead of an aftershock are
      // no early count of the 50,000 of the quake weeks before.
      // A toll of happenings named again ("killed in the two fires") is the toll told of them.
      // Two sums of money are two measures, whatever days they meet.
      else if (isAmount(a.figureCounts[i] as string)) s -= 1;
      else if (meet && !a.coarse && !b.coarse)
        s += farApart(va, b.figureValues[j] as number) ? 0 : a.toldToll || b.toldToll ? 2 : 1;
      else s -= 1;
    }
  }
  // "Alle zehn Insassen" are the ten people on board: one crowd, whatever noun counts it.
  if (crowd && !sameFigure) {
    s += 2;
    sameFigure = true;
  }

  if (a.dated && b.dated) {
    // A stretch of weeks ("Seit Jahresbeginn", "since January") meets everything in it: no evidence.
    if (meet && !timesApart(a, b))
      s +=
        a.value === b.value ||
        clockInPart(a, b) ||
        clockInPart(b, a) ||
        borrowedClockOnDay(a, b) ||
        borrowedClockOnDay(b, a) ||
        nightBefore(a, b) ||
        nightBefore(b, a) ||
        sameLateDay(a, b)
          ? 1.5
          : a.longStretch || b.longStretch || (a.kind === 'statement' && (spansDays(a) || spansDays(b)))
            ? 0
            : 1;
    // Two sentences dating themselves to different days tell of different happenings,
    // unless they give the same tally (a tally reported on two days is still one tally). Words are
    // said at one time: statements of different days are two, however the sentences got their days.
    // Two kinds of one happening ("sameAs": an arrest, the charges) on days that do not meet are
    // two steps of it, whatever count of suspects they share.
    // Both worded to days two or more apart, as a bombing on Thursday evening and a drone strike on
    // Sunday, they are further apart than the topics they share can bring together.
    else if (a.kind !== b.kind || (!sameFigure && ((a.own && b.own) || a.kind === 'statement')))
      s -= a.own && b.own && daysApart(a, b) > 1 ? 3 : 2;
  }
  // Both sentences date themselves and the times do not meet, one only to a year or month ("Last
  // year, a smaller quake killed 40" against "early on Monday").
  else if (!sameFigure && a.ownDated && b.ownDated && !meet) s -= 2;
  // News goes on about one happening over neighbouring sentences, the later one often undated.
  // "The borders were closed, a curfew was imposed": sentences telling the same rare happening
  // beside theirs, in the same days, tell the same news.
  if (meet && a.alongside.length > 0 && b.alongside.length > 0 && sharedCount(a.alongside, b.alongside) > 0)
    s += 1;
  const neighbours = a.document === b.document && Math.abs(a.sentenceIndex - b.sentenceIndex) === 1;
  // Not a tally its words date to a day the other sentence's words do not meet: "Unter den Toten
  // seien auch Angehörige der Sicherheitskräfte, hieß es am Samstag" and the next sentence's "IHR
  // hatte bereits am Donnerstag von mindestens 31 getöteten Zivilisten gesprochen" are two counts.
  if (neighbours && (!a.own || !b.own) && (meet || !a.worded || !b.worded)) s += 1;

  // France suspending its aid and Germany's minister suspending hers took two measures.
  if (a.byAgent && agentsDiffer(a.agent, b.agent)) s -= 2;
  // "prompting officials to declare a state of emergency" and "Mayor Trent Conaway declared a local
  // state of emergency" on days that meet: one report names by their noun who it names after.
  if (a.byAgent && meet && a.kind === b.kind && a.document === b.document && nounFor(a.agent, b.agent))
    s += 1;
  // "Many leaders condemned the violence, and … António Guterres said …" names no speaker of its
  // first verb, yet it names who spoke: not Biden, who spoke in the sentence before.
  if (a.kind === 'statement' && b.kind === 'statement' && (speakerNotNamed(a, b) || speakerNotNamed(b, a)))
    s -= 2;
  s += Math.min(2, sharedCount(a.actors, b.actors, a.patient));
  const places = sharedPlaces(a, b);
  s += Math.min(a.placeKind ? 2 : 1, places * (a.placeKind ? 1.5 : 0.5));
  // A rally in Batumi and one in Tbilisi are two, whatever day they share.
  if (a.cities.length > 0 && b.cities.length > 0 && sharedCount(a.cities, b.cities) === 0) s -= 2;

  const concepts = sharedCount(a.concepts, b.concepts);
  s += Math.min(3, concepts);
  // Rail workers who "walked off the job" and thousands who "demonstrierten" in the same city that
  // day are a strike and a march: only one of them names a strike.
  // Only of a kind its place tells apart: a death toll beside "Monday's strikes" is no protest.
  if (
    a.kind === b.kind &&
    a.placeKind &&
    places > 0 &&
    a.concepts.includes(STRIKE) !== b.concepts.includes(STRIKE)
  )
    s -= 2;
  if (topicsClash(a.strong, b.strong)) s -= 2;
  // A speaker's undated words ("Tokayev also criticised his predecessor …") are not the words of
  // one of his days for the names they share: only a topic or a figure says they are.
  if (a.kind === 'statement' && (!a.dated || !b.dated) && !neighbours && concepts === 0 && !sameFigure)
    s -= 2;
  return s;
}

/** Two actors named as who acted; an institution named only by its noun ("~ministry") may be either. */
/** `a` names no speaker but names others who may have spoken, none of them `b`'s speaker. */
function speakerNotNamed(a: MergeFeatures, b: MergeFeatures): boolean {
  const speaker = b.agent;
  return (
    speaker !== undefined && !speaker.startsWith('~') && a.voices.length > 0 && !a.voices.includes(speaker)
  );
}

/** One agent named by an institution's noun ("~officials"), the other by name. */
function nounFor(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.startsWith('~') !== b.startsWith('~');
}

function agentsDiffer(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a !== b && !a.startsWith('~') && !b.startsWith('~');
}

/** Both sides name what they are about (topics, countries), and it is not the same thing. */
export function topicsClash(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && b.length > 0 && sharedCount(a, b) === 0;
}
