/**
 * Whom an active verb's happening befalls when its object is a title: the holder named beside it,
 * or no one named, never the subject before the verb.
 */
import { describe, expect, it } from 'vitest';
import { patientIn } from './patient-fixture.ts';

describe('a title as the object of the verb', () => {
  it.each<[string, string, string, string[], string | undefined]>([
    [
      'a machine-translated suspension befalls the governor named after his title, not the judge',
      'Judge Alexander of Moraes had suspended in the night to Monday the governor of the capital district, Ibaneis Rocha, for 90 days.',
      'suspended',
      ['Alexander of Moraes', 'Ibaneis Rocha'],
      'Ibaneis Rocha',
    ],
    [
      'an English dismissal befalls the minister set beside his title after a comma',
      'Scholz dismissed the finance minister, Christian Lindner, on Wednesday.',
      'dismissed',
      ['Scholz', 'Christian Lindner'],
      'Christian Lindner',
    ],
    [
      'a governor suspended with no name befalls no one named, not the judge who suspended him',
      'Moraes suspended the governor for 90 days.',
      'suspended',
      ['Moraes'],
      undefined,
    ],
    [
      'a German fronted verb with its object unnamed befalls no one named, not the judge',
      'In der Nacht zu Montag suspendierte Richter Moraes den Gouverneur selbst für 90 Tage.',
      'suspendierte',
      ['Moraes'],
      undefined,
    ],
    [
      'a title after a preposition is no object: the one who offered her resignation to the minister resigns',
      'On Wednesday Laurence des Cars offered her resignation to the culture minister, who refused it.',
      'resignation',
      ['Laurence des Cars'],
      'Laurence des Cars',
    ],
    [
      'a verb whose object is no title still befalls the name right after it',
      'Rocha had dismissed on Sunday his security secretary Anderson Torres.',
      'dismissed',
      ['Rocha', 'Anderson Torres'],
      'Anderson Torres',
    ],
  ])('%s', (_, text, trigger, names, patient) => {
    expect(patientIn(text, trigger, names)).toBe(patient);
  });
});
