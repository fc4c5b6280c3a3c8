/**
 * Rail workers who walked off the job and thousands who marched in the same city on the same day
 * are a strike and a march: only a report that names a strike tells the strike.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../candidates/stage.ts';
import { article, day, type MentionSpec } from '../candidates/test-helpers.ts';
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { featuresOf } from './features.ts';
import { scoreFeatures, THRESHOLD } from './similarity.ts';

/** The protest a sentence tells, dated to Thursday by its weekday `when`. */
function protestOf(
  id: string,
  lang: string,
  text: string,
  when: string,
  mentions: MentionSpec[],
): EventCandidate {
  const found = extractCandidates(
    article(id, lang, [{ text, times: [day('2023-03-02', when)], mentions }], '2023-03-03'),
  ).find((c) => c.kind === 'protest');
  if (!found) throw new Error(`no protest in "${text}"`);
  return found;
}

const STRIKE = protestOf(
  'ap',
  'en',
  'On Thursday Greek rail workers in Athens walked off the job.',
  'Thursday',
  [['Athens', 'place', 'athens']],
);

describe('a strike and a march in one city on one day', () => {
  it.each<[string, string, string, string, MentionSpec[]]>([
    [
      'a German march of thousands',
      'de',
      'Am Donnerstag demonstrierten in Athen erneut Tausende Menschen.',
      'Donnerstag',
      [['Athen', 'place', 'athens']],
    ],
    [
      'a Dutch march of thousands',
      'nl',
      'Donderdag gingen in Athene duizenden mensen de straat op.',
      'Donderdag',
      [['Athene', 'place', 'athens']],
    ],
  ])('are two happenings: %s is no strike', (_, lang, text, when, mentions) => {
    const march = protestOf('march', lang, text, when, mentions);
    expect(scoreFeatures(featuresOf(STRIKE), featuresOf(march))).toBeLessThan(THRESHOLD);
  });

  it('a Dutch report of the strike in Athens that day is the same strike', () => {
    const strike = protestOf(
      'nos',
      'nl',
      'Donderdag legde het spoorwegpersoneel in Athene het werk neer.',
      'Donderdag',
      [['Athene', 'place', 'athens']],
    );
    expect(scoreFeatures(featuresOf(STRIKE), featuresOf(strike))).toBeGreaterThanOrEqual(THRESHOLD);
  });
});
