/**
 * A sentence that counts a week back from the weekday the sentence before tells: what it tells is
 * part of the story, so a reading that puts it before the story's first day is a week too early.
 */
import { describe, expect, it } from 'vitest';
import { sentencesOf } from './test-sentences.ts';
import { weekAfterStart, weekEarlierConflict } from './week-earlier.ts';
import { weekdayEvidence } from './weekday-evidence.ts';

/** Silicon Valley Bank's story began on Wednesday 8 March 2023, when it announced its loss. */
const START = '2023-03-08';

function weekEarlierOf(language: string, texts: string[]): number | undefined {
  return weekdayEvidence({ sentences: sentencesOf([texts]), language }).weekEarlier;
}

describe('a happening told a week before the weekday the sentence before tells', () => {
  it.each<[string, string, string[], string, boolean]>([
    [
      'read from Saturday 11 March, the bank "closed a week earlier" than Friday\'s filing would be closed before the story began',
      'en',
      [
        'The company applied on Friday in New York for protection from its creditors under Chapter 11.',
        'The bank itself was closed by regulators a week earlier and is now being run by the deposit insurer FDIC.',
      ],
      '2023-03-11',
      true,
    ],
    [
      'read from Friday 17 March, the bank closed on Friday 10 March, within the story',
      'en',
      [
        'The company applied on Friday in New York for protection from its creditors under Chapter 11.',
        'The bank itself was closed by regulators a week earlier and is now being run by the deposit insurer FDIC.',
      ],
      '2023-03-17',
      false,
    ],
    [
      'a Dutch "een week eerder" after "vrijdag", read from 11 March, is a week too early',
      'nl',
      [
        'Het moederbedrijf vroeg vrijdag in New York bescherming tegen schuldeisers aan.',
        'De bank zelf werd een week eerder gesloten.',
      ],
      '2023-03-11',
      true,
    ],
    [
      'a German "eine Woche zuvor" after "am Freitag", read from 11 March, is a week too early',
      'de',
      [
        'Die Muttergesellschaft beantragte am Freitag in New York Gläubigerschutz.',
        'Die Bank selbst wurde eine Woche zuvor geschlossen.',
      ],
      '2023-03-11',
      true,
    ],
    [
      'what the pluperfect tells a week earlier may have led up to the story: no conflict',
      'en',
      [
        'The company applied on Friday for protection from its creditors.',
        'The bank had been warned a week earlier.',
      ],
      '2023-03-11',
      false,
    ],
    [
      '"a week earlier than planned" counts from no weekday: no conflict',
      'en',
      [
        'The company applied on Friday for protection from its creditors.',
        'It came a week earlier than planned.',
      ],
      '2023-03-11',
      false,
    ],
  ])('%s', (_, language, texts, date, conflict) => {
    expect(weekEarlierConflict(date, weekEarlierOf(language, texts), START) !== null).toBe(conflict);
  });
});

describe('the earliest day a report counting a week back from a weekday was written on', () => {
  it.each([
    ['Friday, a week after a story begun on Wednesday 8 March, is Friday 17 March', 5, '2023-03-17'],
    ['Wednesday, a week after a story begun on a Wednesday, is that day a week on', 3, '2023-03-15'],
  ])('%s', (_, from, day) => {
    expect(weekAfterStart(from, START)).toBe(day);
  });
});
