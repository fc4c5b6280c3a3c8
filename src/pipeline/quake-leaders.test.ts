/**
 * Turkey's and Syria's presidents, however a report writes them: "Erdoğan" in German, and a machine
 * translation's "Bashir Assad" beside "Bashar al-Assad".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { eventFileOf, eventsFrom } from './test-articles.ts';

let file: EventFile;
beforeAll(async () => {
  file = await eventFileOf({
    'en_mt.txt': [
      ' date 2023-02-13 Turkey: arrest warrants against 113 people',
      '',
      'In Syria, the ruler Bashar al-Assad visited the city of Aleppo on Friday. Syrian President Bashir Assad also agreed to open two more border crossings from Turkey for UN aid, said the UN on Monday.',
    ].join('\n'),
    'en_ap.txt': [
      ' date 2023-02-08 Anger grows over slow rescue',
      '',
      'Turkish President Recep Tayyip Erdogan visited the epicentre in Kahramanmaras on Wednesday.',
    ].join('\n'),
    'de_spiegel.txt': [
      ' date 2023-02-09 Zahl der Toten steigt',
      '',
      'Am Mittwoch hatte Präsident Erdoğan das Katastrophengebiet besucht.',
    ].join('\n'),
  });
}, 30_000);

describe('presidents named in several spellings', () => {
  it('the garbled “Bashir Assad” is Bashar al-Assad', () => {
    const [agreement] = eventsFrom(file, 'Bashir Assad');
    expect(agreement?.title).toContain('Bashar al-Assad');
    expect(agreement?.when.start).toBe('2023-02-13');
  });

  it('Erdoğan’s visit of Wednesday is one event in English and German', () => {
    const [visit, ...others] = eventsFrom(file, 'visited the epicentre');
    expect(others).toEqual([]);
    expect(visit?.title).toBe('Recep Tayyip Erdogan visits Kahramanmaraş');
    expect(visit?.when.start).toBe('2023-02-08');
    expect(visit?.sources.map((s) => s.document).sort()).toEqual(['de_spiegel', 'en_ap']);
  });
});
