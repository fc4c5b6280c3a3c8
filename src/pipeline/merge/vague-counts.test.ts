import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../candidates/stage.ts';
import { article, day } from '../candidates/test-helpers.ts';
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { featuresOf } from './features.ts';
import { scoreFeatures } from './similarity.ts';

/** The one candidate of a report that tells `text` on 14 July 2024. */
function report(id: string, lang: 'en' | 'nl' | 'de', text: string): EventCandidate {
  const [c] = extractCandidates(article(id, lang, [{ text, when: day('2024-07-14') }], '2024-07-14'));
  if (!c) throw new Error(`expected a report in "${text}"`);
  return c;
}

const score = (a: EventCandidate, b: EventCandidate) => scoreFeatures(featuresOf(a), featuresOf(b));

describe('a vague count against an exact one', () => {
  it.each<[string, 'en' | 'nl' | 'de', string, string, string]>([
    [
      '"hundreds were injured" is no vaguer count of the two visitors a shooting wounded',
      'nl',
      'Honderden mensen raakten gewond.',
      'Twee bezoekers raakten zwaargewond.',
      'Zeker 500 mensen raakten gewond.',
    ],
    [
      '"Hunderte wurden verletzt" is no vaguer count of three injured',
      'de',
      'Hunderte Menschen wurden verletzt.',
      'Drei Menschen wurden verletzt.',
      'Mehr als 300 Menschen wurden verletzt.',
    ],
  ])('%s', (_, lang, vague, below, near) => {
    const a = report('a', lang, vague);
    expect(score(a, report('b', lang, below))).toBeLessThan(score(a, report('c', lang, near)));
  });

  it('"thousands of workers" may be a vaguer count of "almost 100,000": a count above it is no telling', () => {
    const a = report('a', 'nl', 'Duizenden medewerkers hebben het werk neergelegd.');
    const above = report('b', 'nl', 'Bijna 100.000 medewerkers hebben het werk neergelegd.');
    const near = report('c', 'nl', 'Zo’n 5000 medewerkers hebben het werk neergelegd.');
    expect(score(a, above)).toBe(score(a, near));
  });
});
