/**
 * Evacuees named as a country's people, with no one named who took them out ("Een eerste groep
 * Nederlanders is uit Soedan geëvacueerd"), were evacuated by their own country: no part of
 * another country's airlift told the same day.
 */
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

const BUNDESWEHR =
  'Die Bundeswehr hat seit Sonntag mehr als 700 Menschen aus dem umkämpften Sudan ausgeflogen.';

describe('evacuees of one country', () => {
  it.each([
    ['nl', 'Een eerste groep Nederlanders is uit Soedan geëvacueerd.'],
    ['en', 'A first group of Dutch nationals has been evacuated from Sudan.'],
    ['de', 'Eine erste Gruppe Niederländer wurde aus dem Sudan evakuiert.'],
  ])('[%s] “%s” is no part of the Bundeswehr’s 700', async (lang, sentence) => {
    const file = await eventFileOf({
      'de_bundeswehr.txt': ` date 2023-04-25 Bericht\n\n${BUNDESWEHR}\n`,
      [`${lang}_dutch.txt`]: ` date 2023-04-24 Report\n\n${sentence}\n`,
    });
    const [airlift] = eventsFrom(file, BUNDESWEHR);
    expect(airlift?.sources.map((s) => s.document)).toEqual(['de_bundeswehr']);
    expect(eventsFrom(file, sentence).map((e) => e.kind)).toContain('evacuation');
  });
});
