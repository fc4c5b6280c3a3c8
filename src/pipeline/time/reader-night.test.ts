/**
 * A Dutch or German report's night ("vannacht", "in der Nacht zu Dienstag") of a happening in a
 * zone far ahead of the reader's: the explosions at Fukushima Daiichi (15 March 2011, Japan).
 */
import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';
import { nightInStoryZone } from './reader-night.ts';

const READER = 'Europe/Amsterdam';

describe('a night told in the reader’s zone, read in the story’s', () => {
  it.each([
    [
      'nl',
      'In de zwaar beschadigde kerncentrale Fukushima Daiichi in het noordoosten van Japan zijn vannacht opnieuw explosies geweest.',
      '2011-03-15',
      'Asia/Tokyo',
      '2011-03-15TMO',
    ],
    [
      'de',
      'In der Nacht zu Dienstag deutscher Zeit kam es im Reaktorblock 2 zu einer Explosion.',
      '2011-03-15',
      'Asia/Tokyo',
      '2011-03-15TMO',
    ],
    ['nl', 'In Sydney is vannacht een brand uitgebroken.', '2020-01-10', 'Australia/Sydney', '2020-01-10TMO'],
    ['nl', 'In Moskou is vannacht een brand uitgebroken.', '2024-03-23', 'Europe/Moscow', '2024-03-22TNI'],
    ['de', 'In Washington wurde heute Nacht abgestimmt.', '2021-01-07', 'America/New_York', '2021-01-06TNI'],
  ])('[%s] “%s” (published %s, story in %s) is dated %s', (lang, text, dct, zone, value) => {
    const night = extractTimexes(text, { lang, dct }).find((t) => t.value.endsWith('TNI'));
    expect(night && nightInStoryZone(night, READER, zone).value).toBe(value);
  });

  it.each([
    ['tells no clock in the reader’s zone', undefined, '2011-03-14TNI'],
    ['tells its clocks in Dutch time', READER, '2011-03-15TMO'],
  ])('a report that %s: its “vannacht” of Japan is %s', (_, readerZone, value) => {
    const text = 'In de kerncentrale zijn vannacht opnieuw explosies geweest.';
    const timexes = extractTimexes(text, {
      lang: 'nl',
      dct: '2011-03-15',
      localZone: 'Asia/Tokyo',
      ...(readerZone === undefined ? {} : { readerZone }),
    });
    expect(timexes.map((t) => t.value)).toEqual([value]);
  });
});
