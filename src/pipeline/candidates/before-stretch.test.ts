import { describe, expect, it } from 'vitest';
import { extractTimexes } from '../time/extract.ts';
import { daysUpTo } from '../time/days-up-to-now.ts';
import type { Lang } from '../time/lexicon.ts';
import { beforeStretchIfAfterClause } from './before-stretch.ts';

const DCT = '2022-01-08';

/** The time the happening named by `trigger` gets in `sentence`, told as going on for days. */
function timeOf(lang: Lang, sentence: string, trigger: string) {
  const timexes = extractTimexes(sentence, { lang, dct: DCT });
  const stretch = daysUpTo(lang, sentence, timexes, DCT, false);
  if (!stretch) throw new Error(`no stretch of days in “${sentence}”`);
  const days = timexes.find((t) => t.value === 'PXD');
  return beforeStretchIfAfterClause(stretch, sentence, sentence.indexOf(trigger), days);
}

describe('what the days going on came after', () => {
  it.each<[Lang, string, string]>([
    [
      'en',
      'Parts of Kazakhstan have been restless for days after the price for LPG was increased.',
      'increased',
    ],
    ['nl', 'Delen van Kazachstan zijn al dagen onrustig nadat de prijs van lpg werd verhoogd.', 'verhoogd'],
    ['de', 'Teile Kasachstans sind seit Tagen unruhig nach der Erhöhung des Gaspreises.', 'Erhöhung'],
  ])('[%s] “%s”: the rise came before the days of unrest, by 2 January', (lang, sentence, trigger) => {
    expect(timeOf(lang, sentence, trigger)).toMatchObject({ start: '2021-12-26', end: '2022-01-02' });
  });

  it.each<[Lang, string, string]>([
    [
      'en',
      'Parts of Kazakhstan have been restless for days after the price for LPG was increased.',
      'restless',
    ],
    ['en', 'Violent protests have been going on in the former Soviet republic for days.', 'protests'],
    ['en', 'Protesters have been rioting for days. After that, the army came in.', 'army'],
  ])('[%s] “%s”: “%s” keeps the days up to the report', (lang, sentence, trigger) => {
    expect(timeOf(lang, sentence, trigger)).toMatchObject({
      start: '2022-01-02',
      end: DCT,
      precision: 'week',
    });
  });
});
