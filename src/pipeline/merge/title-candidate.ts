/** Which report of a cluster names its event: the most specific kind, where it was, who did it, English first. */
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { defaultLexicon } from '../candidates/lexicon.ts';
import type { Candidate } from '../types.ts';
import type { Item } from './item.ts';
import { listedPerson } from './similarity.ts';
import { compareSources } from './sources.ts';
import { vaguelyCounted } from './counted-title.ts';
import { UNKNOWN_PREFIX } from '../entities/text.ts';

const kindRank = new Map(defaultLexicon.kinds.map((k, i) => [k.kind, i]));
/** Each kind's first template that needs no topic: "{agent} makes a statement". */
const plainRank = new Map(defaultLexicon.kinds.map((k) => [k.kind, k.titles.findIndex((t) => !t.if)]));

/**
 * `x` is a quotation and `y` its speaker's own report of a happening or of a statement naming
 * what it was about: the quotation's words title a statement only where the report names nothing
 * ("This is truly tragic," Yoon said in a televised address' titles his statement; it does not
 * rename his speech on negotiations, nor Merkel's visit to Schuld a statement).
 */
function quotedOverTopic(x: EventCandidate, y: EventCandidate): boolean {
  return (
    x.quoteLed === true &&
    !y.quoteLed &&
    (y.kind !== x.kind || (y.titleRank ?? 99) < (plainRank.get(y.kind) ?? -1))
  );
}

/** Names in the sentence resolved only by fuzzy matching or context (possible misspellings). */
function guessedNames(c: Candidate): number {
  let n = 0;
  for (const m of c.sentence.mentions) if (m.resolution === 'fuzzy' || m.resolution === 'context') n++;
  return n;
}

/** A listed person befallen, where no figure could title the report instead. */
function namesListedPatient(c: EventCandidate): boolean {
  return listedPerson(c.patient) && c.figures.length === 0;
}

/**
 * `x`, a report not in English, titles its place by a name no data file lists, perhaps spelt as its
 * language writes it ("bij het dorp Koezjenkino"), where `y` names a listed one ("north of Moscow").
 */
function foreignUnlisted(x: EventCandidate, y: EventCandidate): boolean {
  const listed = y.titlePlace;
  return (
    x.language !== 'en' &&
    x.titlePlace?.startsWith(UNKNOWN_PREFIX) === true &&
    listed !== undefined &&
    !listed.startsWith(UNKNOWN_PREFIX)
  );
}

/** How many of a cluster's reports name each place in their titles. */
type Support = ReadonlyMap<string, number>;

function titlePlaces(members: readonly Item[]): Support {
  const support = new Map<string, number>();
  for (const { c } of members)
    if (c.titlePlace) support.set(c.titlePlace, (support.get(c.titlePlace) ?? 0) + 1);
  return support;
}

/** `a` is met in `b`'s group for a topic of its sentence and, unlike `b`, names no place. */
function placelessGuest(a: Item, b: Item): boolean {
  return a.features.metByTopic && a.c.titlePlace === undefined && b.c.titlePlace !== undefined;
}

/**
 * Which of two candidates names the event better: the most specific kind, a place the sentence puts
 * the happening at, the most informative template (who did it), English.
 */
function compareTitles(a: Item, b: Item, support: Support): number {
  const x = a.c;
  const y = b.c;
  return (
    Number(quotedOverTopic(x, y)) - Number(quotedOverTopic(y, x)) ||
    // "Assassination attempt on Robert Fico" says more than the wounds it left.
    Number(a.features.metAsNamed) - Number(b.features.metAsNamed) ||
    // A kind met in another's group for a topic names it only where it says where: "Fire in
    // Altadena", not the "Wildfire" of a report that joined it.
    Number(placelessGuest(a, b)) - Number(placelessGuest(b, a)) ||
    (kindRank.get(x.kind) ?? 99) - (kindRank.get(y.kind) ?? 99) ||
    // "Protesters storm government buildings" says what "Protesters try to storm …" only says was tried.
    Number(x.tried === true) - Number(y.tried === true) ||
    Number(vaguelyCounted(x)) - Number(vaguelyCounted(y)) ||
    // "Pope Francis dies" says whom it befell; "Deaths in Casa Santa Marta" only where.
    Number(namesListedPatient(y)) - Number(namesListedPatient(x)) ||
    Number(foreignUnlisted(x, y)) - Number(foreignUnlisted(y, x)) ||
    // "struck near Elbistan" says where it was; "the convoy crossed into Syria after the quake" does not.
    Number(y.centred === true) - Number(x.centred === true) ||
    // "Riots in Nairobi" says more than "Riots in Kenya".
    Number(b.features.cities.length > 0) - Number(a.features.cities.length > 0) ||
    // Else the place most of its reports name: the country most place it in, not one named in passing.
    (y.titlePlace ? (support.get(y.titlePlace) ?? 0) : 0) -
      (x.titlePlace ? (support.get(x.titlePlace) ?? 0) : 0) ||
    // "Three Brotherhood Alliance declares a ceasefire" says more than "Ceasefire declared".
    (x.titleRank ?? 99) - (y.titleRank ?? 99) ||
    Number(y.language === 'en') - Number(x.language === 'en') ||
    guessedNames(x) - guessedNames(y) ||
    compareSources(a.source, b.source, a.paragraph, b.paragraph)
  );
}

/** The candidate whose title names the event: the first of the best by compareTitles. */
export function titleCandidate(members: readonly Item[]): EventCandidate {
  let best = members[0];
  if (!best) throw new Error('titleCandidate: no candidates');
  const support = members.length > 1 ? titlePlaces(members) : new Map<string, number>();
  for (let i = 1; i < members.length; i++) {
    const m = members[i] as Item;
    if (compareTitles(m, best, support) < 0) best = m;
  }
  return best.c;
}
