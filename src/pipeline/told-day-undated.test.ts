/**
 * A report with no date that tells days by their dates as past is read on the latest of them:
 * the translation from the Japanese of Shinzo Abe's funeral (July 2022), which tells "On July 11".
 */
import { describe, expect, it } from 'vitest';
import type { Sister } from './sisters.ts';
import { toldDayOfUndated } from './told-day-undated.ts';

function sister(id: string, date: string, score = 0.29): Sister {
  return { id, date, score, shared: [], members: 1 };
}

const RELATED = [sister('en_reuters_0708', '2022-07-08'), sister('de_spiegel_0715', '2022-07-15', 0.2)];

describe('the day of an undated report that tells dates as past', () => {
  it('“On July 11 the Unification Church held a press conference” beside reports of 8 to 15 July is of 11 July', () => {
    const day = toldDayOfUndated({ withYear: undefined, withoutYear: '07-11' }, RELATED, () => null);
    expect(day).toMatchObject({ date: '2022-07-11', precision: 'day', inferred: true });
  });

  it.each<[string, string | undefined, Sister[], string | null]>([
    ['a date a month from every related report', '08-20', RELATED, null],
    ['no date told', undefined, RELATED, null],
    ['no related report', '07-11', [sister('other', '2022-07-08', 0.05)], null],
    ['a day the text rules out', '07-11', RELATED, 'the text names Saturday as today'],
  ])('none where there is %s', (_why, withoutYear, sisters, conflict) => {
    expect(toldDayOfUndated({ withYear: undefined, withoutYear }, sisters, () => conflict)).toBeUndefined();
  });
});
