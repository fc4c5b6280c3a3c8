/**
 * A time in a relative clause dates the clause's happening, not the one the sentence reports: Yoon
 * lifted martial law on Wednesday, though the clause on it says when he had declared it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { eventFileOf, eventsFrom } from './test-articles.ts';

const WITH_DAY: [string, string][] = [
  ['en', 'Early on Wednesday, Yoon lifted the martial law which he had declared on Tuesday night.'],
  ['nl', 'Yoon heeft woensdagochtend de staat van beleg die hij gisteravond afkondigde weer ingetrokken.'],
  ['de', 'Am Mittwochmorgen hob Yoon das Kriegsrecht, das er am Dienstagabend verhängt hatte, wieder auf.'],
];
const WITHOUT_DAY: [string, string][] = [
  ['en', 'Yoon lifted the martial law he had declared on Tuesday night.'],
  ['nl', 'President Yoon heeft de staat van beleg die hij gisteravond afkondigde weer ingetrokken.'],
  ['de', 'Yoon hob das Kriegsrecht, das er am Dienstagabend verhängt hatte, wieder auf.'],
];

const article = (sentence: string) => ` date 2024-12-04 Report\n\n${sentence}\n`;

let withDay: EventFile;
let withoutDay: EventFile;
beforeAll(async () => {
  withDay = await eventFileOf(Object.fromEntries(WITH_DAY.map(([lang, s]) => [`${lang}.txt`, article(s)])));
  withoutDay = await eventFileOf(
    Object.fromEntries(WITHOUT_DAY.map(([lang, s]) => [`${lang}.txt`, article(s)])),
  );
}, 30_000);

describe('martial law lifted, with a clause on when it was declared', () => {
  it.each(WITH_DAY)('[%s] “%s” is lifted on Wednesday morning', (_, sentence) => {
    const lifted = eventsFrom(withDay, sentence).find((e) => e.title.endsWith('lifts martial law'));
    expect([lifted?.when.start, lifted?.when.precision]).toEqual(['2024-12-04', 'part-of-day']);
  });

  it.each(WITHOUT_DAY)('[%s] “%s” is lifted before publication, not on Tuesday evening', (_, sentence) => {
    const lifted = eventsFrom(withoutDay, sentence).find((e) => e.title.endsWith('lifts martial law'));
    expect([lifted?.when.end, lifted?.when.precision]).toEqual(['2024-12-04', 'before-publication']);
  });
});

const LENT: [string, string, string][] = [
  [
    'en',
    'The prosecutor has ordered the detention of eight officials.',
    'They are suspected of negligence in the upkeep of the dams which collapsed on the night of 10 to 11 September.',
  ],
  [
    'nl',
    'De procureur-generaal heeft acht functionarissen in voorarrest laten nemen.',
    'Zij worden verdacht van nalatigheid bij het onderhoud van de dammen die in de nacht van 10 op 11 september bezweken.',
  ],
  [
    'de',
    'Die Polizei hat auf Anordnung des Generalstaatsanwalts acht Beamte festgenommen.',
    'Ihnen wird Fahrlässigkeit bei der Wartung der Dämme vorgeworfen, die in der Nacht zum 11. September gebrochen waren.',
  ],
];

describe('a time in the relative clause of the next sentence', () => {
  it.each(LENT)('[%s] “%s” is not dated by the clause of “%s”', async (lang, arrest, next) => {
    const file = await eventFileOf({ [`${lang}.txt`]: ` date 2023-09-26 Report\n\n${arrest} ${next}\n` });
    const detained = eventsFrom(file, arrest).find((e) => e.kind === 'arrest');
    expect([detained?.when.end, detained?.when.precision]).toEqual(['2023-09-26', 'before-publication']);
  });
});
