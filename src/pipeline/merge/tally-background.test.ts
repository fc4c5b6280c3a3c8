/**
 * A running toll counts the dead of the days before its report: a background sentence that dates
 * an older disaster with the same figure to its year is another happening.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../../schema/events.ts';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

let file: EventFile;
beforeAll(async () => {
  file = await eventFileOf({
    'en_quake.txt': [
      ' date 2023-02-06 Powerful earthquake kills more than 2,300 in Turkey and Syria',
      '',
      'A 7.8 magnitude earthquake struck southern Turkey and northern Syria before dawn on Monday, killing more than 2,300 people.',
      '',
      'In 1999 an earthquake of similar strength near Izmit killed more than 17,000 people in northwestern Turkey.',
    ].join('\n'),
    'de_beben.txt': [
      ' date 2023-02-09 Zahl der Toten steigt auf mehr als 17.000',
      '',
      'Drei Tage nach den schweren Erdbeben im Grenzgebiet zwischen der Türkei und Syrien ist die Zahl der Toten auf mehr als 17.000 gestiegen. Allein in der Türkei kamen nach Angaben der Behörden 14.014 Menschen ums Leben.',
    ].join('\n'),
  });
}, 30_000);

describe('a death toll and a disaster of 1999 with the same figure', () => {
  it('the German toll of 17,000 is counted with this week’s dead, not dated to 1999', () => {
    for (const event of eventsFrom(file, 'auf mehr als 17.000 gestiegen')) {
      expect(event.when.start.slice(0, 4)).toBe('2023');
      expect(event.sources.map((s) => s.sentence).join(' | ')).not.toContain('In 1999');
    }
  });

  it('the Izmit dead of 1999 stay in 1999', () => {
    const events = eventsFrom(file, 'In 1999 an earthquake');
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(event.when.start.slice(0, 4)).toBe('1999');
  });
});
