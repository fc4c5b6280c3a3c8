/**
 * People found dead ("dood aangetroffen", "tot aufgefunden"), passengers freed from stranded trains
 * ("uit gestrande treinen gehaald", "aus liegengebliebenen Zügen befreit") and proceedings opened
 * ("Das Verfahren war … eröffnet worden"), in articles of Wednesday 30 April 2025.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { eventFileOf, eventsFrom, sentenceArticles } from './test-articles.ts';

const SENTENCES: [string, string][] = [
  ['en_dead.txt', 'Three members of a family were found dead in Galicia on Tuesday morning.'],
  ['nl_dead.txt', 'In Galicië zijn dinsdagochtend drie leden van een familie dood aangetroffen.'],
  ['de_dead.txt', 'In Galicien wurden am Dienstagmorgen drei Mitglieder einer Familie tot aufgefunden.'],
  [
    'nl_trains.txt',
    'Volgens het ministerie zijn maandag ruim 35.000 reizigers uit gestrande treinen gehaald.',
  ],
  ['de_trains.txt', 'Rund 30.000 Bahnreisende mussten am Montag aus liegengebliebenen Zügen befreit werden.'],
  ['de_court.txt', 'Das Verfahren gegen die Betreiber war am Dienstag eröffnet worden.'],
];

let file: EventFile;
beforeAll(async () => {
  file = await eventFileOf(sentenceArticles(SENTENCES, '2025-04-30'));
}, 30_000);

describe('the found dead, the freed and proceedings opened', () => {
  it.each<[string, string, string, number | undefined]>([
    ['found dead in Galicia', 'death', '2025-04-29', 3],
    ['dood aangetroffen', 'death', '2025-04-29', 3],
    ['tot aufgefunden', 'death', '2025-04-29', 3],
    ['uit gestrande treinen gehaald', 'rescue', '2025-04-28', 35000],
    ['aus liegengebliebenen Zügen befreit', 'rescue', '2025-04-28', 30000],
    ['Das Verfahren gegen die Betreiber', 'investigation', '2025-04-29', undefined],
  ])('“%s” is a %s on %s', (words, kind, day, count) => {
    const [event] = eventsFrom(file, words);
    expect(event?.kind).toBe(kind);
    expect(event?.when.start.slice(0, 10)).toBe(day);
    if (count !== undefined) expect(event?.figures.map((f) => f.value)).toContain(count);
  });
});
