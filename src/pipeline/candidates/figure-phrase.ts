/** How a figure reads in a title ("More than 3,000 people"), and whether it is only a vague quantity. */
import type { Figure } from '../types.ts';
import type { PlacedFigure } from './figures.ts';
import { formatNumber } from './format-number.ts';
import { VAGUE_MULTIPLIERS, VAGUE_QUANTITIES } from '../number-words.ts';

const QUALIFIER_TEXT: Record<string, string> = {
  'more-than': 'More than',
  'at-least': 'At least',
  about: 'About',
  'up-to': 'Up to',
  'less-than': 'Fewer than',
};

/** "More than 3,000 people", "Thousands of people", "2,500 troops". */
export function figurePhrase(f: PlacedFigure): string {
  if (f.vague) {
    const v = f.figure.value;
    const scale =
      v >= 200_000
        ? 'Hundreds of thousands'
        : v >= 20_000
          ? 'Tens of thousands'
          : v >= 1000
            ? 'Thousands'
            : v >= 100
              ? 'Hundreds'
              : 'Dozens';
    return `${scale} of ${f.noun}`;
  }
  const q = QUALIFIER_TEXT[f.figure.qualifier ?? 'exact'];
  const n = formatNumber(f.figure.value);
  const counted = f.figure.value === 1 ? f.noun.replace(/s$/, '') : f.noun;
  const noun = f.more ? `more ${counted}` : counted;
  return q ? `${q} ${n} ${noun}` : `${n} ${noun}`;
}

const VAGUE_START = new RegExp(
  `^(?:(?:${Object.keys(VAGUE_MULTIPLIERS).join('|')})\\s+of\\s+)?(?:${Object.keys(VAGUE_QUANTITIES).join('|')})\\b`,
  'i',
);

/** Whether a figure's text is a vague quantity ("dozens", "duizenden"): never a conflict on its own. */
export function isVagueFigure(f: Figure): boolean {
  return !/\d/.test(f.text) && f.qualifier === 'at-least' && VAGUE_START.test(f.text);
}
