import type { EventCandidate } from '../candidates/event-candidate.ts';
import type { ChronologyEvent, Source } from '../../schema/events.ts';
import type { Candidate } from '../types.ts';
import { combineFigures, findConflicts } from './conflicts.ts';
import type { IsCountry } from './part-tolls.ts';
import { kindTraits } from '../candidates/kind-traits.ts';
import { rareAlongside } from './alongside.ts';
import type { CountryOf, IsCity } from './features.ts';
import { linesHash } from './id.ts';
import { rankedPairs } from './pairs.ts';
import type { SameStory } from '../story-links.ts';
import { topicsClash } from './similarity.ts';
import { CLOCK_APART_MINUTES } from './time-apart.ts';
import { Patients } from './patients.ts';
import { DaySpans } from './day-spans.ts';
import { SeparateCounts } from './separate.ts';
import { TotalCounts } from './total-counts.ts';
import { withoutCompletedTotals } from './completed-totals.ts';
import { CountSides, type CountryOfDemonym } from './count-sides.ts';
import { Speakers } from './speakers.ts';
import { AgentsApart } from './agents-apart.ts';
import { MomentDays } from './moment-days.ts';
import { TallyDays } from './tally-days.ts';
import { Magnitudes } from './magnitudes.ts';
import { Killers } from './killers.ts';
import { CountedGroups } from './counted-groups.ts';
import { CountedDays } from './counted-days.ts';
import { FarDays } from './far-days.ts';
import { FarPlaces, farKindPoints, type PointOf } from './far-places.ts';
import { VENUES_APART_KM, venuePoints } from './venues-apart.ts';
import { candidateScenes, Scenes } from './scenes.ts';
import { AreaCounts, type PlaceKindOf } from './area-counts.ts';
import { VagueCeilings } from './vague-ceilings.ts';
import { withSentenceDays } from './sentence-days.ts';
import { combineWhen } from './when.ts';
import { fixWeeks } from './week-anchors.ts';
import { unifyTransliterations } from './transliterations.ts';
import { compareSources, itemSources, sourcesOf } from './sources.ts';
import { compareText } from '../compare-text.ts';
import { shownIds } from './shown-ids.ts';
import { placesOrHome } from './home-places.ts';
import { deadlyTitle, joinDeaths, type Deadly } from './deadly.ts';
import { countedTitle } from './counted-title.ts';
import { compareItems, toItem, type Item } from './item.ts';
import { joinAlso } from './also-joined.ts';
import { weakCountries } from './weak-countries.ts';
import { titleCandidate } from './title-candidate.ts';
import { deathsTitled, talliedTitled } from './tally-title.ts';
import type { PublishedOf } from './reported-day.ts';
import type { DocumentsApart } from '../documents-apart.ts';
import { UnionFind } from './union-find.ts';
import { joinedLists } from './joined-lists.ts';
import { deathDays, fatalTitle, type DeathDays } from './fatal-attempt.ts';
import type { WithinOf } from './places-met.ts';
import { joinQuotations, ownReports } from './quotations.ts';
import { joinSpeechGoingOn } from './speech-going-on.ts';

/**
 * One event per real-world happening. Candidates are compared only within blocks that share a key (kind with
 * actor, place, figure, topic or day); pairs scoring at least THRESHOLD are joined, strongest first, unless
 * that would put two different people (or a person and a crowd), clashing topics, places in different
 * countries or far apart, or times of day hours apart under one event. `countryOf` tells the country of a
 * place id, `pointOf` where it lies; without them places compare as ids. `countryOfDemonym` tells the country
 * of a demonym, for the side a count is of; `publishedOf` a document's publication date, for the day each
 * disagreeing figure was reported; `placeKindOf` the gazetteer's kind of a place ("country", "region",
 * "city"), for a count of a whole country against one of a place in it; `storiesApart` which documents tell
 * two stories; `withinOf` the regions and country a place lies in.
 */
export function mergeCandidates(
  candidates: Candidate[],
  countryOf?: CountryOf,
  isCity?: IsCity,
  pointOf?: PointOf,
  sameStory?: SameStory,
  countryOfDemonym?: CountryOfDemonym,
  publishedOf?: PublishedOf,
  placeKindOf?: PlaceKindOf,
  storiesApart?: DocumentsApart,
  withinOf?: WithinOf,
): ChronologyEvent[] {
  const unified = unifyTransliterations(candidates as EventCandidate[]);
  const alongside = rareAlongside(unified);
  const items = unified.map((c) => toItem(c, countryOf, isCity, alongside, withinOf)).sort(compareItems);
  const sceneOf = candidateScenes(items.map((item) => item.c));
  const pairs = rankedPairs(items, sameStory, storiesApart, sceneOf);
  const uf = new UnionFind(items.length);
  // Kept at a cluster's root: its strong topics, earliest and latest time of day. Each check below
  // reads the items' features or candidates, listed once for all; a quotation joins only its speaker's statement.
  const features = items.map((item) => item.features);
  const cands = items.map((item) => item.c);
  const patients = new Patients(features);
  const topics: (readonly string[])[] = [];
  // A report with no place of its own keeps to the country its paragraph or article is about.
  const countries = weakCountries(items, countryOf, placeKindOf);
  const earliest = new Float64Array(items.length);
  const latest = new Float64Array(items.length);
  const spans = new DaySpans(features);
  const separate = new SeparateCounts(features);
  const totals = new TotalCounts(features, cands);
  const sides = new CountSides(cands, countryOf, countryOfDemonym);
  const tallies = new TallyDays(features);
  const moments = new MomentDays(features);
  const stretches = new CountedDays(features, cands, publishedOf);
  const speakers = new Speakers(features);
  const agents = new AgentsApart(features);
  const magnitudes = new Magnitudes(cands);
  const killers = new Killers(cands);
  const groups = new CountedGroups(items);
  const areas = new AreaCounts(items, countryOf, placeKindOf);
  const vague = new VagueCeilings(features);
  const far = new FarPlaces(cands, farKindPoints(pointOf));
  const venues = new FarPlaces(cands, venuePoints(pointOf, placeKindOf), VENUES_APART_KM);
  const farDays = new FarDays(cands, features, pointOf);
  const scenes = new Scenes(sceneOf);
  features.forEach((f, i) => {
    topics.push(f.strong);
    const clock = f.clock;
    earliest[i] = Number.isNaN(clock) ? Infinity : clock;
    latest[i] = Number.isNaN(clock) ? -Infinity : clock;
  });
  for (let o = 0; o < pairs.order.length; o++) {
    const p = pairs.order[o] as number;
    const ra = uf.find(pairs.a[p] as number);
    const rb = uf.find(pairs.b[p] as number);
    if (ra === rb || cands[ra]?.quoteLed || cands[rb]?.quoteLed) continue;
    if (patients.clash(ra, rb)) continue;
    // Checked on whole clusters, so that no chain of weak links joins an arms ban and an entry ban.
    const ta = topics[ra] as readonly string[];
    const tb = topics[rb] as readonly string[];
    if (topicsClash(ta, tb)) continue;
    // So that no sentence without a place joins a happening in Bogotá and one in Almaty.
    const ca = countries[ra] as readonly string[];
    const cb = countries[rb] as readonly string[];
    if (topicsClash(ca, cb)) continue;
    // Nor an evacuation on Corfu and one on Rhodes, through a report that names neither.
    if (far.clash(ra, rb) || farDays.clash(ra, rb) || venues.clash(ra, rb) || scenes.clash(ra, rb)) continue;
    // Times of day hours apart ("at 4:17 a.m." and "nine hours later") are two happenings; checked
    // on whole clusters too, so that no sentence dated only to the day joins them.
    const ea = earliest[ra] as number;
    const eb = earliest[rb] as number;
    const la = latest[ra] as number;
    const lb = latest[rb] as number;
    if (lb - ea > CLOCK_APART_MINUTES || la - eb > CLOCK_APART_MINUTES) continue;
    if (
      spans.clash(ra, rb) ||
      separate.clash(ra, rb) ||
      totals.clash(ra, rb) ||
      sides.clash(ra, rb) ||
      tallies.clash(ra, rb) ||
      moments.clash(ra, rb) ||
      stretches.clash(ra, rb) ||
      speakers.clash(ra, rb) ||
      agents.clash(ra, rb) ||
      magnitudes.clash(ra, rb) ||
      killers.clash(ra, rb) ||
      groups.clash(ra, rb) ||
      areas.clash(ra, rb) ||
      vague.clash(ra, rb)
    )
      continue;
    const root = uf.union(ra, rb);
    patients.join(root, ra, rb);
    topics[root] = joinedLists(ta, tb);
    countries[root] = joinedLists(ca, cb);
    earliest[root] = Math.min(ea, eb);
    latest[root] = Math.max(la, lb);
    spans.join(root, ra, rb);
    separate.join(root, ra, rb);
    totals.join(root, ra, rb);
    sides.join(root, ra, rb);
    tallies.join(root, ra, rb);
    moments.join(root, ra, rb);
    stretches.join(root, ra, rb);
    speakers.join(root, ra, rb);
    agents.join(root, ra, rb);
    magnitudes.join(root, ra, rb);
    killers.join(root, ra, rb);
    groups.join(root, ra, rb);
    areas.join(root, ra, rb);
    vague.join(root, ra, rb);
    far.join(root, ra, rb);
    venues.join(root, ra, rb);
    farDays.join(root, ra, rb);
    scenes.join(root, ra, rb);
  }
  joinSpeechGoingOn(cands, uf);
  const quotesAlone = joinQuotations(cands, uf);
  // A cluster's root is its first item: clusters come in its order, members in reading order.
  const clusters: Item[][] = [];
  const clusterAt = new Map<number, Item[]>();
  items.forEach((item, i) => {
    if (quotesAlone.has(i)) return;
    const root = uf.find(i);
    const list = clusterAt.get(root);
    if (list) list.push(item);
    else {
      const fresh = [item];
      clusterAt.set(root, fresh);
      clusters.push(fresh);
    }
  });
  const ids = new Set<string>();
  const joined = joinDeaths(clusters, sentenceKey, titleCandidate, compareItems);
  const told = joinAlso(joined.clusters);
  const fixed = fixWeeks(told.map((members) => members.map((m) => m.c)));
  const refixed = told.map((members) =>
    fixed.size === 0 ? members : members.map((m) => ({ ...m, c: fixed.get(m.c) ?? m.c })),
  );
  // Each cluster's candidates, listed once for its event and for the days its sentences share.
  const candidatesOf = refixed.map((members) => members.map((m) => m.c));
  const died = deathDays(candidatesOf);
  const events = withSentenceDays(
    refixed.map((members, i) =>
      toEvent(
        members,
        candidatesOf[i] as EventCandidate[],
        ids,
        isCity,
        joined.deadly.get(told[i] as Item[]),
        publishedOf,
        placeKindOf && ((id) => placeKindOf(id) === 'country'),
        died,
        countryOf,
      ),
    ),
    candidatesOf,
  );
  return events.sort((a, b) => compareText(a.when.start, b.when.start) || compareText(a.id, b.id));
}

/** Where an item's sentence stands: its document, paragraph and offset. */
function sentenceKey(item: Item): string {
  const { document, paragraph, start } = item.source;
  return `${document}\u0000${paragraph}\u0000${start}`;
}

function toEvent(
  members: Item[],
  candidates: EventCandidate[],
  ids: Set<string>,
  isCity: IsCity | undefined,
  deadly?: Deadly<Item>,
  publishedOf?: PublishedOf,
  isCountry?: IsCountry,
  died: DeathDays = new Map(),
  countryOf?: CountryOf,
): ChronologyEvent {
  const sources = itemSources(members);
  const first = sources[0] as Source;
  const { titled, counted } = withoutCompletedTotals(members, candidates);
  const head = deadly ? titleCandidate(deadly.cause) : talliedTitled(titled);
  let id = `ev-${linesHash([first.document, first.sentence, kindTraits(head.kind).group])}`;
  for (let n = 2; ids.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
  ids.add(id);
  const sourceOf = sourcesOf(members);
  const conflicts = findConflicts(counted, sourceOf, compareSources, isCity, publishedOf, isCountry);
  const deaths = deadly ? deathsTitled(deadly.deaths) : head;
  const figures = combineFigures(counted);
  const when = combineWhen(ownReports(candidates));
  return {
    id,
    title: deadly
      ? deadlyTitle(head, deaths, countedTitle(deaths, conflicts, figures, candidates))
      : (fatalTitle(head, when, died) ?? countedTitle(head, conflicts, figures, counted)),
    kind: head.kind,
    when,
    places: placesOrHome(
      shownIds(
        candidates,
        (c) => c.places,
        (c) => c.asidePlaces,
      ),
      candidates,
      countryOf,
    ),
    actors: shownIds(
      candidates,
      (c) => c.actors,
      (c) => c.asideActors,
    ),
    figures,
    sources,
    conflicts,
  };
}
