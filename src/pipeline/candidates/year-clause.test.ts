import { describe, expect, it } from 'vitest';
import { featuresOf } from '../merge/features.ts';
import type { Timex } from '../types.ts';
import { extractCandidates } from './stage.ts';
import { article, day } from './test-helpers.ts';

/** A sentence whose only year the time stage kept from dating it, as a comparison's baseline. */
function deaths(lang: string, text: string) {
  const a = article('doc', lang, [{ text, when: day('2024-10-29', undefined, 0.5) }], '2024-10-30');
  const at = text.indexOf('1973');
  const baseline: Timex = {
    text: '1973',
    start: at,
    end: at + 4,
    type: 'DATE',
    value: '1973',
    interval: { start: '1973-01-01', end: '1973-12-31' },
    precision: 'year',
  };
  (a.sentences[0] as { timexes: Timex[] }).timexes = [baseline];
  return extractCandidates(a).filter((c) => c.kind === 'death');
}

describe('a happening told in a clause on a past year is that year’s', () => {
  it.each([
    [
      'the 150 dead of 1973 in a Wednesday wire on this week’s floods are dated 1973',
      'en',
      'It is the deadliest flood disaster in Spain since 1973, when at least 150 people died in the provinces of Granada, Murcia and Almería.',
      '1973',
    ],
    [
      'a German “seit 1973, als … ums Leben kamen” dates the dead to 1973',
      'de',
      'Es ist die schwerste Flutkatastrophe in Spanien seit 1973, als mindestens 150 Menschen ums Leben kamen.',
      '1973',
    ],
    [
      'a Dutch “sinds 1973, toen … om het leven kwamen” dates the dead to 1973',
      'nl',
      'Het is de dodelijkste overstroming in Spanje sinds 1973, toen zeker 150 mensen om het leven kwamen.',
      '1973',
    ],
    [
      'the dead of a sentence that only compares with 1973 keep the sentence’s day',
      'en',
      'At least 95 people died in the worst floods since 1973.',
      '2024-10-29',
    ],
  ])('%s', (_name, lang, text, value) => {
    expect(deaths(lang, text).map((c) => c.when.value)).toEqual([value]);
  });

  it('the merge holds the year against this week’s dead, as a year the sentence names itself', () => {
    const [old] = deaths(
      'en',
      'It is the deadliest flood disaster in Spain since 1973, when at least 150 people died in Granada.',
    );
    expect(old && featuresOf(old)).toMatchObject({ own: true, ownDated: true, coarse: true });
  });
});
