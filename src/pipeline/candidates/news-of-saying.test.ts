import { describe, expect, it } from 'vitest';
import { candidatesOfSentence, day, type MentionSpec } from './test-helpers.ts';
import type { When } from '../types.ts';

describe('a saying dated after the happening it tells is the news of it, no statement', () => {
  it.each<[string, string, string, When[], string[]]>([
    [
      'an arrest on Thursday that officials told of on Saturday is only the arrest',
      'en',
      "Kazakhstan's former security chief, Karim Masimov, was arrested on Thursday on suspicion of high treason, officials said on Saturday.",
      [day('2022-01-06', 'Thursday'), day('2022-01-08', 'Saturday')],
      ['arrest 2022-01-06'],
    ],
    [
      'attackers the police said on Thursday were killed overnight are only the dead',
      'en',
      'Police in Almaty said on Thursday that "dozens of attackers were liquidated" overnight as they tried to storm police buildings.',
      [day('2022-01-06', 'Thursday'), day('2022-01-05', 'overnight')],
      ['death 2022-01-05'],
    ],
    [
      'a German arrest told by an authority two days later is only the arrest',
      'de',
      'Massimow war am Donnerstag festgenommen worden, teilte die Behörde am Samstag mit.',
      [day('2022-01-06', 'Donnerstag'), day('2022-01-08', 'Samstag')],
      ['arrest 2022-01-06'],
    ],
    [
      'a Dutch arrest a spokesman told of two days later is only the arrest',
      'nl',
      'Oud-veiligheidschef Karim Masimov is donderdag opgepakt, zei een woordvoerder van de regering zaterdag.',
      [day('2022-01-06', 'donderdag'), day('2022-01-08', 'zaterdag')],
      ['arrest 2022-01-06'],
    ],
    [
      'a saying about a man who took office before it is still his statement',
      'en',
      'Tokayev, who took office on Thursday, said on Saturday that the troops would stay.',
      [day('2022-01-06', 'Thursday'), day('2022-01-08', 'Saturday')],
      ['statement 2022-01-08', 'sworn-in 2022-01-06'],
    ],
    [
      'a withdrawal announced for a later day keeps the announcement',
      'en',
      'Tokayev said on Tuesday that the troops begin their withdrawal on Thursday.',
      [day('2022-01-04', 'Tuesday'), day('2022-01-06', 'Thursday')],
      ['statement 2022-01-04', 'withdrawal 2022-01-06'],
    ],
  ])('%s', (_name, lang, text, times, expected) => {
    const mentions: MentionSpec[] = [['Tokayev', 'actor', 'tokayev']];
    const found = candidatesOfSentence(lang, {
      text,
      times,
      mentions: text.includes('Tokayev') ? mentions : [],
    }).map((c) => `${c.kind} ${c.when.value}`);
    expect(found.sort()).toEqual(expected);
  });
});
