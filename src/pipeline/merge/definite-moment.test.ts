/**
 * An attack named again with a definite article and its own day, in a later report ("von dem
 * Anschlag am vergangenen Donnerstag"), is the attack another report told of that day.
 */
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

describe('an attack named again by a later report', () => {
  it.each<[string, string, string, string, string]>([
    [
      'de',
      'Bei einem Selbstmordanschlag am Flughafen der afghanischen Hauptstadt Kabul sind am Donnerstagabend mindestens 60 Afghanen getötet worden.',
      'Überschattet wurde die Evakuierung von dem Anschlag am vergangenen Donnerstag.',
      '2021-08-26',
      '2021-08-31',
    ],
    [
      'nl',
      'De aanslag werd gisteravond gepleegd bij de Abbey Gate, een van de toegangspoorten van het vliegveld.',
      'De aanslag van vorige week donderdag overschaduwde de evacuatie.',
      '2021-08-27',
      '2021-08-31',
    ],
    [
      'en',
      'A suicide bomber attacked the crowd at Kabul airport on Thursday evening, killing at least 170 people.',
      'The evacuation was overshadowed by the attack last Thursday.',
      '2021-08-27',
      '2021-08-31',
    ],
  ])('in %s, “%s” and later “%s” are one attack', async (lang, told, again, firstDate, laterDate) => {
    const file = await eventFileOf({
      [`${lang}_first.txt`]: ` date ${firstDate} Kabul\n\n${told}\n`,
      [`${lang}_later.txt`]: ` date ${laterDate} Kabul\n\n${again}\n`,
    });
    const named = eventsFrom(file, again);
    expect(named).toHaveLength(1);
    expect(eventsFrom(file, told)).toContain(named[0]);
  });
});
