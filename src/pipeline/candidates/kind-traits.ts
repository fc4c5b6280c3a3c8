/**
 * What the merge needs to know of a kind, from the lexicon (data/event-lexicon.json): a user who
 * adds a kind says there whether a story rarely has two, whether places tell its happenings apart,
 * and which kind it merges with.
 */
import { perObject } from '../per-object.ts';
import { defaultLexicon, type EventLexicon, type KindEntry } from './lexicon.ts';

export interface KindTraits {
  /** The group an event's id is made of: the kind, or the kind it is the same happening as. */
  group: string;
  /** The group the merge compares it in, when another's (an arson: fires). */
  meets?: string;
  /** The same where a topic occurs (a disaster that is a wildfire: fires). */
  meetsIf?: Readonly<Record<string, string>>;
  /** The same where it befalls a listed person (a leader wounded: the attack on him). */
  meetsNamed?: string;
  /** Topics that make another happening of it (an acting appointment; lexicon `apartIf`). */
  apartIf?: readonly string[];
  rare: boolean;
  /** Topics that make a report of it rare (national mourning; lexicon `rareIf`). */
  rareIf?: readonly string[];
  placed: boolean;
  far: boolean;
  /** Reports naming different agents are two (aid suspended by France and by Germany's minister). */
  byAgent: boolean;
  /** Counted as a running toll (the dead, the injured): a count over weeks is not a day's. */
  tallied: boolean;
  /** Counted so far, a count that only grows (the dead, the arrested): a higher count is a later report. */
  runs?: true;
  /** Counted as a total so far (those who fled): counts rising day by day are no disagreement. */
  countsOn?: true;
  /** Done again and again (statements, protests): one report's day dates no other report. */
  recurs: boolean;
  /** Takes place at one moment (an attack, an explosion): reports of days apart tell two. */
  moment?: true;
  /** Told by where someone went (a leader fleeing): its reports name where from and where to. */
  destination?: true;
  /** Befalls a person once (a death, a funeral): reports of it befalling one listed person tell one. */
  once?: true;
  /** Befalls someone (an arrest, a death; lexicon `patientKind`): told apart by whom, not where. */
  befalls?: true;
}

const traitsOf = (k: KindEntry): KindTraits => ({
  group: k.sameAs ?? k.kind,
  ...(k.meets ? { meets: k.meets } : {}),
  ...(k.meetsIf ? { meetsIf: k.meetsIf } : {}),
  ...(k.meetsNamed ? { meetsNamed: k.meetsNamed } : {}),
  ...(k.apartIf ? { apartIf: k.apartIf } : {}),
  rare: k.rare === true,
  ...(k.rareIf ? { rareIf: k.rareIf } : {}),
  placed: k.placed === true,
  far: k.far === true,
  byAgent: k.byAgent === true,
  tallied: k.tallied === true,
  ...(k.runs === true ? { runs: true as const } : {}),
  ...(k.countsOn === true ? { countsOn: true as const } : {}),
  recurs: k.recurs === true,
  ...(k.moment === true ? { moment: true as const } : {}),
  ...(k.destination === true ? { destination: true as const } : {}),
  ...(k.once === true ? { once: true as const } : {}),
  ...(k.patientKind === true ? { befalls: true as const } : {}),
});

const byKind = perObject((lexicon: EventLexicon) => new Map(lexicon.kinds.map((k) => [k.kind, traitsOf(k)])));

/** The traits of `kind`; a kind the lexicon does not list is its own group and nothing more. */
export function kindTraits(kind: string, lexicon: EventLexicon = defaultLexicon): KindTraits {
  return (
    byKind(lexicon).get(kind) ?? {
      group: kind,
      rare: false,
      placed: false,
      far: false,
      byAgent: false,
      tallied: false,
      recurs: false,
    }
  );
}

/**
 * The group within which the merge compares a report: reports of different groups never tell one
 * happening. A topic of the sentence may narrow a broad kind ("A wildfire raged": a fire), and a
 * listed person befallen may too ("Fico was shot in the abdomen": the attempt on his life).
 */
export function mergeGroup(t: KindTraits, concepts?: readonly string[], namedPatient = false): string {
  if (t.meetsNamed && namedPatient) return t.meetsNamed;
  if (t.meetsIf && concepts)
    for (let i = 0; i < concepts.length; i++) {
      const group = t.meetsIf[concepts[i] as string];
      if (group) return group;
    }
  return t.meets ?? t.group;
}

/** The topic among `concepts` that makes another happening of the kind ("acting"; lexicon `apartIf`), or "". */
export function apartTopic(t: KindTraits, concepts?: readonly string[]): string {
  return (t.apartIf && concepts && t.apartIf.find((id) => concepts.includes(id))) || '';
}

/** Whether a report of the kind about `concepts` is rare: the kind is, or one of its topics makes it so. */
export function rareWith(t: KindTraits, concepts?: readonly string[]): boolean {
  return (
    t.rare ||
    (t.rareIf !== undefined && concepts !== undefined && t.rareIf.some((id) => concepts.includes(id)))
  );
}
