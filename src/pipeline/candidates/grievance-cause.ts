/**
 * "Some 20,000 people have taken to the streets …, initially to protest the rising prices of the
 * liquid LPG": the sentence reports the protest, and, as what it is against, that the prices rose.
 * A change people protest against (a kind marked `grievance` in the lexicon) told right after
 * "against", "to protest" ("tegen", "uit protest tegen", "gegen", "aus Protest gegen") is reported
 * as well as the protest, though the protest outranks it; it came before the protest.
 */
import type { Mention } from '../types.ts';
import type { EventCandidate } from './event-candidate.ts';
import { beforeDay } from '../time/before-publication.ts';
import type { KindEntry } from './kind-entry.ts';
import type { TriggerHit } from './happenings.ts';

/**
 * Right before the trigger: what a protest is against or what set it off ("triggered by high gas
 * prices", "ausgelöst durch"), then an article and up to two words ("the sharply rising", "de
 * stijgende", "die gestiegenen"), or none ("against rising gas prices").
 */
const AGAINST =
  /(?<![\p{L}])(?:against|to\s+protest|protesting|protested|tegen|gegen|(?:triggered|sparked|fuelled|fueled)\s+by|(?:uitgelokt|aangewakkerd)\s+door|ausgelöst\s+durch)\s+(?:(?:the|de|het|die|den|der|das)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** Farther back than this, the words before the trigger are no longer its phrase. */
const REACH = 60;

/**
 * The trigger at `start` names what a protest is against: "de stijgende prijzen" there is news of
 * its own, not a change named again to describe the prices.
 */
export function protestedAgainst(text: string, start: number): boolean {
  return AGAINST.test(text.slice(Math.max(0, start - REACH), start));
}

type Kinds = ReadonlyMap<string, { entry: KindEntry }>;

/** The hits of a grievance kind none chosen has that a protest is against, marked `grievance`. */
export function grievanceCauses(
  hits: readonly TriggerHit[],
  chosen: readonly TriggerHit[],
  kinds: Kinds,
  text: string,
): TriggerHit[] {
  const causes: TriggerHit[] = [];
  for (const h of hits) {
    if (!kinds.get(h.kind)?.entry.grievance) continue;
    if (chosen.some((c) => c.kind === h.kind) || causes.some((c) => c.kind === h.kind)) continue;
    if (protestedAgainst(text, h.start)) causes.push({ ...h, grievance: true });
  }
  return causes;
}

/**
 * What a protest was against came before it, and in its country, not at its place: "the streets of
 * Almaty … to protest the rising prices of the liquid LPG" tells prices that rose in Kazakhstan,
 * up to the first day of the protest's time (`c.when`); a sentence with no time of its own leaves
 * it before publication.
 */
export function asGrievance(
  c: EventCandidate,
  mentions: readonly Mention[],
  isCountry: (m: Mention) => boolean,
): void {
  c.places = c.places.filter((id) => mentions.some((m) => m.id === id && isCountry(m)));
  if (c.when.precision === 'before-publication') return;
  const first = c.when.start.slice(0, 10);
  c.when = { ...beforeDay(first), end: first };
}
