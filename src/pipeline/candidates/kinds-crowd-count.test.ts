/**
 * A crowd counted in the sentence after the one that told its rally: the count is that rally's,
 * police and organisers apart; the same words elsewhere count nothing.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from './stage.ts';
import { article, day, type SentenceSpec } from './test-helpers.ts';

const rally = (lang: string, text: string, count: string) => {
  const sunday = /Sunday|Sonntag|zondag/.exec(text)?.[0] ?? '';
  const specs: SentenceSpec[] = [
    { text, times: [day('2025-04-06', sunday)], paragraph: 'p1' },
    { text: count, paragraph: 'p1' },
  ];
  return extractCandidates(article('doc', lang, specs, '2025-04-06'));
};

describe('the count of a rally told in the next sentence is the rally’s', () => {
  it.each<[string, string, string, number]>([
    [
      'de',
      'Tausende haben am Sonntag in Paris demonstriert.',
      'Die Polizei zählte rund 7000 Teilnehmer.',
      7000,
    ],
    [
      'en',
      'Thousands demonstrated in Paris on Sunday.',
      'According to the police, some 7,000 people took part.',
      7000,
    ],
    [
      'nl',
      'Tienduizenden mensen demonstreerden zondag in Valencia.',
      'De organisatoren spraken van 300.000 deelnemers.',
      300000,
    ],
  ])('[%s] “%s” “%s”', (lang, text, count, value) => {
    const protests = rally(lang, text, count).filter((c) => c.kind === 'protest');
    expect(protests.at(-1)?.sentence.text).toBe(count);
    expect(protests.at(-1)?.figures.map((f) => [f.value, f.counts])).toEqual([[value, 'protesters']]);
  });

  it('[en] the same words after a sentence that told no rally count nothing', () => {
    const found = extractCandidates(
      article(
        'doc',
        'en',
        [
          {
            text: 'The summit opened in Paris on Sunday.',
            times: [day('2025-04-06', 'Sunday')],
            paragraph: 'p1',
          },
          { text: 'Some 40 countries took part.', paragraph: 'p1' },
        ],
        '2025-04-06',
      ),
    );
    expect(found.filter((c) => c.kind === 'protest')).toEqual([]);
  });
});
