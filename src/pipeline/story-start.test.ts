import { describe, expect, it } from 'vitest';
import { cleanArticle } from './clean.ts';
import { parseHeader } from './header.ts';
import { detectLanguage } from './language.ts';
import { resolvePublished } from './published.ts';
import { segmentArticle } from './segment.ts';
import {
  afterEveryReport,
  beforeStoryStart,
  earliestInStory,
  earliestTold,
  earliestWeekAfter,
  lastWeekBeforeStart,
  lastWeekDay,
} from './story-start.ts';
import type { LanguageArticle } from './types.ts';

// Sunday = 0 … Saturday = 6.
const past = (...days: number[]) => ({ past: new Set(days) });

describe('a document telling weekdays after every related report', () => {
  const reports = ['2024-08-24', '2024-08-25', '2024-08-26'];
  it.each<[string, number[], string[], string | undefined]>([
    [
      'the measures of “donderdag” and the visit of “maandag” after a Friday attack: that Thursday',
      [1, 4],
      reports,
      '2024-08-29',
    ],
    [
      'a related report dated a week later leaves the week open',
      [1, 4],
      [...reports, '2024-09-05'],
      undefined,
    ],
    ['one weekday alone fixes no day', [4], reports, undefined],
    ['no related report, no story to read it in', [1, 4], [], undefined],
  ])('%s', (_, days, related, expected) => {
    expect(afterEveryReport(past(...days), '2024-08-23', related)).toBe(expected);
  });
});

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
      'a Thursday report of a crash “gisteren” starts the story on the Wednesday',
      '2023-08-24',
      [],
      '2023-08-23',
    ],
    ['a weekday before yesterday starts it earlier', '2023-08-24', [1], '2023-08-21'],
  ])('%s', (_, date, days, expected) => {
    expect(earliestTold(date, { ...past(...days), yesterday: true })).toBe(expected);
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
      'a document telling a day of the story and an earlier one may tell what led up to it',
      '2023-03-15',
      [2, 5],
      null,
    ],
    [
      'a document whose weekdays would all fall before the first day was written a week later',
      '2023-03-15',
      [4, 5],
      'read from 2023-03-15, the Thursday and Friday it tells would all fall before the story began on Monday 2023-03-13',
    ],
    ['one weekday alone before the first day is not held against a document', '2023-03-15', [5], null],
  ])('%s', (_, date, days, expected) => {
    expect(beforeStoryStart(date, past(...days), '2023-03-13')).toBe(expected);
  });

  it.each([
    [
      '“die op 2 januari om het leven kwamen, zijn zaterdag herdacht” cannot be of Tuesday 2 January',
      '2024-01-02',
      'read from 2024-01-02, the Saturday it tells would fall before the story began on Monday 2024-01-01',
    ],
    ['read from Saturday 6 January its Saturday is of the story', '2024-01-06', null],
  ])(
    'a document telling a day of the story by its date holds one weekday to the start: %s',
    (_, date, expected) => {
      expect(beforeStoryStart(date, past(6), '2024-01-01', true)).toBe(expected);
    },
  );

  it.each([
    [
      'a Monday collapse, Thursday bodies and Friday mourning are told on the Friday at the earliest',
      [1, 4, 5],
      '2023-03-17',
    ],
    [
      'a Monday coup told with the Wednesday, Saturday and Sunday after it: that Sunday',
      [0, 1, 3, 6],
      '2023-03-19',
    ],
    ['the first day and the day after: the Tuesday', [1, 2], '2023-03-14'],
    ['without the first day’s weekday the report may tell another part of the story', [4, 5], undefined],
    ['the first day alone fixes no day', [1], undefined],
  ])('%s', (_, days, expected) => {
    expect(earliestInStory(past(...days), '2023-03-13')).toBe(expected);
  });

  // "Frankrijk heeft sinds dinsdag honderden Europeanen uit Niger geëvacueerd": a Wednesday coup
  // told with the Friday, Sunday and Monday after it and an evacuation going on since Tuesday.
  it.each<[string, number[], number[], string]>([
    [
      'an evacuation going on since the Tuesday is told on the Wednesday after it at the earliest',
      [0, 1, 2, 3, 5],
      [2],
      '2023-08-02',
    ],
    ['without “since” the Tuesday itself may be the day of writing', [0, 1, 2, 3, 5], [], '2023-08-01'],
    [
      'a weekday told with “since” before the last one told does not move the day',
      [1, 2, 3, 5],
      [5],
      '2023-08-01',
    ],
  ])('%s', (_, days, since, expected) => {
    expect(earliestInStory({ past: new Set(days), since: new Set(since) }, '2023-07-26')).toBe(expected);
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
      'an undated Dutch report whose Friday mourning follows the Monday collapse takes no Wednesday date that would put it before, but that Friday',
      'nl',
      'Een gang in de kolenmijn in Zonguldak stortte maandag in, zei minister Fatih Dönmez. Er zaten 45 mijnwerkers onder de grond. President Recep Tayyip Erdoğan riep vrijdag nationale rouw uit.',
      { date: '2023-03-17', precision: 'day', inferred: true },
    ],
    [
      'an undated English report of the collapse and the Wednesday visit takes the German date',
      'en',
      'A gallery in the Zonguldak mine collapsed on Monday, Energy Minister Fatih Dönmez said. 45 miners were underground. President Recep Tayyip Erdoğan visited the mine on Wednesday.',
      { date: '2023-03-15', precision: 'day' },
    ],
    [
      'an undated German report of the Monday collapse, the Thursday bodies and the Friday mourning is dated to that Friday',
      'de',
      'Der Stollen in Zonguldak war am Montag eingestürzt. Am Donnerstag bargen Rettungskräfte die letzten Toten, sagte Minister Fatih Dönmez. Präsident Recep Tayyip Erdoğan rief am Freitag Staatstrauer aus.',
      { date: '2023-03-17', precision: 'day', inferred: true },
    ],
  ])('%s', (_, lang, text, expected) => {
    const [, undated] = resolvePublished([prepare('de', GERMAN, 'de'), prepare('x', text, lang)]);
    expect(undated?.published).toMatchObject(expected);
  });
});

describe('an undated report written a week into the story', () => {
  const coup = prepare(
    'coup',
    ' date 2021-02-01 Myanmar’s military seized power on Monday and detained Aung San Suu Kyi in Naypyidaw. Soldiers took up positions in Yangon.',
    'en',
  );
  const next = prepare(
    'next',
    ' date 2021-02-02 Het leger van Myanmar heeft gisteren de macht gegrepen in Naypyidaw. Aung San Suu Kyi werd opgepakt.',
    'nl',
  );
  const week = prepare(
    'week',
    'Eine Woche nach dem Militärputsch in Myanmar sind am Sonntag erneut Zehntausende Menschen in Yangon auf die Straße gegangen. Die Junta hatte am Samstag das Internet abschalten lassen. Das Militär hatte am vergangenen Montag geputscht und Aung San Suu Kyi in Naypyidaw festgesetzt. Am Mittwoch setzte die Polizei Wasserwerfer gegen Demonstranten ein.',
    'de',
  );

  it('is dated to the Sunday it tells, the first day on which its Monday is the coup’s', () => {
    const published = resolvePublished([coup, next, week])[2]?.published;
    expect(published).toMatchObject({ date: '2021-02-07', precision: 'day', inferred: true });
    expect(published?.reason).toMatch(/names the story's first day, Monday 2021-02-01 as coup tells it/);
  });
});

describe('a weekday of the week before (“vorige week woensdag”)', () => {
  it.each([
    ['read from a Tuesday, Wednesday of last week is six days before', '2023-08-29', 3, '2023-08-23'],
    ['read from a Thursday, it is eight days before', '2023-08-24', 3, '2023-08-16'],
    ['read from a Sunday, Monday of last week is thirteen days before', '2023-08-27', 1, '2023-08-14'],
  ])('%s', (_, date, day, expected) => {
    expect(lastWeekDay(date, day)).toBe(expected);
  });

  const told = (days: number[], lastWeek: number[], weekBefore = false) => ({
    past: new Set(days),
    lastWeek: new Set(lastWeek),
    weekBefore,
  });

  it.each([
    [
      'the crash told as last week’s Wednesday cannot be read from the Thursday after it',
      '2023-08-24',
      told([2], [3]),
      'read from 2023-08-24, the Wednesday of the week before it tells would fall before the story began on Wednesday 2023-08-23',
    ],
    ['read from the Tuesday after, it is the story’s first day', '2023-08-29', told([2], [3]), null],
    ['a weekday of last week other than the first day is no evidence', '2023-08-24', told([], [1]), null],
    [
      'last week and a Monday, read from the Thursday after a Wednesday start, all fall before it',
      '2023-08-24',
      told([1], [], true),
      'read from 2023-08-24, the last week and the Monday it tells would all fall before the story began on Wednesday 2023-08-23',
    ],
  ])('%s', (_, date, evidence, expected) => {
    expect(lastWeekBeforeStart(date, evidence, '2023-08-23')).toBe(expected);
  });

  it.each([
    ['the crash last Wednesday and the burial on Tuesday give that Tuesday', told([2], [3]), '2023-08-29'],
    ['last Wednesday alone gives the Monday after its week', told([], [3]), '2023-08-28'],
    [
      'a Friday told as past is the one after the first day, read from that Monday',
      told([5], [3]),
      '2023-08-28',
    ],
    ['without the first day’s weekday nothing is inferred', told([2], [4]), undefined],
    [
      'last week beside a Monday gives the Monday after the first day’s week',
      told([1], [], true),
      '2023-08-28',
    ],
    ['last week alone gives nothing', told([], [], true), undefined],
  ])('%s', (_, evidence, expected) => {
    expect(earliestWeekAfter(evidence, '2023-08-23')).toBe(expected);
  });
});
