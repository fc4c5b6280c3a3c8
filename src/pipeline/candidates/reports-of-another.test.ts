import { describe, expect, it } from 'vitest';
import type { Mention } from '../types.ts';
import { reportsOfAnother } from './reports-of-another.ts';

/** The person `name` as the entity stage finds it in `text`. */
function person(text: string, name: string): Mention {
  const start = text.indexOf(name);
  return { text: name, start, end: start + name.length, kind: 'actor', id: 'x', resolution: 'exact' };
}

describe('a person named only as the source of what a sentence tells of another', () => {
  it.each([
    ['nl', 'Volgens politiechef Fred Westerbeke was L. geen onbekende van de politie.'],
    [
      'nl',
      'Politiechef Fred Westerbeke zei op dezelfde persconferentie dat de verdachte bekend was bij de politie.',
    ],
    ['en', 'Police chief Fred Westerbeke said the suspect had been convicted of animal cruelty in 2021.'],
    [
      'de',
      'Nach Angaben des Polizeichefs Fred Westerbeke war der Mann wegen Tierquälerei verurteilt worden.',
    ],
  ])('[%s] “%s” names him so', (_lang, text) => {
    expect(reportsOfAnother(text, person(text, 'Fred Westerbeke'))).toBe(true);
  });

  it.each([
    ['nl', 'Burgemeester Ahmed Aboutaleb sprak vanavond op een persconferentie van een zwarte dag.'],
    ['en', 'Police chief Fred Westerbeke said police did not yet know the motive.'],
    ['nl', 'Volgens Fred Westerbeke was het een zwarte dag voor de stad.'],
  ])('[%s] “%s” does not: he speaks of no other person', (_lang, text) => {
    const name = text.includes('Aboutaleb') ? 'Ahmed Aboutaleb' : 'Fred Westerbeke';
    expect(reportsOfAnother(text, person(text, name))).toBe(false);
  });
});
