/** A weather service's alert is a happening of its own: the red alert of the morning, told in three languages. */
import { describe, expect, it } from 'vitest';
import { featuresOf } from '../merge/features.ts';
import { testCandidate } from '../merge/test-candidate.ts';
import { day, kindsAndTitles, sentence, type MentionSpec } from './test-helpers.ts';

const VALENCIA: MentionSpec = ['Valencia', 'place', 'valencia'];

describe('a weather alert issued is a warning', () => {
  it.each<[string, string, string, MentionSpec[], string]>([
    [
      'AEMET that “had issued a red alert for the Valencia region” warns Valencia',
      'en',
      'AEMET had issued a red alert for the Valencia region on Tuesday morning.',
      [VALENCIA],
      'Warning issued for Valencia',
    ],
    [
      'the Dutch KNMI that “gaf code rood af” warns',
      'nl',
      'Het KNMI gaf dinsdagavond code rood af voor de kustprovincies.',
      [],
      'Warning issued',
    ],
    [
      'a German weather service that “hatte die höchste Warnstufe Rot ausgerufen” warns',
      'de',
      'Der Wetterdienst hatte bereits am Dienstagmorgen die höchste Warnstufe Rot ausgerufen.',
      [],
      'Warning issued',
    ],
    [
      'a Dutch “code oranje” for Zeeland warns',
      'nl',
      'Het KNMI heeft voor Zeeland code oranje afgegeven.',
      [['Zeeland', 'place', 'zeeland']],
      'Warning issued for Zeeland',
    ],
  ])('%s', (_name, lang, text, mentions, title) => {
    expect(kindsAndTitles(lang, text, '2024-10-30', mentions)).toEqual([{ kind: 'warning', title }]);
  });

  it('a warning merely mentioned in a quote of “warned against” is no alert issued', () => {
    const kinds = kindsAndTitles(
      'en',
      'The minister warned against panic buying on Tuesday.',
      '2024-10-30',
      [],
    );
    expect(kinds.map((c) => c.kind)).not.toContain('warning');
  });
});

describe('the merge takes the kind as evidence', () => {
  it('a story rarely has two red alerts on one morning: a warning is a rare kind', () => {
    const when = day('2024-10-29', 'on Tuesday morning');
    const c = testCandidate(
      sentence({ text: 'AEMET issued a red alert on Tuesday morning.', times: [when] }),
      when,
      {
        kind: 'warning',
      },
    );
    expect(featuresOf(c).rare).toBe(true);
  });
});
