import { describe, expect, it } from 'vitest';
import { countedSince, earliestDay } from './days-since-date.ts';

describe('a count of days or weeks since a dated day', () => {
  it.each<[string, string, string | undefined]>([
    [
      'an English "more than three weeks after … on Jan. 7" was written three weeks after 7 January',
      'The Palisades and Eaton fires were fully contained on Friday, more than three weeks after they erupted on Jan. 7 and became the most destructive wildfires in the history of Los Angeles, Cal Fire said.',
      '2025-01-28',
    ],
    [
      'an English "24 days after … on 7 January" was written 24 days after it',
      'Firefighters contained the blaze 24 days after it broke out on 7 January.',
      '2025-01-31',
    ],
    [
      'a Dutch "drie weken na de branden van 7 januari" was written three weeks after it',
      'Drie weken na de branden van 7 januari zijn de vuren volledig ingedamd.',
      '2025-01-28',
    ],
    [
      'a German "zwei Wochen nach dem Ausbruch am 7. Januar" was written two weeks after it',
      'Zwei Wochen nach dem Ausbruch am 7. Januar sind die Feuer eingedämmt.',
      '2025-01-21',
    ],
    [
      'a count with no date after it dates nothing',
      'Three weeks after the fires, residents returned to Altadena.',
      undefined,
    ],
    [
      'a date with no count before it dates nothing',
      'The fires erupted on Jan. 7 and burned for weeks.',
      undefined,
    ],
  ])('%s', (_name, text, earliest) => {
    const since = countedSince(text);
    expect(since && earliestDay(since, '2025-02-15')).toBe(earliest);
  });

  it.each<[string, string, { monthDay: string; days: number; fromWeekday?: number }]>([
    [
      'NOS\'s "Een dag na het … referendum van zondag 1 oktober" counts one day since Sunday 1 October',
      'Een dag na het omstreden onafhankelijkheidsreferendum van zondag 1 oktober is de spanning in Catalonië nog niet geluwd.',
      { monthDay: '10-01', days: 1, fromWeekday: 0 },
    ],
    [
      'an English "a day after the vote on Sunday, Oct. 1" counts one day since that Sunday',
      'A day after the vote on Sunday, Oct. 1, tension in Catalonia has not eased.',
      { monthDay: '10-01', days: 1, fromWeekday: 0 },
    ],
    [
      'a German "Einen Tag nach dem Referendum am 1. Oktober" counts one day, no weekday named',
      'Einen Tag nach dem Referendum am 1. Oktober ist die Lage in Katalonien angespannt.',
      { monthDay: '10-01', days: 1 },
    ],
  ])('%s', (_name, text, since) => {
    expect(countedSince(text)).toEqual(since);
  });

  it('a day counted from in December is of the year before a report read in January', () => {
    expect(earliestDay({ monthDay: '12-20', days: 21 }, '2025-01-20')).toBe('2025-01-10');
  });
});
