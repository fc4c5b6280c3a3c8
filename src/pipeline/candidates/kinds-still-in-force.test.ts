/**
 * What remains in force is no new measure: "De avondklok blijft wel van kracht", "Ook het vliegveld
 * blijft voorlopig dicht", "Der Flughafen bleibt geschlossen" impose no curfew and close no
 * airport on the day they are told, while the closing and the imposing still are events.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('a curfew or an airport closure that remains', () => {
  it.each([
    ['nl', 'De avondklok blijft wel van kracht.'],
    ['nl', 'Ook het vliegveld blijft voorlopig dicht.'],
    ['de', 'Der Flughafen La Tontouta bleibt geschlossen, Tausende Touristen sitzen fest.'],
    ['en', 'The international airport remains closed to commercial flights.'],
  ])('[%s] “%s” is no event', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2024-05-28')).toEqual([]);
  });

  it.each([
    ['nl', 'Het vliegveld ging maandag dicht.', 'disruption'],
    ['de', 'Der Flughafen wurde am Montag geschlossen.', 'disruption'],
    ['nl', 'De regering stelde dinsdag een avondklok in.', 'curfew'],
  ])('[%s] “%s” still is a %s', (lang, text, kind) => {
    expect(kindsAndTitles(lang, text, '2024-05-14').map((k) => k.kind)).toContain(kind);
  });
});
