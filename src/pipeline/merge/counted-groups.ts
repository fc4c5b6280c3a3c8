/**
 * "The wife of the mayor and one of their children were injured" and "45 police officers were
 * injured": one report counting one act befalling different groups — the police and soldiers,
 * attackers, people at large — in two sentences tells two happenings, and so does one giving one
 * group two exact numbers ("Thirteen police officers were killed when a mob attacked a police
 * station" beside "including 14 police officers" nationwide). A sentence that counts both keeps
 * them together, and so does a number both clusters give; one that sets its count among another
 * ("among them", "darunter") is a part of a toll, not a toll of its own. Across reports a toll's
 * group is named too loosely to hold two of its numbers apart; only counts of different classes
 * with no number in common are (counted-classes.ts).
 */
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { isVagueFigure } from '../candidates/figure-phrase.ts';
import type { MergeFeatures } from './features.ts';
import { addClass, classesApart, type ActClasses } from './counted-classes.ts';

/** The acts whose counts tell groups apart: "police and soldiers injured". */
const ACTS = new Set(['killed', 'injured', 'arrested']);

/** Groups counted apart from people at large. */
const CLASS_OF: Record<string, string> = {
  'police and soldiers': 'security',
  troops: 'security',
  attackers: 'attackers',
};

/**
 * A count set among another, or told of a toll's members: "including", "among them", "waaronder",
 * "darunter", "Bei den Toten handelt es sich um zwei Männer …".
 */
const PART =
  /(?<!\p{L})(?:including|among|of (?:whom|them)|the (?:dead|injured|victims) (?:were|are|include)|waaronder|onder wie|onder hen|inclusief|de (?:doden|gewonden|slachtoffers) (?:zijn|waren)|darunter|unter (?:ihnen|den)|einschließlich|bei den (?:Toten|Verletzten|Opfern))(?!\p{L})/iu;

/** Whether the sentence sets a count among another; asked only of the few that count an act. */
export function setsAmong(text: string): boolean {
  return PART.test(text);
}

/**
 * A count: its act, the group's class and the group, the number, the document that gives it, and
 * whether it is an exact number of one day, not a toll that runs over days (a tally, a total so
 * far) nor one given as "at least", whose numbers one document may give two of.
 */
export interface GroupCount {
  act: string;
  kind: string;
  group: string;
  value: number;
  document: string;
  exact: boolean;
  /** Set among another count of its sentence ("including 19 members of the security forces"). */
  part: boolean;
}

const NONE: readonly GroupCount[] = [];

/**
 * The counts of people befallen by an act a report gives, vague ones ("dozens") left out; none for
 * a part of a toll of one group, which counts no group apart, and the groups set among a toll of
 * another class marked as its parts.
 */
export function groupCounts(f: MergeFeatures, c: EventCandidate): readonly GroupCount[] {
  if (c.figures.length === 0) return NONE;
  let out: GroupCount[] | undefined;
  const running = f.tally || f.total || f.stretchCount || f.added;
  for (const figure of c.figures) {
    if (isVagueFigure(figure)) continue;
    const space = figure.counts.lastIndexOf(' ');
    const act = figure.counts.slice(space + 1);
    if (space < 0 || !ACTS.has(act)) continue;
    const group = figure.counts.slice(0, space);
    (out ??= []).push({
      act,
      kind: CLASS_OF[group] ?? 'people',
      group,
      value: figure.value,
      document: c.document,
      exact: !running && figure.qualifier === 'exact',
      part: false,
    });
  }
  if (out === undefined) return NONE;
  const first = out[0] as GroupCount;
  if (!setsAmong(c.sentence.text)) return out;
  if (out.every((g) => g.kind === first.kind)) return NONE;
  // The toll comes first, the groups set among it after: "225 people …, including 19 members of the security forces".
  return out.map((g, i) => (i === 0 ? g : { ...g, part: true }));
}

/** Whether both counts are of one act told in one document. */
function sameTelling(x: GroupCount, y: GroupCount): boolean {
  return x.document === y.document && x.act === y.act;
}

/**
 * Whether a count of `a` that `pick` keeps shares its number with one of `b` it keeps, told in
 * whichever report (the toll "26 protesters and 18 police and army personnel" one report gives,
 * another's "at least 18 police officers and soldiers have also died" tells again), or meets it
 * otherwise (`also`).
 */
function meet(
  a: readonly GroupCount[],
  b: readonly GroupCount[],
  pick: (z: GroupCount) => boolean,
  also?: (p: GroupCount, q: GroupCount) => boolean,
): boolean {
  return a.some((p) => pick(p) && b.some((q) => pick(q) && (p.value === q.value || also?.(p, q) === true)));
}

/**
 * Whether a count of `xs` and one of `ys` (counts of one document, of clusters whose counts are `a`
 * and `b`) tell two happenings: groups of different classes counted for one act, or one group given
 * two exact numbers, and no number in both clusters.
 */
function clashWithin(
  xs: readonly GroupCount[],
  ys: readonly GroupCount[],
  a: readonly GroupCount[],
  b: readonly GroupCount[],
): boolean {
  for (const x of xs)
    for (const y of ys) {
      if (!sameTelling(x, y) || x.value === y.value) continue;
      if (x.kind !== y.kind) {
        // A class both count in that document keeps them together.
        const sameClass = (p: GroupCount, q: GroupCount): boolean =>
          p.kind === q.kind && sameTelling(p, x) && sameTelling(q, x);
        if (!meet(a, b, (z) => z.act === x.act, sameClass)) return true;
      } else if (x.group === y.group && x.exact && y.exact) {
        if (!meet(a, b, (z) => z.act === x.act && z.group === x.group)) return true;
      }
    }
  return false;
}

/** The counts of a cluster, all of them and by the document that gives them. */
interface ClusterCounts {
  all: GroupCount[];
  byDocument: Map<string, GroupCount[]>;
  acts: ActClasses;
}

/** Adds a count to the cluster's lists. */
function addCount(cluster: ClusterCounts, count: GroupCount): void {
  cluster.all.push(count);
  addClass(cluster.acts, count);
  const list = cluster.byDocument.get(count.document);
  if (list) list.push(count);
  else cluster.byDocument.set(count.document, [count]);
}

function clusterOf(counts: readonly GroupCount[]): ClusterCounts {
  const cluster: ClusterCounts = { all: [], byDocument: new Map(), acts: new Map() };
  for (const c of counts) addCount(cluster, c);
  return cluster;
}

/** Only counts of one document can clash: the documents of the cluster with fewer are looked up in the other's. */
function clustersClash(a: ClusterCounts, b: ClusterCounts): boolean {
  if (classesApart(a.acts, b.acts)) return true;
  const [few, many] = a.byDocument.size <= b.byDocument.size ? [a, b] : [b, a];
  for (const [document, xs] of few.byDocument) {
    const ys = many.byDocument.get(document);
    if (ys && clashWithin(xs, ys, a.all, b.all)) return true;
  }
  return false;
}

/**
 * Two clusters' counts that tell two happenings: one document counting one act of groups of
 * different classes in each, or giving one group an exact number in each, and no number in both.
 */
export function groupsClash(a: readonly GroupCount[], b: readonly GroupCount[]): boolean {
  return a.length > 0 && b.length > 0 && clustersClash(clusterOf(a), clusterOf(b));
}

/**
 * The counts of each cluster, kept at its root like SeparateCounts. A large cluster's counts are
 * many (a running toll told by many reports): joining moves the smaller cluster's into the larger's,
 * and a clash compares only counts of one document.
 */
export class CountedGroups {
  /** Undefined for a cluster that counts no group: most are, and they never clash. */
  private readonly counts: (ClusterCounts | undefined)[];

  constructor(items: readonly { features: MergeFeatures; c: EventCandidate }[]) {
    this.counts = items.map((item) => {
      const counts = groupCounts(item.features, item.c);
      return counts.length > 0 ? clusterOf(counts) : undefined;
    });
  }

  /** Whether joining the clusters at roots a and b would count two groups, or one twice, as one. */
  clash(a: number, b: number): boolean {
    const x = this.counts[a];
    const y = this.counts[b];
    return x !== undefined && y !== undefined && clustersClash(x, y);
  }

  /** Keep the joined cluster's counts at its new root. */
  join(root: number, a: number, b: number): void {
    const x = this.counts[a];
    const y = this.counts[b];
    if (!x || !y) {
      this.counts[root] = x ?? y;
      return;
    }
    const [into, from] = x.all.length >= y.all.length ? [x, y] : [y, x];
    for (const c of from.all) addCount(into, c);
    this.counts[root] = into;
  }
}
