/** Troops leaving a country, done or announced, are a troop withdrawal; staff or a law withdrawn are not. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

describe('troops that leave a country make a troop withdrawal', () => {
  it.each<[string, string, string, boolean]>([
    [
      'English troops that "began withdrawing" withdraw',
      'en',
      'Thursday the troops began withdrawing from the country.',
      true,
    ],
    [
      'English troops that "will leave the country" withdraw',
      'en',
      'Thursday the minister said the troops will leave the country within days.',
      true,
    ],
    [
      'Dutch troops that "beginnen met hun vertrek" withdraw',
      'nl',
      'Dinsdag kondigde de president aan dat de troepen van het bondgenootschap beginnen met hun vertrek uit het land.',
      true,
    ],
    [
      'Dutch troops that "trokken zich terug" withdraw',
      'nl',
      'Dinsdag trokken de troepen zich terug uit de stad.',
      true,
    ],
    [
      'German troops that "würden das Land wieder verlassen" withdraw',
      'de',
      'Dienstag hieß es, die Truppen des Bündnisses würden das Land nach Erfüllung ihrer Aufgabe wieder verlassen.',
      true,
    ],
    [
      'a German "Abzug" of troops is a withdrawal',
      'de',
      'Dienstag begann der Abzug der russischen Truppen.',
      true,
    ],
    [
      'English troops that "will begin withdrawing" withdraw, though "will" hedges other verbs',
      'en',
      'Thursday the minister said the alliance will begin withdrawing its troops in two days.',
      true,
    ],
    [
      'English troops that "will start withdrawing" withdraw',
      'en',
      'Thursday the alliance will start withdrawing its troops from the city.',
      true,
    ],
    [
      'embassy staff withdrawn are no troops',
      'en',
      'Saturday the State Department began withdrawing embassy staff.',
      false,
    ],
    [
      'a military that withdraws a statement moves no troops',
      'en',
      'Saturday the military withdrew its statement.',
      false,
    ],
  ])('%s', (_name, lang, text, withdrawal) => {
    const kinds = kindsAndTitles(lang, text, '2022-01-11').map((c) => c.kind);
    expect(kinds.includes('withdrawal'), kinds.join(', ')).toBe(withdrawal);
  });

  it('titles the withdrawal by the place left when one is named', () => {
    const titles = kindsAndTitles('en', 'Thursday the troops began withdrawing from Mali.', '2022-01-11', [
      ['Mali', 'place', 'country:mali'],
    ]).map((c) => c.title);
    expect(titles).toContain('Troop withdrawal from Mali');
  });

  it('titles no withdrawal by the power that leads the troops ("a Russia-led alliance")', () => {
    const titles = kindsAndTitles(
      'en',
      'Thursday Tokayev said a Russia-led military alliance will begin withdrawing its troops in two days.',
      '2022-01-11',
      [['Russia', 'place', 'country:russia']],
    ).map((c) => c.title);
    expect(titles).toEqual(['Troop withdrawal']);
  });
});

describe('an announcement told after "and said" is a happening of its own beside the first clause', () => {
  const people: MentionSpec[] = [
    ['Tokayev', 'actor', 'tokayev'],
    ['Smailov', 'actor', 'smailov'],
  ];
  it.each<[string, string, string]>([
    [
      'English ", and said …"',
      'en',
      "Kazakhstan's President Kassym-Jomart Tokayev has named Alikhan Smailov as the country's new prime minister, and said a Russia-led military alliance will begin withdrawing its troops in two days.",
    ],
    [
      'Dutch ", en zei dat …"',
      'nl',
      'President Tokajev heeft Alichan Smailov benoemd tot nieuwe premier, en zei dat de troepen van de CSTO over twee dagen beginnen met hun vertrek uit het land.',
    ],
    [
      'German "und sagte, …"',
      'de',
      'Präsident Tokajew hat Alichan Smailow zum neuen Regierungschef ernannt und sagte, die Truppen der OVKS würden das Land in zwei Tagen wieder verlassen.',
    ],
  ])('%s: the appointment and the troop withdrawal', (_name, lang, text) => {
    const kinds = kindsAndTitles(lang, text, '2022-01-11', lang === 'en' ? people : []).map((c) => c.kind);
    expect(kinds).toEqual(['appointment', 'withdrawal']);
  });
});
