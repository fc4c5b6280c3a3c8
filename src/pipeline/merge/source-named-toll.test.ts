/**
 * A death toll whose source is named ("according to the human rights group Foro Penal") befell the
 * people it counts, not its source: a dated count and an undated one of the same protests are one
 * event, their counts a conflict.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../candidates/stage.ts';
import { article, beforePublication, day, type SentenceSpec } from '../candidates/test-helpers.ts';
import { mergeCandidates } from './stage.ts';

type Report = [document: string, lang: string, published: string, spec: SentenceSpec];

const dated: Report = [
  'ap-0730',
  'en',
  '2024-07-30',
  {
    text: 'At least 11 people were killed in the protests, according to the human rights group Foro Penal.',
    when: day('2024-07-29'),
    mentions: [['Foro Penal', 'unknown', 'name:foro-penal']],
  },
];

const undated: Report[] = [
  [
    'nos-0802',
    'nl',
    '2024-08-02',
    {
      text: 'Bij de protesten na de verkiezingen kwamen volgens mensenrechtenorganisaties zeker twaalf mensen om het leven.',
      when: beforePublication('2024-08-02'),
    },
  ],
  [
    'spiegel-0802',
    'de',
    '2024-08-02',
    {
      text: 'Nach Angaben der Menschenrechtsgruppe Foro Penal wurden bei den Protesten mindestens zwölf Menschen getötet.',
      when: beforePublication('2024-08-02'),
      mentions: [['Foro Penal', 'unknown', 'name:foro-penal']],
    },
  ],
];

describe('a toll told with its source', () => {
  it.each(undated.map((r) => [r[0], r] as const))(
    'the undated count of %s joins the dated count of 11 as a conflict',
    (_, report) => {
      const deaths = mergeCandidates(
        [dated, report].flatMap(([id, lang, published, spec]) =>
          extractCandidates(article(id, lang, [spec], published)),
        ),
      ).filter((e) => e.kind === 'death');
      expect(deaths).toHaveLength(1);
      expect(deaths[0]?.when.start).toBe('2024-07-29');
      expect(deaths[0]?.figures.map((f) => f.value).sort((a, b) => a - b)).toEqual([11, 12]);
    },
  );
});
