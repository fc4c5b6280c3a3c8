import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';

describe('durations, sets and references to the present', () => {
  it.each([
    ['en', 'The Almaty metropolis has been rioting for days.', 'days', 'DURATION', 'PXD'],
    ['en', 'The talks lasted more than two weeks.', 'two weeks', 'DURATION', 'P2W'],
    ['en', 'Prices have risen over the past three years.', 'the past three years', 'DURATION', 'P3Y'],
    ['en', 'The demonstrations are the largest in 30 years.', '30 years', 'DURATION', 'P30Y'],
    ['en', 'Reports are published daily.', 'daily', 'SET', 'P1D'],
    ['en', 'It had happened in the past.', 'the past', 'DATE', 'PAST_REF'],
    ['en', 'Several years ago the party was banned.', 'Several years ago', 'DATE', 'PAST_REF'],
    ['nl', 'De demonstraties zijn de grootste in dertig jaar.', 'dertig jaar', 'DURATION', 'P30Y'],
    ['nl', 'Het was dagenlang onrustig.', 'dagenlang', 'DURATION', 'PXD'],
    ['nl', 'Er wordt dagelijks gedemonstreerd.', 'dagelijks', 'SET', 'P1D'],
    ['nl', 'Het internet is nu weer beschikbaar.', 'nu', 'DATE', 'PRESENT_REF'],
    ['de', 'Die Unruhen dauern seit drei Tagen an.', 'drei Tagen', 'DURATION', 'P3D'],
    ['de', 'Es wird täglich demonstriert.', 'täglich', 'SET', 'P1D'],
    ['de', 'Jetzt ist die Lage ruhig.', 'Jetzt', 'DATE', 'PRESENT_REF'],
    ['en', 'The opposition protests every Friday.', 'every Friday', 'SET', 'XXXX-WXX-5'],
    ['nl', 'Er wordt vrijdags gedemonstreerd.', 'vrijdags', 'SET', 'XXXX-WXX-5'],
    ['de', 'Die Opposition demonstriert jeden Sonntag.', 'jeden Sonntag', 'SET', 'XXXX-WXX-7'],
    ['en', 'The siege lasted twenty-four hours.', 'twenty-four hours', 'DURATION', 'PT24H'],
    ['en', 'Troops stayed for nearly two years.', 'nearly two years', 'DURATION', 'P2Y'],
    ['en', 'The crowd left within a week.', 'a week', 'DURATION', 'P1W'],
    ['en', 'The ban lasts at least 30 days.', 'at least 30 days', 'DURATION', 'P30D'],
    ['en', 'The talks lasted 5 1/2 hours.', '5 1/2 hours', 'DURATION', 'PT5H30M'],
    ['en', 'He spent two and a half years in prison.', 'two and a half years', 'DURATION', 'P2Y6M'],
    ['en', 'The shooting lasted a minute and a half.', 'a minute and a half', 'DURATION', 'PT1M30S'],
    ['en', 'The state of emergency holds for half a year.', 'half a year', 'DURATION', 'P6M'],
    ['nl', 'De stad was vierentwintig uur zonder internet.', 'vierentwintig uur', 'DURATION', 'PT24H'],
    ['nl', 'Hij zat tweeënhalf jaar vast.', 'tweeënhalf jaar', 'DURATION', 'P2Y6M'],
    [
      'de',
      'Das Internet war vierundzwanzig Stunden gesperrt.',
      'vierundzwanzig Stunden',
      'DURATION',
      'PT24H',
    ],
    ['de', 'Er saß zweieinhalb Jahre in Haft.', 'zweieinhalb Jahre', 'DURATION', 'P2Y6M'],
  ])('[%s] “%s” reads “%s” as %s %s', (lang, sentence, text, type, value) => {
    const found = extractTimexes(sentence, { lang, dct: '2022-01-08' });
    expect(
      found.find((t) => t.text === text),
      found.map((t) => t.text).join(', '),
    ).toMatchObject({ type, value });
  });

  it('leaves fractions such as “three-quarters of” alone', () => {
    expect(extractTimexes('He won three-quarters of the vote.', { lang: 'en', dct: '2022-01-08' })).toEqual(
      [],
    );
  });
});

describe('a clock time written with “hours” after it', () => {
  it.each([
    [
      'the rescue concluded when Luis Urzua came out from the capsule Phoenix at 21:55 hours',
      '21:55',
      'T21:55',
    ],
    ['The operation began this Wednesday at 00:11 hours', '00:11', 'T00:11'],
    [
      'The Generalitat Valenciana of Carlos Mazón sent the alert to mobiles at 20:11 hours of 29 October',
      '20:11',
      '2024-10-29T20:11',
    ],
  ])('“%s” is the clock %s, no duration', (text, clock, value) => {
    const found = extractTimexes(text, { lang: 'en', dct: '2024-11-05' });
    expect(found.filter((t) => t.type === 'DURATION')).toEqual([]);
    expect(found.find((t) => t.text === clock)?.value).toMatch(new RegExp(`${value}$`));
  });
});
