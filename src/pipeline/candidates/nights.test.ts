/**
 * "De afgelopen twee nachten vier doden": the nights are a stretch of time, so the only count of
 * the dead is four, not a conflict between two and four.
 */
import { describe, expect, it } from 'vitest';
import { extractTimexes } from '../time/extract.ts';
import { extractCandidates } from './stage.ts';
import { article } from './test-helpers.ts';

function deathFigures(lang: string, text: string): number[] {
  const doc = article('doc', lang, [{ text }], '2024-05-15');
  const s = doc.sentences[0];
  if (s) s.timexes = extractTimexes(text, { lang, dct: '2024-05-15' });
  return extractCandidates(doc)
    .filter((c) => c.kind === 'death')
    .flatMap((c) => c.figures.map((f) => f.value));
}

describe('nights of rioting are no count of the dead', () => {
  it.each([
    [
      'nl',
      'In het Franse overzeese gebiedsdeel zijn bij rellen de afgelopen twee nachten vier doden gevallen, onder wie een gendarme.',
    ],
    ['en', 'Two nights of rioting in the Pacific territory left four people dead, including a gendarme.'],
    [
      'de',
      'In den vergangenen zwei Nächten wurden bei Krawallen vier Menschen getötet, darunter ein Gendarm.',
    ],
  ])('[%s] “%s” counts four dead', (lang, text) => {
    expect(deathFigures(lang, text)).toEqual([4]);
  });

  it.each([
    ['en', 'The rioting went on for two nights.', 'two nights'],
    ['nl', 'Er waren de afgelopen twee nachten rellen.', 'de afgelopen twee nachten'],
    ['de', 'In den vergangenen zwei Nächten gab es Krawalle.', 'den vergangenen zwei Nächten'],
  ])('[%s] “%s” reads “%s” as a stretch of two days', (lang, text, phrase) => {
    const found = extractTimexes(text, { lang, dct: '2024-05-15' });
    expect(found.map((t) => [t.text, t.value])).toContainEqual([phrase, 'P2D']);
  });
});
