/**
 * Reports of happenings in different countries are never one event, however much else they share
 * (the same kind, day and tally): what counts is the countries of their places and of the
 * countries among their actors.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../../schema/events.ts';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

const HEAD = ' date 2022-01-11 ';
const BOGOTA = 'The police said on Monday that 40 people were arrested in Bogota.';
const ALMATY = 'The police said on Monday that 40 people were arrested in Almaty.';
const NOWHERE = 'On Monday, 40 people were arrested, the police said.';
const GERMANY_EN = 'Last year, Germany issued 25 licenses for arms exports to Kazakhstan.';
const GERMANY_NL = 'Vorig jaar gaf Duitsland nog vijfentwintig exportlicenties af voor wapens.';

let file: EventFile;

beforeAll(async () => {
  file = await eventFileOf({
    'en_bogota.txt': `${HEAD}\nArrests in Colombia\n\n${BOGOTA}\n`,
    'en_almaty.txt': `${HEAD}\nArrests in Kazakhstan\n\n${ALMATY}\n`,
    'en_nowhere.txt': `${HEAD}\nArrests\n\n${NOWHERE}\n`,
    'en_licences.txt': `${HEAD}\nArms exports\n\n${GERMANY_EN}\n`,
    'nl_licenties.txt': `${HEAD}\nWapenexport\n\n${GERMANY_NL}\n`,
  });
}, 60_000);

describe('merging reports from different countries', () => {
  it('keeps forty arrested in Bogota and forty arrested in Almaty on the same day as two events', () => {
    const [bogota] = eventsFrom(file, BOGOTA);
    const [almaty] = eventsFrom(file, ALMATY);
    expect(bogota?.kind).toBe('arrest');
    expect(almaty?.kind).toBe('arrest');
    expect(bogota?.id).not.toBe(almaty?.id);
  });

  it('lets a report that names no place join at most one of them, never both', () => {
    const both = file.events.filter((e) =>
      [BOGOTA, ALMATY].every((s) => e.sources.some((source) => source.sentence === s)),
    );
    expect(both).toEqual([]);
  });

  it('still joins a report naming Germany as the actor with one naming Duitsland', () => {
    const [en] = eventsFrom(file, GERMANY_EN);
    const [nl] = eventsFrom(file, GERMANY_NL);
    expect(en?.kind).toBe('licence');
    expect(en?.id).toBe(nl?.id);
  });
});
