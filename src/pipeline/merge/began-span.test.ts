/**
 * The protests in Kazakhstan as the seed articles date them on 8 January 2022: begun "last Sunday"
 * (2 January), going on "since the turn of the year", "last week" and "de afgelopen week". One
 * happening from that Sunday on, not four dates of it.
 */
import { describe, expect, it } from 'vitest';
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { day, sentence, week } from '../candidates/test-helpers.ts';
import type { When } from '../types.ts';
import { beganWhen } from './began-span.ts';
import { compareSources, newSource } from './sources.ts';
import { testCandidate } from './test-candidate.ts';
import { combineWhen } from './when.ts';
import { whenConflict } from './when-conflict.ts';

/** A stretch from a day to publication, as the time stage gives "since the turn of the year". */
function since(start: string, text: string): When {
  return { start, end: '2022-01-08', precision: 'day', value: start, confidence: 0.8, text };
}

let paragraphs = 0;

/** A protest told by `document` in `text`, dated by its own expression `when`. */
function told(document: string, text: string, when: When, began = false): EventCandidate {
  const s = sentence({ text, times: [when], paragraph: `p${++paragraphs}` });
  return testCandidate(s, when, { document, kind: 'protest', ...(began ? { began: true } : {}) });
}

const startedLastSunday = () =>
  told(
    '000',
    'According to the interior ministry, 26 protesters and 18 police and military personnel have been killed since the protests started last Sunday.',
    day('2022-01-02', 'last Sunday'),
    true,
  );
const sindsAfgelopenZondag = () =>
  told(
    '004',
    'Volgens het ministerie van Binnenlandse Zaken zijn er sinds de protesten afgelopen zondag begonnen 26 betogers en 18 politieagenten en militairen omgekomen.',
    day('2022-01-02', 'afgelopen zondag'),
    true,
  );
const sinceTheTurnOfTheYear = () =>
  told(
    '000',
    'Since the turn of the year, some 20,000 people have taken to the streets of Almaty.',
    since('2022-01-01', 'Since the turn of the year'),
  );
const lastWeeks = () =>
  told(
    '000',
    'Last week’s demonstrations are the largest in 30 years in Kazakhstan.',
    week('2021-12-27', '2022-01-02', '2021-W52', 'Last week'),
  );
const afgelopenWeek = () =>
  told(
    '004',
    'De demonstraties van de afgelopen week zijn de grootste in dertig jaar in Kazachstan.',
    week('2022-01-02', '2022-01-08', '2022-01-02', 'de afgelopen week'),
  );
const sinceDecember = () =>
  told(
    '005',
    'Since early December, thousands have protested against the government in Almaty.',
    since('2021-12-01', 'Since early December'),
  );

const conflict = (members: EventCandidate[]) =>
  whenConflict(members, newSource, compareSources)?.values.map((v) => v.value);

describe('the day a happening began and the spans holding it', () => {
  it.each<[string, () => EventCandidate[]]>([
    [
      '"since the protests started last Sunday" and "Since the turn of the year" tell protests since Sunday',
      () => [startedLastSunday(), sinceTheTurnOfTheYear()],
    ],
    [
      '"Last week’s demonstrations" hold that Sunday, the last of last week',
      () => [startedLastSunday(), sinceTheTurnOfTheYear(), lastWeeks()],
    ],
    [
      'the Dutch "sinds de protesten afgelopen zondag begonnen" and "de afgelopen week" tell it too',
      () => [sindsAfgelopenZondag(), afgelopenWeek(), startedLastSunday()],
    ],
  ])('%s: from 2 to 8 January, with no when conflict', (_name, members) => {
    expect(combineWhen(members())).toMatchObject({
      start: '2022-01-02',
      end: '2022-01-08',
      value: '2022-01-02',
    });
    expect(conflict(members())).toBeUndefined();
  });

  it('a span starting a month before the day it began tells another beginning: both are kept', () => {
    const members = [startedLastSunday(), sinceDecember()];
    expect(beganWhen(members)).toBeUndefined();
    expect(conflict(members)).toEqual(['2021-12-01/2022-01-08', '2022-01-02']);
  });

  it('reports of no beginning are dated as before', () => {
    expect(beganWhen([sinceTheTurnOfTheYear(), lastWeeks()])).toBeUndefined();
  });
});
