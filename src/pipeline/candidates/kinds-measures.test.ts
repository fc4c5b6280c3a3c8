/**
 * A measure in force since a day (a curfew, a ban, a state of emergency) was taken that day, and a
 * sentence that names two measures reports both: New Caledonia, May 2024, in English, Dutch and German.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from './stage.ts';
import { article, day, type SentenceSpec } from './test-helpers.ts';

const TUESDAY = '2024-05-14';
const NOUMEA = ['Noumea', 'place', 'noumea'] as const;

/** The candidates of one sentence of a report published on Wednesday 15 May 2024. */
function candidatesOfSentence(lang: string, spec: SentenceSpec) {
  return extractCandidates(article('doc', lang, [spec], '2024-05-15'));
}

describe('a measure in force since a day is dated to that day', () => {
  it.each([
    ['en', 'A curfew from 6 p.m. to 6 a.m. has been in force in Noumea since Tuesday.', 'Tuesday'],
    ['nl', 'In Noumea geldt sinds dinsdag een avondklok van 18.00 uur tot 06.00 uur.', 'dinsdag'],
    ['de', 'In Noumea gilt seit Dienstag eine nächtliche Ausgangssperre.', 'Dienstag'],
  ])('[%s] “%s” gives a curfew imposed on Tuesday 14 May, to the day', (lang, text, phrase) => {
    const [curfew] = candidatesOfSentence(lang, {
      text,
      times: [day(TUESDAY, phrase)],
      mentions: [[...NOUMEA]],
    }).filter((c) => c.kind === 'curfew');
    expect(curfew?.title).toBe('Curfew imposed in Noumea');
    expect(curfew?.when).toMatchObject({ start: TUESDAY, end: TUESDAY, precision: 'day' });
  });

  it('still dates deaths “since Monday” as a span up to publication', () => {
    const [deaths] = candidatesOfSentence('en', {
      text: 'Five people have been killed since Monday.',
      times: [day('2024-05-13', 'Monday')],
    });
    expect(deaths?.when).toMatchObject({ start: '2024-05-13', precision: 'week' });
  });
});

describe('a sentence naming two measures reports both', () => {
  it.each([
    [
      'en',
      'A curfew from 6 p.m. to 6 a.m. has been in force in Noumea since Tuesday and all gatherings are banned.',
    ],
    ['nl', 'In Noumea geldt sinds dinsdag een avondklok en alle bijeenkomsten zijn verboden.'],
    ['de', 'In Noumea gilt seit Dienstag eine Ausgangssperre und alle Versammlungen sind verboten.'],
  ])('[%s] “%s” gives a curfew and a ban, both on Tuesday', (lang, text) => {
    const phrase = text.match(/Tuesday|dinsdag|Dienstag/)?.[0];
    const found = candidatesOfSentence(lang, {
      text,
      times: [day(TUESDAY, phrase)],
      mentions: [[...NOUMEA]],
    });
    expect(found.map((c) => [c.kind, c.when.start]).sort()).toEqual([
      ['ban', TUESDAY],
      ['curfew', TUESDAY],
    ]);
  });
});
