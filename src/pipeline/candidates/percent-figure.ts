import type { PlacedFigure } from './figures.ts';
import type { NumberSpan } from './numbers.ts';
import { percentAfter, percentMeasure } from './percent.ts';
import type { Token } from './tokenize.ts';

/**
 * A percentage as a figure of what it measures: "Intel's shares fell 26%" counts 26 percent of
 * shares, "den Leitzins um 0,25 Prozentpunkte" a change of the interest rate by 0.25 points. No
 * count of people, so no toll, part or tally of one.
 */
export function percentFigure(text: string, tokens: Token[], n: NumberSpan): PlacedFigure | null {
  const reading = percentAfter(text, n.end);
  if (!reading) return null;
  const what = percentMeasure(tokens, n.start, n.end);
  const points = reading.unit === 'percentage points';
  const counts = what === null ? reading.unit : points ? `${what} change` : what;
  return {
    figure: {
      value: Math.round(n.value * reading.factor * 1e6) / 1e6,
      counts,
      unit: reading.unit,
      text: reading.end === undefined ? n.text : text.slice(n.start, reading.end),
      qualifier: n.qualifier,
    },
    noun: counts,
    vague: n.vague,
    start: n.start,
    end: n.end,
  };
}
