import { describe, expect, it } from 'vitest';
import { valueShape, type ValueShape } from './value-shape.ts';

describe('valueShape: the part of the day a TIMEX3 value names, read once', () => {
  it.each<[string, string, ValueShape]>([
    [
      '"in der Nacht zum Mittwoch" is a night, of its own day',
      '2024-11-28TNI',
      { lateDay: '2024-11-28', ofNight: true, ofEvening: false, wholeDay: false },
    ],
    [
      '"am Dienstagabend" is an evening, of its own day',
      '2024-07-30TEV',
      { lateDay: '2024-07-30', ofNight: false, ofEvening: true, wholeDay: false },
    ],
    [
      '"op 7 mei" is a whole day',
      '2025-05-07',
      { lateDay: '', ofNight: false, ofEvening: false, wholeDay: true },
    ],
    [
      '"am Donnerstagnachmittag" is neither a late part of the day nor a whole day',
      '2014-07-17TAF',
      { lateDay: '', ofNight: false, ofEvening: false, wholeDay: false },
    ],
    [
      '"rond 16.20 uur" is a clock time, no whole day',
      '2014-07-17T16:20',
      { lateDay: '', ofNight: false, ofEvening: false, wholeDay: false },
    ],
    [
      '"early July" is a month',
      '2022-07',
      { lateDay: '', ofNight: false, ofEvening: false, wholeDay: false },
    ],
  ])('%s', (_name, value, expected) => {
    expect(valueShape(value)).toEqual(expected);
  });
});
