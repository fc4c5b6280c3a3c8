/**
 * A court, a parliament or a palace stormed or damaged is the building a happening befell, not an
 * actor in it; where the body acts ("the Supreme Court ordered …") it stays one.
 */
import { describe, expect, it } from 'vitest';
import { article, day, type MentionSpec } from './test-helpers.ts';
import { extractCandidates } from './stage.ts';

const bodies: MentionSpec[] = [
  ['Supreme Court', 'actor', 'supreme-court'],
  ['Oberste Gericht', 'actor', 'supreme-court'],
  ['Oberste Gerichtshof', 'actor', 'supreme-court'],
  ['hooggerechtshof', 'actor', 'supreme-court'],
  ['Bolsonaro', 'actor', 'bolsonaro'],
];
const mentionsIn = (text: string) => bodies.filter(([name]) => text.includes(name));
const kindOf = (id: string) => (id === 'supreme-court' ? 'organisation' : 'person');
const actorsOf = (lang: string, text: string) =>
  extractCandidates(
    article('doc', lang, [
      { text, times: [day('2023-01-08', text.split(' ')[0])], mentions: mentionsIn(text) },
    ]),
    { kindOf },
  ).flatMap((c) => c.actors);

describe('a body named as the building stormed or damaged', () => {
  it.each([
    [
      'en',
      'Sunday thousands of Bolsonaro supporters stormed the Congress, the Supreme Court and the presidential palace.',
    ],
    [
      'en',
      'Sunday thousands of Bolsonario supporters had stormed on Sunday the Congress, the Supreme Court and the Plateau Palace.',
    ],
    [
      'en',
      'Monday Lula met the governors, and they then walked together across the square to the damaged Supreme Court building.',
    ],
    [
      'de',
      'Sonntag hatten Tausende Anhänger von Bolsonaro den Kongress, das Oberste Gericht und den Präsidentenpalast gestürmt.',
    ],
    [
      'nl',
      'Zondag bestormden duizenden aanhangers van Bolsonaro het parlement, het hooggerechtshof en het presidentieel paleis in Brasília.',
    ],
    [
      'nl',
      'Zondag hebben duizenden aanhangers van Bolsonaro het parlement, het hooggerechtshof en het presidentieel paleis bestormd.',
    ],
  ])('[%s] “%s”: the Supreme Court is no actor', (lang, text) => {
    expect(actorsOf(lang, text)).not.toContain('supreme-court');
  });

  it.each([
    ['de', 'Dienstag hat der Oberste Gerichtshof Haftbefehl gegen den früheren Justizminister erlassen.'],
    ['nl', 'Dinsdag had het hooggerechtshof een arrestatiebevel tegen hem uitgevaardigd.'],
    ['en', 'Monday the Supreme Court ordered the camps to be cleared after protesters stormed the Congress.'],
  ])('[%s] “%s”: the court acts, an actor', (lang, text) => {
    expect(actorsOf(lang, text)).toContain('supreme-court');
  });
});
