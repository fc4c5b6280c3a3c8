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
