/**
 * A party official who stepped down and a group of ambassadors who resigned on the same Friday
 * resigned twice: a resignation of ministers or diplomats, told as a group, is another than one
 * person's (lexicon `apartIf`).
 */
import { describe, expect, it } from 'vitest';
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { candidatesOfSentence, day, type SentenceSpec } from '../candidates/test-helpers.ts';
import { mergeCandidates } from './stage.ts';

function resignation(document: string, lang: string, spec: SentenceSpec): EventCandidate {
  const found = candidatesOfSentence(lang, spec).find((c) => c.kind === 'resignation');
  if (!found) throw new Error(`no resignation in "${spec.text}"`);
  return { ...found, document };
}

describe('a group resigning and one person resigning on the same day', () => {
  // "also stepped down" takes its day from the sentence before; reports that both date themselves to
  // the day may tell one resignation ("two ministers resigned", "Gewessler resigned").
  it('the ambassadors who "traden af" and the party director who "also stepped down" resigned twice', () => {
    const events = mergeCandidates([
      resignation('a', 'nl', {
        text: 'Vrijdag traden meerdere Georgische ambassadeurs af uit protest, onder wie de ambassadeurs in Nederland en Italië.',
        times: [day('2024-11-29', 'Vrijdag')],
      }),
      resignation('b', 'en', {
        text: "The party's federal managing director, Carsten Reymann, also stepped down.",
        when: day('2024-11-29'),
        mentions: [['Carsten Reymann', 'actor', 'reymann']],
      }),
    ]);
    expect(events.map((e) => e.title).sort()).toEqual(['Carsten Reymann resigns', 'Diplomats resign']);
  });

  it('two reports of the ambassadors resigning are one', () => {
    const events = mergeCandidates([
      resignation('a', 'nl', {
        text: 'Vrijdag traden meerdere Georgische ambassadeurs af uit protest.',
        times: [day('2024-11-29', 'Vrijdag')],
      }),
      resignation('b', 'en', {
        text: 'Several Georgian ambassadors resigned on Friday.',
        times: [day('2024-11-29', 'on Friday')],
      }),
    ]);
    expect(events.map((e) => e.title)).toEqual(['Diplomats resign']);
  });
});
