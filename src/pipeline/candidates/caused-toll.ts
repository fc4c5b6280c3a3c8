/**
 * "Nach der Explosion eines Treibstofflagers nahe Stepanakert ist die Zahl der Todesopfer auf
 * mindestens 68 gestiegen. … Das Depot war am Montagabend explodiert": a toll with no day of its
 * own, told after the happening that caused it, counts that happening's dead. It is dated with it,
 * as the article dates it before or after the toll, not to the week before the report, where it
 * would meet the dead of another happening of the story. The injured and missing its bulletin
 * counts right after it in its paragraph ("Mehr als 290 Menschen wurden verletzt") go with it.
 * So is a toll whose day is only that of its saying ("A powerful earthquake in Morocco killed 820
 * people, authorities said on Saturday"), and the dead told again after it before its cause was
 * dated ("Most of the deaths were in the Al Haouz province"); not a revised count (revised-count.ts).
 */
import { DAY_LEVEL } from '../day-level.ts';
import type { When } from '../types.ts';
import type { EventCandidate } from './event-candidate.ts';
import { dateFromContext } from './bulletin.ts';
import { revisedCount } from './revised-count.ts';

/** Kinds a bulletin counts beside its toll of the dead. */
const BESIDE_TOLL = new Set(['injury', 'missing']);

export class CausedTolls {
  private readonly pending: { at: number; cause: string }[] = [];

  /**
   * The candidate `c` at `at` counts dead: undated, those of the happening of kind `cause` named
   * before it; dated only by its saying ("A powerful earthquake in Morocco killed 820 people,
   * authorities said on Saturday"), those of its `killer`, whose time the article tells.
   */
  noteToll(
    at: number,
    c: EventCandidate,
    cause: string | undefined,
    killer: string | undefined,
    saidOnItsDay: () => boolean,
  ): void {
    if (cause && c.when.precision === 'before-publication') this.pending.push({ at, cause });
    else if (killer && c.tally && !revisedCount(c.sentence.text) && saidOnItsDay())
      this.pending.push({ at, cause: killer });
  }

  /** Dates each toll noted with its cause's day, as `timeOf` gives it once the article is read. */
  date(candidates: readonly EventCandidate[], timeOf: (kind: string) => When | undefined): void {
    for (const { at, cause } of this.pending) {
      const toll = candidates[at];
      const when = timeOf(cause);
      if (!toll || !when || !DAY_LEVEL.has(when.precision)) continue;
      const undated = toll.when;
      dateFromContext(toll, when);
      let beside = true;
      for (let i = at + 1; i < candidates.length; i++) {
        const c = candidates[i] as EventCandidate;
        beside &&= c.sentence.paragraph === toll.sentence.paragraph;
        if (beside && BESIDE_TOLL.has(c.kind) && c.tally && sameTime(c.when, undated))
          dateFromContext(c, when);
        // "Most of the deaths were in the Al Haouz province", undated after the toll: the same dead,
        // who took the toll's time before it was known.
        else if (c.kind === toll.kind && c.sentence.timeFrom !== 'own' && sameTime(c.when, undated))
          dateFromContext(c, when);
      }
    }
  }
}

function sameTime(a: When, b: When): boolean {
  return a.start === b.start && a.end === b.end && a.precision === b.precision;
}
