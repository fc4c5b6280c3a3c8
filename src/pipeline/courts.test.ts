/**
 * A country's supreme court, as Dutch and German reports name it ("het Hooggerechtshof", "das
 * Oberste Gericht"), is the Supreme Court of the alias table; their reports of its ruling on one
 * day are one event.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { actorNames, eventFileOf, eventsFrom } from './test-articles.ts';

const DUTCH = 'Het Hooggerechtshof van Bangladesh heeft zondag het grootste deel van de quota geschrapt.';
const GERMAN =
  'Künftig sollen 93 Prozent der Stellen nach Leistung vergeben werden, entschied das Oberste Gericht am Sonntag.';

let file: EventFile;
beforeAll(async () => {
  file = await eventFileOf({
    'nl_court.txt': ` date 2024-07-21 Hof schrapt quota\n\n${DUTCH} Honderden mensen raakten gewond in Dhaka.`,
    'de_court.txt': ` date 2024-07-21 Gericht kippt Quote\n\n${GERMAN} In Dhaka patrouillierten Soldaten.`,
  });
});

describe('a supreme court’s ruling told in Dutch and German', () => {
  it('is one event on the day, citing both reports', () => {
    const [dutch] = eventsFrom(file, DUTCH);
    expect(dutch).toMatchObject({ kind: 'ruling', when: { start: '2024-07-21' } });
    expect(eventsFrom(file, GERMAN)).toEqual([dutch]);
  });

  it('names the Supreme Court', () => {
    const [event] = eventsFrom(file, DUTCH);
    expect(event && actorNames(file, event)).toContain('Supreme Court');
  });
});
