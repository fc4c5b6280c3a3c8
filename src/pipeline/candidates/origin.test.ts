import { describe, expect, it } from 'vitest';
import { mentionIn } from './test-helpers.ts';
import { namesOrigin } from './origin.ts';

const place = (text: string, name: string) => mentionIn(text, name, 'place');

describe('namesOrigin', () => {
  it.each([
    [
      'De bestuurder, een 50-jarige arts uit Saoedi-Arabië, werd ter plekke aangehouden.',
      'Saoedi-Arabië',
      true,
    ],
    ['Festgenommen wurde ein 50-jähriger Arzt aus Saudi-Arabien.', 'Saudi-Arabien', true],
    ['Police arrested a man from Syria in Solingen.', 'Syria', true],
    ['Police arrested a man from Syria in Solingen.', 'Solingen', false],
    ['Gokmen Tanis, a 37-year-old born in Turkey, was arrested on Monday evening.', 'Turkey', true],
    [
      'Aan het begin van de middag verspreidde de politie een foto van Tanis, die in Turkije is geboren.',
      'Turkije',
      true,
    ],
    ['Die Polizei fahndete nach dem in der Türkei geborenen Mann.', 'Türkei', true],
    ['In Turkije werden twee mannen geboren en getogen.', 'Turkije', false],
    ['Flights from Schiphol were cancelled.', 'Schiphol', false],
    ['Troops from Russia arrived in Almaty.', 'Russia', false],
    [
      'At least 19 foreigners were among the dead, including people from Iran, China, Russia and Uzbekistan.',
      'Uzbekistan',
      true,
    ],
    [
      'Unter den Toten sind nach Angaben der Behörden auch 20 Ausländer, unter anderem aus dem Iran, China und Russland.',
      'China',
      true,
    ],
    ['Onder de doden zijn buitenlanders uit Duitsland en Japan.', 'Japan', true],
    [
      'Indian Prime Minister Narendra Modi declared a day of national mourning on Saturday, and leaders from Europe, Asia and Australia sent their condolences.',
      'Australia',
      true,
    ],
    ['Leiders uit Europa en Azië betuigden hun medeleven.', 'Azië', true],
    ['Politiker aus Europa und Asien kondolierten.', 'Asien', true],
    [
      'Australia and New Zealand sent military planes on Tuesday to evacuate hundreds of stranded tourists from New Caledonia.',
      'New Caledonia',
      false,
    ],
    ['Planes were sent to evacuate hundreds of people from New Caledonia.', 'New Caledonia', false],
  ])('“%s”: %s names where someone comes from: %s', (text, name, expected) => {
    expect(namesOrigin(text, place(text, name))).toBe(expected);
  });
});
