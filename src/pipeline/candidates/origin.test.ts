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
    ['Flights from Schiphol were cancelled.', 'Schiphol', false],
    ['Troops from Russia arrived in Almaty.', 'Russia', false],
  ])('“%s”: %s names where someone comes from: %s', (text, name, expected) => {
    expect(namesOrigin(text, place(text, name))).toBe(expected);
  });
});
