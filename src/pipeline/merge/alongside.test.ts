/** Sentences that tell the same rare happening beside theirs tell the same news. */
import { describe, expect, it } from 'vitest';
import { day, sentence } from '../candidates/test-helpers.ts';
import type { When } from '../types.ts';
import { rareAlongside } from './alongside.ts';
import { mergeCandidates } from './stage.ts';
import { testCandidate } from './test-candidate.ts';

const REUTERS =
  "He said the country's borders were closed, a nationwide curfew was imposed and all institutions of the republic were suspended.";
const NOS =
  'Een groep van tien militairen maakte woensdagavond laat bekend dat de grenzen zijn gesloten en dat er een avondklok van kracht is.';
const SPIEGEL = 'Die Junta ließ am Mittwoch die Grenzen schließen.';

const evening: When = {
  start: '2023-07-26T18:00',
  end: '2023-07-26T23:59',
  precision: 'part-of-day',
  value: '2023-07-26TEV',
  confidence: 0.9,
  text: 'woensdagavond',
};

function told(document: string, text: string, when: When, kinds: string[], actors: string[] = []) {
  const s = sentence(when.text ? { text, times: [when] } : { text, when });
  return kinds.map((kind) =>
    testCandidate(s, when, {
      document,
      kind,
      title: kind === 'curfew' ? 'Curfew imposed' : 'Borders closed',
      actors,
    }),
  );
}

const reuters = told('reuters', REUTERS, day('2023-07-26'), ['border-closure', 'curfew'], ['abdramane']);
const nos = told('nos', NOS, evening, ['border-closure', 'curfew']);

function sourcesOfBorders(candidates: ReturnType<typeof told>): string[][] {
  return mergeCandidates(candidates)
    .filter((e) => e.kind === 'border-closure')
    .map((e) => e.sources.map((s) => s.document).sort());
}

describe('happenings told beside a rare one', () => {
  it.each<[string, ReturnType<typeof told>, string[][]]>([
    [
      'borders closed in the sentences of the same curfew, one dated by its paragraph and one by “woensdagavond”, are one closure',
      [...reuters, ...nos],
      [['nos', 'reuters']],
    ],
    [
      'borders closed told without the curfew beside them stay two reports, for all the same day says',
      [...reuters.filter((c) => c.kind !== 'curfew'), ...nos.filter((c) => c.kind !== 'curfew')],
      [['reuters'], ['nos']],
    ],
    [
      'a closure told beside the curfew and one told alone are not joined by it',
      [...reuters, ...told('spiegel', SPIEGEL, day('2023-07-26', 'am Mittwoch'), ['border-closure'])],
      [['reuters'], ['spiegel']],
    ],
  ])('%s', (_, candidates, expected) => {
    expect(sourcesOfBorders(candidates)).toEqual(expected);
  });

  it('lists for each report only the other rare kinds of its sentence', () => {
    const alongside = rareAlongside([...reuters, ...nos]);
    expect(reuters.map((c) => alongside.get(c) ?? [])).toEqual([['curfew'], []]);
  });
});
