import { describe, expect, it } from 'vitest';
import { callsSum } from './summed-count.ts';

describe('a count summed over the story ("in all", "in totaal", "insgesamt")', () => {
  it.each<[string, string, boolean]>([
    [
      'English "in all" ending the sentence',
      'Justice Minister Flavio Dino said some 1,500 people had been detained in all.',
      true,
    ],
    ['English "In all," opening it', 'In all, more than 1,500 people were detained.', true],
    ['English "in total"', 'In total, 1,500 people were arrested, the ministry said.', true],
    ['Dutch "in totaal"', 'In totaal werden meer dan 1500 mensen opgepakt.', true],
    ['German "Insgesamt"', 'Insgesamt nahmen die Behörden mehr als 1500 Menschen fest.', true],
    [
      '"in all" before what it qualifies sums nothing',
      'Protests were held in all 27 states on Sunday.',
      false,
    ],
    ['"in all likelihood" sums nothing', 'In all likelihood the toll will rise.', false],
    ["a day's count sums nothing", 'Honderden mensen werden opgepakt.', false],
  ])('%s: %s → %s', (_name, text, sum) => {
    expect(callsSum(text)).toBe(sum);
  });
});
