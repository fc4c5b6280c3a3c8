/**
 * What the reports of an unrest say, titled as a reader would: a statement says what about, the
 * head of state takes over a council's chair, the last troops leave apart from the withdrawal's
 * start, and price caps lifted are no price cut.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const TOKAYEV: MentionSpec = ['Tokajew', 'actor', 'tokayev'];

describe('what a statement is about', () => {
  it.each<[string, string, string, MentionSpec[], string]>([
    [
      'DW’s “als Putschversuch bezeichnet” speaks of a coup attempt',
      'de',
      'Montag hat Präsident Tokajew die schweren Unruhen in seinem Land als Putschversuch bezeichnet.',
      [TOKAYEV],
      'Tokayev speaks of a coup attempt',
    ],
    [
      'English “told a video summit … an attempted coup d’etat” speaks of one too',
      'en',
      'Monday Tokayev told a video summit of the alliance that the country had survived an attempted coup.',
      [['Tokayev', 'actor', 'tokayev']],
      'Tokayev speaks of a coup attempt',
    ],
    [
      'the BBC’s “the situation had stabilised” says so',
      'en',
      "Saturday President Tokayev's office said the situation had stabilised.",
      [['Tokayev', 'actor', 'tokayev']],
      'Tokayev says the situation has stabilised',
    ],
    [
      'NOS’s “noemde de betogers terroristische bendes” calls the protesters terrorists',
      'nl',
      'Donderdag noemde Tokajev de betogers "terroristische bendes" die in het buitenland zijn getraind.',
      [['Tokajev', 'actor', 'tokayev']],
      'Tokayev calls the protesters terrorists',
    ],
    [
      'NOS’s “geen conflict heeft met Tokajev” says there is none with him',
      'nl',
      'Dinsdag zei Nazarbajev dat hij met pensioen is en geen conflict heeft met Tokajev.',
      [
        ['Nazarbajev', 'actor', 'nazarbayev'],
        ['Tokajev', 'actor', 'tokayev'],
      ],
      'Nazarbayev says there is no conflict with Tokayev',
    ],
    [
      'Al Jazeera’s “the withdrawal will take no more than 10 days, he said” speaks on it',
      'en',
      'Tuesday Tokayev said the withdrawal will take no more than 10 days.',
      [['Tokayev', 'actor', 'tokayev']],
      "Tokayev speaks on the troops' withdrawal",
    ],
  ])('%s', (_name, lang, text, mentions, title) => {
    expect(kindsAndTitles(lang, text, '2022-01-10', mentions)).toContainEqual({ kind: 'statement', title });
  });
});

describe('a chair taken over, the last troops gone, a price cap lifted', () => {
  it('ZEIT’s “übernahm am Mittwoch den Vorsitz des mächtigen Sicherheitsrats” is Tokayev taking over as chairman', () => {
    expect(
      kindsAndTitles(
        'de',
        'Präsident Tokajew übernahm am Mittwoch den Vorsitz des mächtigen Sicherheitsrats.',
        '2022-01-05',
        [TOKAYEV],
      ),
    ).toContainEqual({ kind: 'appointment', title: 'Tokayev takes over as chairman' });
  });

  it.each<[string, string, string]>(
    [
      ['en', 'Wednesday the last military transport aircraft with the Russian peacekeepers left Kazakhstan.'],
      ['nl', 'Woensdag hebben de laatste militairen van de Russische vredesmacht Kazachstan verlaten.'],
      ['en', 'Wednesday the withdrawal of the peacekeeping forces from the republic is completed.'],
    ].map(([lang, text]) => [lang as string, text as string, 'Last troops leave']),
  )('[%s] “%s” is the last troops leaving', (lang, text, title) => {
    expect(kindsAndTitles(lang, text, '2022-01-19')).toContainEqual({ kind: 'withdrawal', title });
  });

  it('the Guardian’s “after the government lifted price caps on liquefied petroleum gas” lowers no price', () => {
    const kinds = kindsAndTitles(
      'en',
      'Sunday the protests began after the government lifted price caps on liquefied petroleum gas.',
      '2022-01-02',
    ).map((c) => c.kind);
    expect(kinds).not.toContain('price-cut');
  });
});
