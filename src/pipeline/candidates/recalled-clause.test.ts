import { describe, expect, it } from 'vitest';
import { recalledInClause } from './recalled-clause.ts';

describe('a happening told in a relative clause on a definite noun', () => {
  it.each<[string, string, boolean]>([
    [
      'The co-pilot of the Germanwings jet that crashed in the French Alps deliberately sent the plane into a mountain, a French prosecutor said Thursday.',
      'crashed',
      true,
    ],
    [
      'De copiloot van het toestel dat dinsdag in de Alpen neerstortte, bracht het vliegtuig opzettelijk omlaag, zei de aanklager donderdag.',
      'neerstortte',
      true,
    ],
    [
      'Der Kopilot der Maschine, die in den französischen Alpen abstürzte, hat den Absturz absichtlich herbeigeführt, sagte der Staatsanwalt am Donnerstag.',
      'abstürzte',
      true,
    ],
    ['A Germanwings jet crashed in the French Alps, the prosecutor said Thursday.', 'crashed', false],
    ['Het toestel stortte in de Alpen neer, zei de aanklager donderdag.', 'stortte', false],
    [
      'Een groep van tien militairen maakte woensdagavond laat bekend dat de grenzen zijn gesloten en dat er een avondklok van kracht is.',
      'avondklok',
      false,
    ],
    [
      'The Vatican said on Monday evening that the pope died of a stroke that was followed by irreversible heart failure.',
      'died',
      false,
    ],
  ])('“%s”: “%s” is named again: %s', (sentence, trigger, recalled) => {
    expect(recalledInClause(sentence, sentence.indexOf(trigger))).toBe(recalled);
  });
});
