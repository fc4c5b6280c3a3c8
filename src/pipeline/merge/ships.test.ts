/**
 * A grounded ship pulled free, told in three languages: one refloating, one grounding, and an
 * older grounding kept apart. Short articles through the whole pipeline with the real data files.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../../schema/events.ts';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

let file: EventFile;
beforeAll(async () => {
  file = await eventFileOf({
    'en_ship.txt': [
      ' date 2021-03-30 ',
      'Stranded ship freed',
      '',
      'The container ship that ran aground in the canal on Tuesday was partially refloated in the early hours of Monday.',
      '',
      'In 2017 a Japanese ship ran aground after a mechanical failure.',
    ].join('\n'),
    'nl_schip.txt': [
      ' date 2021-03-29 ',
      'Boskalis trekt schip los',
      '',
      'Bergingsbedrijf Boskalis is er maandag in geslaagd om het containerschip vlot te trekken.',
    ].join('\n'),
    'de_schiff.txt': [
      ' date 2021-04-14 ',
      'Schiff festgesetzt',
      '',
      'Das knapp 400 Meter lange Schiff war am 23. März bei einem Sandsturm auf Grund gelaufen. Erst am 29. März gelang es Schleppern, den Frachter wieder flottzumachen.',
    ].join('\n'),
  });
}, 30_000);

describe('a ship pulled free, told in three languages', () => {
  it('the refloating in English, Dutch and German is one event on the Monday', () => {
    const [refloated, ...others] = eventsFrom(file, 'vlot te trekken');
    expect(others).toEqual([]);
    expect(refloated?.when.start).toBe('2021-03-29');
    const sentences = refloated?.sources.map((s) => s.sentence).join(' | ');
    expect(sentences).toContain('partially refloated');
    expect(sentences).toContain('flottzumachen');
  });

  it('the grounding of 2017 stays apart from the German report of this one', () => {
    for (const event of eventsFrom(file, 'In 2017')) {
      expect(event.when.start.slice(0, 4)).toBe('2017');
      expect(event.sources.map((s) => s.sentence).join(' | ')).not.toContain('auf Grund gelaufen');
    }
  });
});
