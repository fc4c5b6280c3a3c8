import { describe, expect, it } from 'vitest';
import { cleanArticle } from './clean.ts';
import { parseHeader } from './header.ts';
import { detectLanguage } from './language.ts';
import { resolvePublished } from './published.ts';
import { segmentArticle } from './segment.ts';
import { beforeStoryStart, earliestTold } from './story-start.ts';
import type { LanguageArticle } from './types.ts';

// Sunday = 0 … Saturday = 6.
const past = (...days: number[]) => ({ past: new Set(days) });

describe('the story’s first day and the weekdays an undated document tells', () => {
  it.each([
    [
      'a Wednesday report of a Monday collapse starts the story on that Monday',
      '2023-03-15',
      [1, 3],
      '2023-03-13',
    ],
    ['a weekday named on its own day is that day', '2023-03-15', [3], '2023-03-15'],
    ['a report without weekdays fixes no start', '2023-03-15', [], undefined],
  ])('%s', (_, date, days, expected) => {
    expect(earliestTold(date, past(...days))).toBe(expected);
  });

  it.each([
    [
      'mourning declared on a Friday cannot precede the Monday collapse it mourns',
      '2023-03-15',
      [1, 4, 5],
      'read from 2023-03-15, the Thursday and Friday it tells would fall before the story began on Monday 2023-03-13',
    ],
    ['a Monday collapse and a Tuesday visit fit a Wednesday', '2023-03-15', [1, 2], null],
    [
      'a document not naming the first day’s weekday may tell another part of the story',
      '2023-03-15',
      [4, 5],
      null,
    ],
  ])('%s', (_, date, days, expected) => {
    expect(beforeStoryStart(date, past(...days), '2023-03-13')).toBe(expected);
  });
});

function prepare(id: string, text: string, lang: string): LanguageArticle {
  return detectLanguage(segmentArticle(cleanArticle(parseHeader({ id, file: `${id}.txt`, text })), lang));
}

const GERMAN =
  ' date 2023-03-15 Der Stollen war am Montagabend in der Provinz Zonguldak eingestürzt. Rund 45 Arbeiter befanden sich unter Tage, sagte Energieminister Fatih Dönmez. Präsident Recep Tayyip Erdoğan besuchte am Mittwoch das Bergwerk.';

describe('resolvePublished against the story’s first day', () => {
  it.each([
    [
      'an undated Dutch report whose Friday mourning follows the Monday collapse takes no Wednesday date that would put it before',
      'nl',
      'Een gang in de kolenmijn in Zonguldak stortte maandag in, zei minister Fatih Dönmez. Er zaten 45 mijnwerkers onder de grond. President Recep Tayyip Erdoğan riep vrijdag nationale rouw uit.',
      { date: '2023-03-01', precision: 'month' },
    ],
    [
      'an undated English report of the collapse and the Wednesday visit takes the German date',
      'en',
      'A gallery in the Zonguldak mine collapsed on Monday, Energy Minister Fatih Dönmez said. 45 miners were underground. President Recep Tayyip Erdoğan visited the mine on Wednesday.',
      { date: '2023-03-15', precision: 'day' },
    ],
  ])('%s', (_, lang, text, expected) => {
    const [, undated] = resolvePublished([prepare('de', GERMAN, 'de'), prepare('x', text, lang)]);
    expect(undated?.published).toMatchObject(expected);
  });
});
