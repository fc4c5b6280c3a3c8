/**
 * A day told in a main clause spliced on after a comma dates that clause's happening only: the
 * workers died on Tuesday, the day the bridge fell, though their bodies were recovered on Wednesday.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { eventFileOf, eventsFrom } from './test-articles.ts';

const ARTICLES: [string, string, string][] = [
  [
    'en',
    'A cargo ship rammed the bridge on Tuesday morning.',
    'Six workers died in the collapse, the bodies of two were recovered on Wednesday.',
  ],
  [
    'nl',
    'Een vrachtschip ramde dinsdagochtend de brug.',
    'Zes bouwvakkers kwamen om het leven, de lichamen van twee mannen werden woensdag geborgen.',
  ],
  [
    'de',
    'Ein Frachtschiff rammte am Dienstagmorgen die Brücke.',
    'Sechs Bauarbeiter kamen ums Leben, die Leichen von zwei Männern wurden am Mittwoch geborgen.',
  ],
];

let file: EventFile;
beforeAll(async () => {
  file = await eventFileOf(
    Object.fromEntries(
      ARTICLES.map(([lang, lede, sentence]) => [
        `${lang}.txt`,
        ` date 2024-03-28 Bridge\n\n${lede} ${sentence}\n`,
      ]),
    ),
  );
}, 30_000);

describe('the dead and the recovery of their bodies, told in one sentence', () => {
  it.each(ARTICLES)('[%s] after “%s”, “%s” tells deaths on Tuesday', (_, __, sentence) => {
    const deaths = eventsFrom(file, sentence).find((e) => e.kind === 'death');
    expect(deaths?.when.start.slice(0, 10)).toBe('2024-03-26');
  });

  it.each(ARTICLES)('[%s] after “%s”, “%s” tells bodies recovered on Wednesday', (_, __, sentence) => {
    const recovered = eventsFrom(file, sentence).find((e) => e.kind === 'recovery');
    expect([recovered?.title.startsWith('Bodies'), recovered?.when.start]).toEqual([true, '2024-03-27']);
  });
});
