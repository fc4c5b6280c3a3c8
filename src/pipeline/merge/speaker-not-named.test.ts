/**
 * A statement whose verb has no named speaker ("Many leaders of the world condemned the violence,
 * and … António Guterres said …") still names who may have spoken: not Biden, whose words the
 * sentence before told. A country it names is what was said of it ("für dessen Sicherheit die
 * US-Truppen verantwortlich seien"), no speaker of its own.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../candidates/stage.ts';
import { article, day, type SentenceSpec } from '../candidates/test-helpers.ts';
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { featuresOf } from './features.ts';
import { scoreFeatures } from './similarity.ts';

const countryOf = (id: string) => (id === 'united-states' ? 'US' : undefined);

/** The two statements of two neighbouring sentences. */
function statements(
  lang: string,
  published: string,
  specs: SentenceSpec[],
): [EventCandidate, EventCandidate] {
  const [a, b] = extractCandidates(article('story', lang, specs, published)).filter(
    (c) => c.kind === 'statement',
  );
  if (!a || !b) throw new Error('expected two statements');
  return [a, b];
}

describe('a statement that names no speaker beside one that does', () => {
  it('“… and the Secretary-General of the United Nations António Guterres said” is less like Biden’s words beside it', () => {
    const [biden, guterres] = statements('en', '2021-01-07', [
      {
        text: 'The president elected Joe Biden said in a speech that the scenes do not express America.',
        when: day('2021-01-07'),
        mentions: [['Joe Biden', 'actor', 'biden']],
      },
      {
        text: 'Many leaders of the world condemned the violence, and the Secretary-General of the United Nations António Guterres said that he is saddened.',
        when: day('2021-01-07'),
        mentions: [
          ['United Nations', 'actor', 'united-nations'],
          ['António Guterres', 'actor', 'guterres'],
        ],
      },
    ]);
    const b = featuresOf(biden, countryOf);
    const g = featuresOf(guterres, countryOf);
    expect(guterres.agent).toBeUndefined();
    expect(g.voices).toEqual(['guterres', 'united-nations']);
    expect(scoreFeatures(b, g)).toBe(scoreFeatures(b, { ...g, voices: [] }) - 2);
  });

  it('[de] “Ein Sprecher sagte, … die US-Truppen …” names no one who may have spoken', () => {
    const [spokesman] = extractCandidates(
      article(
        'story',
        'de',
        [
          {
            text: 'Ein Sprecher sagte, er habe sich in einem Gebiet ereignet, für dessen Sicherheit die US-Truppen verantwortlich seien.',
            when: day('2021-08-26'),
            mentions: [['US', 'actor', 'united-states']],
          },
        ],
        '2021-08-26',
      ),
    ).filter((c) => c.kind === 'statement');
    expect(spokesman && featuresOf(spokesman, countryOf).voices).toEqual([]);
  });
});
