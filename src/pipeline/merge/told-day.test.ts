/** A toll dated only to the month it covers takes the day a report told it on. */
import { describe, expect, it } from 'vitest';
import { day, sentence } from '../candidates/test-helpers.ts';
import type { When } from '../types.ts';
import { mergeCandidates } from './stage.ts';
import { testCandidate } from './test-candidate.ts';
import { toldDayWithin } from './told-day.ts';

function month(text: string): When {
  return {
    start: '2022-01-01',
    end: '2022-01-31',
    precision: 'month',
    value: '2022-01',
    text,
    confidence: 0.85,
  };
}

function toll(text: string, times: When[], document: string, index: number, kind = 'death') {
  const s = sentence({ text, times, paragraph: `p${index}` }, index);
  return testCandidate(s, month(times[0]?.text ?? ''), {
    document,
    kind,
    title: '225 people killed',
    figures: [{ value: 225, counts: 'people killed', text: '225', qualifier: 'exact' }],
  });
}

const reuters = toll(
  "Kazakhstan said on Saturday that 225 people had been killed during this month's unrest.",
  [month("this month's"), day('2022-01-15', 'on Saturday')],
  'en_reuters_0115',
  0,
);
const dpa = toll(
  'Bei den Unruhen Anfang Januar waren nach offiziellen Angaben 225 Menschen getötet worden.',
  [month('Anfang Januar')],
  'de_dpa_0118',
  1,
);

describe('a toll told on a day of the month it covers', () => {
  it('Reuters’ “said on Saturday that 225 people had been killed during this month’s unrest” dates the toll Saturday 15 January', () => {
    const [event] = mergeCandidates([dpa, reuters]);
    expect(event?.when.start).toBe('2022-01-15');
    expect(event?.when.precision).toBe('day');
    expect(event?.when.text).toBe('on Saturday');
  });

  it('dpa’s “bei den Unruhen Anfang Januar” alone tells no day: the toll keeps the month', () => {
    expect(toldDayWithin([dpa], dpa.when)).toBeUndefined();
    expect(mergeCandidates([dpa])[0]?.when.value).toBe('2022-01');
  });

  it('a statement dated to the month is no count: no day of its saying dates it', () => {
    const said = { ...reuters, kind: 'statement' };
    expect(toldDayWithin([said], said.when)).toBeUndefined();
  });

  it('a day outside the month the toll covers dates nothing', () => {
    const later = toll(
      'The ministry said on 3 February that 225 people had been killed in January.',
      [month('January'), day('2022-02-03', 'on 3 February')],
      'wire',
      2,
    );
    expect(toldDayWithin([later], later.when)).toBeUndefined();
  });
});
