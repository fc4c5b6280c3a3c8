/**
 * The steps of one case told by two outlets: the German report's bare "Die beiden waren am
 * Samstagabend festgenommen worden", which names no place, is the arrest the English report tells
 * in Lyon that evening (an arrest is told apart by whom it befell, not where); the charges brought
 * days later against the same two are a step of their own, not the arrest told again.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../../schema/events.ts';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

let file: EventFile;
beforeAll(async () => {
  file = await eventFileOf({
    'en_lyon.txt': [
      ' date 2025-03-09 ',
      'Two arrested over theft of paintings from Lyon museum',
      '',
      'Police have arrested two suspects over the theft of three paintings from the Musée des Beaux-Arts, prosecutor Thierry Dran said. The men were taken into custody in Lyon on Saturday evening.',
      '',
      'The paintings, worth 12 million euros, are still missing.',
    ].join('\n'),
    'de_lyon.txt': [
      ' date 2025-03-13 ',
      'Gemälderaub in Lyon: Zwei Verdächtige angeklagt',
      '',
      'Nach dem Raub von drei Gemälden aus dem Musée des Beaux-Arts in Lyon sind zwei Verdächtige am Mittwoch angeklagt worden, teilte Staatsanwalt Thierry Dran mit.',
      '',
      'Die beiden waren am Samstagabend festgenommen worden. Die Gemälde im Wert von 12 Millionen Euro fehlen weiter.',
    ].join('\n'),
  });
}, 30_000);

describe('an arrest and the charges after it', () => {
  it('the German arrest that names no place is the English arrest in Lyon that evening', () => {
    const [arrest, ...others] = eventsFrom(file, 'am Samstagabend festgenommen');
    expect(others).toEqual([]);
    expect(arrest?.when.value).toBe('2025-03-08TEV');
    expect([...new Set(arrest?.sources.map((s) => s.document))].sort()).toEqual(['de_lyon', 'en_lyon']);
  });

  it('the charges of Wednesday against the same two are an event of their own', () => {
    const [charges] = eventsFrom(file, 'am Mittwoch angeklagt');
    expect(charges?.when.start.slice(0, 10)).toBe('2025-03-12');
    expect(charges?.sources.map((s) => s.document)).toEqual(['de_lyon']);
  });
});
