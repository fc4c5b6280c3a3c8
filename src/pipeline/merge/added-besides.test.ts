/**
 * "Auch der frühere Kommandeur der Militärpolizei wurde am Dienstag festgenommen": someone a report
 * adds with "also" is another person than the one whose warrant it told just before, so his arrest
 * is an event of its own, however close the day and the kind; the warrants of two outlets against
 * the one named person are still one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../../schema/events.ts';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

let file: EventFile;
beforeAll(async () => {
  file = await eventFileOf({
    'de_torres.txt': [
      ' date 2023-01-10 ',
      'Haftbefehl gegen Bolsonaros früheren Justizminister',
      '',
      'Der Oberste Gerichtshof hat am Dienstag Haftbefehl gegen den früheren Justizminister Anderson Torres erlassen. Torres war bis Sonntag Sicherheitschef des Hauptstadtdistrikts.',
      '',
      'Torres hält sich in den USA auf. Er kündigte an, nach Brasilien zurückzukehren.',
      '',
      'Auch der frühere Kommandeur der Militärpolizei wurde am Dienstag festgenommen.',
    ].join('\n'),
    'nl_torres.txt': [
      ' date 2023-01-10 ',
      'Arrestatiebevel tegen oud-minister Torres',
      '',
      'Het hooggerechtshof heeft dinsdag een arrestatiebevel tegen oud-minister Anderson Torres uitgevaardigd. Torres verblijft in de Verenigde Staten.',
    ].join('\n'),
  });
}, 30_000);

const documents = (e: { sources: { document: string }[] } | undefined) =>
  [...new Set(e?.sources.map((s) => s.document))].sort();

describe('a person added with "also"', () => {
  it('the warrant against Anderson Torres cites the two warrants and no other arrest', () => {
    const [warrant, ...others] = eventsFrom(file, 'Haftbefehl gegen den früheren Justizminister');
    expect(others).toEqual([]);
    expect(documents(warrant)).toEqual(['de_torres', 'nl_torres']);
    expect(warrant?.sources.some((s) => s.sentence.startsWith('Auch der'))).toBe(false);
  });

  it('“Auch der frühere Kommandeur …” is an arrest of its own, not the warrant', () => {
    const [arrest] = eventsFrom(file, 'Auch der frühere Kommandeur');
    expect(arrest?.kind).toBe('arrest');
    expect(arrest?.sources.some((s) => s.sentence.includes('Torres'))).toBe(false);
  });
});
