/** Where the grievance lies is no place of the protest or strike against it. */
import { describe, expect, it } from 'vitest';
import { namesGrievance } from './grievance.ts';
import { mentionIn } from './test-helpers.ts';

describe('a place of the grievance protested against', () => {
  it.each<[string, string, string, boolean]>([
    [
      'a Dutch strike "uit protest tegen de treinramp bij Larissa" is not at Larissa',
      'Het spoorwegpersoneel legt 24 uur het werk neer uit protest tegen de treinramp bij Larissa, waarbij zeker 43 mensen om het leven kwamen.',
      'Larissa',
      true,
    ],
    [
      'an English strike "in protest at the rail crash near Larissa" is not at Larissa',
      'Rail workers went on strike on Thursday in protest at the rail crash near Larissa.',
      'Larissa',
      true,
    ],
    [
      'a German strike "aus Protest gegen das schwere Zugunglück bei Larissa" is not at Larissa',
      'Die Eisenbahner streikten am Donnerstag aus Protest gegen das schwere Zugunglück bei Larissa.',
      'Larissa',
      true,
    ],
    [
      'anger "over the deadliest rail disaster in Tempi" lies in Tempi, the protest does not',
      'Thousands marched in Athens on Sunday in anger over the deadliest rail disaster in Tempi.',
      'Tempi',
      true,
    ],
    [
      'the city the protesters marched in is the protest’s',
      'Thousands marched in Athens on Sunday in anger over the deadliest rail disaster in Tempi.',
      'Athens',
      false,
    ],
    [
      'a protest "against the government in Athens" takes place there',
      'Protests against the government spread on Friday to Thessaloniki.',
      'Thessaloniki',
      false,
    ],
  ])('%s', (_name, text, name, expected) => {
    expect(namesGrievance(text, mentionIn(text, name, 'place'))).toBe(expected);
  });
});
