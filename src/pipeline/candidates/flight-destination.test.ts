import { describe, expect, it } from 'vitest';
import { mentionIn } from './test-helpers.ts';
import { namesFlightDestination } from './flight-destination.ts';

const place = (text: string, name: string) => mentionIn(text, name, 'place');

describe('namesFlightDestination', () => {
  it.each([
    [
      'One of them was arrested at Paris-Charles de Gaulle airport shortly before he wanted to board a plane to Algeria.',
      'Algeria',
      true,
    ],
    [
      'Een van hen werd op Schiphol aangehouden toen hij op het punt stond een vliegtuig naar Marokko te nemen.',
      'Marokko',
      true,
    ],
    [
      'Einer der Männer wurde am Flughafen festgenommen, als er in ein Flugzeug nach Algerien steigen wollte.',
      'Algerien',
      true,
    ],
    ['The president flew to Moscow on Sunday.', 'Moscow', false],
    ['Police arrested two men in Paris before their flight.', 'Paris', false],
  ])('“%s”: %s is only where a flight was bound: %s', (text, name, expected) => {
    expect(namesFlightDestination(text, place(text, name))).toBe(expected);
  });
});
