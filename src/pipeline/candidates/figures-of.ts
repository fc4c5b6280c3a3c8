import { coordinatedClauseEnd, figureDistance, inDescription } from './figure-distance.ts';
import type { PlacedFigure } from './figures.ts';
import type { TriggerHit } from './happenings.ts';
import { kindTraits } from './kind-traits.ts';
import { figureMeasure } from './measure.ts';
import { nationMeasure } from './nationals-among.ts';

/** Whether no other happening of the sentence is nearer the figure than `h` (ties go to each). */
function nearestTo(f: PlacedFigure, h: TriggerHit, happenings: TriggerHit[], text: string): boolean {
  const d = figureDistance(f, h, text);
  for (let i = 0; i < happenings.length; i++) {
    const o = happenings[i] as TriggerHit;
    if (o !== h && d > figureDistance(f, o, text)) return false;
  }
  return true;
}

/**
 * A clause of contrast after the happening: "declared bonds of 16 billion francs worthless, while
 * the shareholders still receive 3 billion francs": its figure is the other side's, not the happening's.
 */
const CONTRAST = /,\s+(?:while|whereas|terwijl|wohingegen|während)\s/iu;

function inContrast(f: PlacedFigure, h: TriggerHit, text: string): boolean {
  return f.start > h.end && CONTRAST.test(text.slice(h.end, f.start));
}

/**
 * A clause describing the place after the happening by who were there: "arrested a man on the
 * island of Utoeya, …, where around 600 young people had gathered", "bij de Abbey Gate, waar
 * duizenden Afghanen wachtten": its figure counts those present, not what the happening befell. A
 * clause that tells what befell them (", waar … meer dan honderd mensen omkwamen") still counts it.
 */
const WHERE_CLAUSE = /,\s+(?:where|waar|wo)\s[^,;:]*$/iu;
const PRESENT =
  /^[^,;:]*?(?<![\p{L}])(?:gathered|assembled|waited|waiting|stayed|staying|camped|camping|verzameld|verzamelden|wachtten|wachtte|verbleven|versammelt|versammelten|warteten|wartete|aufhielten)(?![\p{L}])/iu;

function inWhereClause(f: PlacedFigure, h: TriggerHit, text: string): boolean {
  return f.start > h.end && WHERE_CLAUSE.test(text.slice(h.end, f.start)) && PRESENT.test(text.slice(f.end));
}

/** A part of a figure before it, counted by the same noun ("five of them"). */
function isPart(f: PlacedFigure, all: readonly PlacedFigure[]): boolean {
  return f.whole !== undefined && all.some((o) => o.start === f.whole && o.noun === f.noun);
}

/**
 * "ongeveer 1200 mensen gedood en zo'n 240 mensen ontvoerd": a figure opening a clause of its own
 * whose verb is a trigger of another kind ("ontvoerd", "abducted", "entführt") counts what that
 * verb tells, even where no happening of that kind is taken from the sentence.
 */
function governedElsewhere(
  f: PlacedFigure,
  h: TriggerHit,
  triggers: readonly TriggerHit[],
  text: string,
): boolean {
  const end = coordinatedClauseEnd(f, text);
  if (end < 0 || (h.start >= f.start && h.start < end)) return false;
  return triggers.some((t) => t.kind !== h.kind && t.start >= f.end && t.start < end);
}

/**
 * The sentence's figures nearer `h` than any other happening, counting what `h` counts. `triggers`
 * are all the sentence's trigger hits, of happenings taken or not.
 */
export function figuresOf(
  h: TriggerHit,
  happenings: TriggerHit[],
  all: PlacedFigure[],
  sentence: string,
  triggers: readonly TriggerHit[] = happenings,
): PlacedFigure[] {
  const figures: PlacedFigure[] = [];
  // A beginning a "since" clause dates (began-since.ts) counts nothing: a figure near it is another's.
  const rivals = happenings.some((o) => o.began) ? happenings.filter((o) => o === h || !o.began) : happenings;
  for (const f of all) {
    if (governedElsewhere(f, h, triggers, sentence)) continue;
    // A span of years ("the largest in 30 years") describes; only a sentence counts in years.
    if (!nearestTo(f, h, rivals, sentence) || (f.noun === 'years' && h.kind !== 'verdict')) continue;
    if (inDescription(f, rivals, sentence) || inContrast(f, h, sentence)) continue;
    if (inWhereClause(f, h, sentence)) continue;
    // "Twenty-four miners were rescued, five of them in serious condition": a part counted by its whole's
    // noun is some of those, no rival count of them. Where the happening is told after the part
    // ("gegen mehr als 600 Menschen …, 184 von ihnen sitzen in Untersuchungshaft"), the part is its
    // count and the whole is not.
    if (isPart(f, all) && !(f.ofThem && h.start >= f.end)) continue;
    if (all.some((p) => p.ofThem && isPart(p, all) && p.whole === f.start && h.start >= p.end)) continue;
    // "All 379 people on board escaped, but five … were killed": those who lived are no toll.
    if (f.survived && kindTraits(h.kind).tallied) continue;
    // "About 16,000 people lived in the critical zone … and evacuations had begun": not the evacuated.
    if (f.resident) continue;
    if (f.share || f.amongToll) continue;
    const { value, text, qualifier, unit } = f.figure;
    figures.push({
      ...f,
      figure: {
        value,
        counts: nationMeasure(figureMeasure(h.kind, f), f.nation),
        text,
        qualifier,
        ...(unit ? { unit } : {}),
      },
    });
  }
  return figures;
}
