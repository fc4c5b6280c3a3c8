import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../../schema/events.ts';
import { eventFileOf, eventsFrom } from '../test-articles.ts';
import { magnitudeOf } from './magnitudes.ts';

describe('the magnitude a sentence gives', () => {
  it.each([
    ['A 7.8 magnitude earthquake struck southern Turkey before dawn on Monday.', 78],
    ['Hours later, a second earthquake of magnitude 7.5 struck near Elbistan.', 75],
    ['A magnitude-6.4 quake hit Hatay province.', 64],
    ['De eerste aardbeving, met een kracht van 7,8, vond gisteren plaats.', 78],
    ['Das Beben der Stärke 6,4 ereignete sich am Montagabend.', 64],
    ['The quake hit at a depth of about 18 km.', undefined],
    ['Die Stärke der Regierung liegt in ihrer Mehrheit.', undefined],
  ])('“%s” gives %s tenths', (text, tenths) => {
    expect(magnitudeOf(text)).toBe(tenths);
  });
});

let file: EventFile;
beforeAll(async () => {
  file = await eventFileOf({
    'en_quake.txt': [
      ' date 2023-02-06 Powerful earthquake hits Turkey and Syria',
      '',
      'A 7.8 magnitude earthquake struck southern Turkey and northern Syria before dawn on Monday.',
      '',
      'The quake hit at 4:17 a.m. near the city of Gaziantep, the U.S. Geological Survey said.',
      '',
      'Hours later, a second earthquake of magnitude 7.5 struck near Elbistan, about 100 km to the north.',
    ].join('\n'),
    'nl_beving.txt': [
      ' date 2023-02-07 Dodental aardbeving Turkije stijgt',
      '',
      'De eerste aardbeving, met een kracht van 7,8, vond gisteren om 04.17 uur lokale tijd plaats in de buurt van Gaziantep.',
      'Negen uur later volgde een tweede zware beving met een kracht van 7,5 bij Elbistan.',
    ].join('\n'),
  });
}, 30_000);

describe('two earthquakes of one day', () => {
  it('the 7.5 quake near Elbistan is an event of its own on Monday, told in English and Dutch', () => {
    const [second, ...others] = eventsFrom(file, 'magnitude 7.5');
    expect(others).toEqual([]);
    expect(second?.when.start.slice(0, 10)).toBe('2023-02-06');
    const sentences = second?.sources.map((s) => s.sentence).join(' | ') ?? '';
    expect(sentences).toContain('kracht van 7,5');
    expect(sentences).not.toContain('7.8');
    expect(sentences).not.toContain('7,8');
  });

  it('the 7.8 quake before dawn keeps its time, 04:17', () => {
    const [first] = eventsFrom(file, '7.8 magnitude');
    expect(first?.when.start).toBe('2023-02-06T04:17');
    expect(first?.sources.map((s) => s.sentence).join(' | ')).toContain('kracht van 7,8');
  });
});
