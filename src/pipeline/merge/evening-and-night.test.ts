/**
 * An evening and a night of one day are one time: the protester who "died in Minsk on Monday
 * night" and the one who "kwam maandagavond in Minsk om het leven" are one death; a death of
 * Tuesday evening is another.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../../schema/events.ts';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

let file: EventFile;
beforeAll(async () => {
  file = await eventFileOf({
    'en_minsk.txt':
      ' date 2020-08-11 Protester dies in Minsk\n\nOne protester died in Minsk on Monday night.\n',
    'nl_minsk.txt':
      ' date 2020-08-13 Betoger overleden\n\nMaandagavond kwam in Minsk een betoger om het leven.\n',
    'de_minsk.txt':
      ' date 2020-08-13 Zweiter Toter\n\nAm Dienstagabend starb in Minsk ein weiterer Demonstrant.\n',
  });
}, 60_000);

describe('an evening and a night of one day', () => {
  it('the English "Monday night" and the Dutch "maandagavond" report one death', () => {
    const [en] = eventsFrom(file, 'on Monday night');
    const [nl] = eventsFrom(file, 'Maandagavond');
    expect(en?.id).toBe(nl?.id);
    expect(en?.when.start.slice(0, 10)).toBe('2020-08-10');
  });

  it('a death of Tuesday evening is another', () => {
    const [monday] = eventsFrom(file, 'on Monday night');
    const [tuesday] = eventsFrom(file, 'Am Dienstagabend');
    expect(tuesday?.id).not.toBe(monday?.id);
  });
});
