/**
 * "95 police officers had been injured" and "Meer dan 1000 mensen raakten gewond": reports that
 * count one act only of groups of different classes — the police and soldiers, attackers, people at
 * large — and give no number in common tell two counts, however their days and words meet. A toll
 * that sets one group among another ("225 people … including 19 members of the security forces")
 * counts the class of its whole; a number both give ("24 police officers", "24 mensen") is one count
 * named loosely.
 */
import type { GroupCount } from './counted-groups.ts';

/** What a cluster counts of one act: the classes of its wholes, and every number. */
interface ActCounts {
  classes: Set<string>;
  values: Set<number>;
}

/** A cluster's counts by act. */
export type ActClasses = Map<string, ActCounts>;

/** Adds a count to the cluster's acts. */
export function addClass(acts: ActClasses, count: GroupCount): void {
  let act = acts.get(count.act);
  if (!act) {
    act = { classes: new Set(), values: new Set() };
    acts.set(count.act, act);
  }
  if (!count.part) act.classes.add(count.kind);
  act.values.add(count.value);
}

function shareAny<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  const [few, many] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of few) if (many.has(x)) return true;
  return false;
}

/** Whether both clusters count an act, each only of classes the other does not, with no number in common. */
export function classesApart(a: ActClasses, b: ActClasses): boolean {
  for (const [act, x] of a) {
    const y = b.get(act);
    if (!y || x.classes.size === 0 || y.classes.size === 0) continue;
    if (!shareAny(x.classes, y.classes) && !shareAny(x.values, y.values)) return true;
  }
  return false;
}
