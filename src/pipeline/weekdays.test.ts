import { describe, expect, it } from 'vitest';
import { weekdayMentions, weekdayOf } from './weekdays.ts';

describe('weekdayMentions', () => {
  it.each([
    [
      'a weekday of the week before the last, in Dutch',
      'De Wagner-leider kwam vorige week woensdag om het leven.',
      [{ day: 3, text: 'woensdag', relation: 'past', lastWeek: true }],
    ],
    [
      'a weekday of the week before the last, in English, "last week" after it',
      'He died on Wednesday last week.',
      [{ day: 3, text: 'Wednesday', relation: 'past', lastWeek: true }],
    ],
    [
      'a weekday of the week before the last, in German',
      'Er starb am Mittwoch vergangener Woche.',
      [{ day: 3, text: 'Mittwoch', relation: 'past', lastWeek: true }],
    ],
    [
      'the day of a plan a past verb announces, far before its infinitive, as a day ahead or past',
      'Innenminister Ralf Jäger (SPD) kündigte an, am Mittwoch im Innenausschuss des Landtags einen ersten Bericht vorzulegen.',
      [{ day: 3, text: 'Mittwoch', relation: 'future' }],
    ],
    [
      'a weekday told as past (000)',
      'Friday was relatively quiet in Almaty.',
      [{ day: 5, text: 'Friday', relation: 'past' }],
    ],
    [
      '"last Sunday" (000)',
      'since the protests started last Sunday.',
      [{ day: 0, text: 'Sunday', relation: 'past', lastNamed: true }],
    ],
    [
      '"afgelopen zondag" in Dutch',
      'sinds de protesten afgelopen zondag begonnen',
      [{ day: 0, text: 'zondag', relation: 'past' }],
    ],
    [
      '"vergangenen Sonntag" in German',
      'seit den Protesten am vergangenen Sonntag',
      [{ day: 0, text: 'Sonntag', relation: 'past' }],
    ],
    [
      'the day an evacuation began that still goes on, in Dutch',
      'Frankrijk heeft sinds dinsdag honderden Europeanen uit Niger geëvacueerd.',
      [{ day: 2, text: 'dinsdag', relation: 'past', since: true }],
    ],
    [
      'the day a detention began, in German',
      'Der mutmaßliche Täter sitzt seit Sonntag in Untersuchungshaft.',
      [{ day: 0, text: 'Sonntag', relation: 'past', since: true }],
    ],
    [
      'the day a president has been held since, in English',
      'President Mohamed Bazoum has been held at his residence since Wednesday.',
      [{ day: 3, text: 'Wednesday', relation: 'past', since: true }],
    ],
    [
      '"This Saturday" as today (002)',
      'This Saturday, it is expected that the authorities will provide further information.',
      [{ day: 6, text: 'Saturday', relation: 'today' }],
    ],
    [
      '"heute, Samstag" as today',
      'Die Behörden wollen heute, Samstag, informieren.',
      [{ day: 6, text: 'Samstag', relation: 'today' }],
    ],
    [
      'a day something stays shut until, in German, which tells nothing of the day of writing',
      'Er war am Mittwoch von Demonstranten besetzt worden und soll bis Montag geschlossen bleiben.',
      [
        { day: 3, text: 'Mittwoch', relation: 'past' },
        { day: 1, text: 'Montag', relation: 'future' },
      ],
    ],
    [
      'a day something stays shut until, in Dutch',
      'Het vliegveld blijft tot maandag dicht.',
      [{ day: 1, text: 'maandag', relation: 'future' }],
    ],
    [
      'a day a closure is extended until at least, after a clock time, in English',
      'It first said the restrictions would last until 6 p.m., but in a statement issued in the afternoon extended them until at least 7 a.m. (0600 GMT) on Friday.',
      [{ day: 5, text: 'Friday', relation: 'future' }],
    ],
    [
      'a day a ban stays in force until at least, after a clock time, in German',
      'Die Sperrung gilt bis mindestens 20 Uhr am Montag.',
      [{ day: 1, text: 'Montag', relation: 'future' }],
    ],
    [
      'a day the airspace stays shut until, after a clock time, in Dutch',
      'Het luchtruim blijft in elk geval dicht tot 08.00 uur op maandag.',
      [{ day: 1, text: 'maandag', relation: 'future' }],
    ],
    [
      'a day the mourning lasts up to and including, in Dutch',
      'De nationale rouw duurt nog tot en met zaterdag.',
      [{ day: 6, text: 'zaterdag', relation: 'future' }],
    ],
    [
      'a day mourning runs from, which tells nothing of the day it was declared',
      'Prime Minister Pedro Sánchez declared three days of national mourning from Thursday.',
      [{ day: 4, text: 'Thursday', relation: 'future' }],
    ],
    [
      'a day mourning runs from, in German',
      'Die Regierung ordnete ab Donnerstag eine dreitägige Staatstrauer an.',
      [{ day: 4, text: 'Donnerstag', relation: 'future' }],
    ],
    [
      'a day declared a day of mourning, which lies ahead',
      'Tokayev declared Monday a national day of mourning for the victims.',
      [{ day: 1, text: 'Monday', relation: 'future' }],
    ],
    [
      '"next Monday" as future',
      'The court will rule next Monday.',
      [{ day: 1, text: 'Monday', relation: 'future' }],
    ],
    [
      'a weekday with its part of the day written onto it, "am Montagabend" (de_grube)',
      'Der Stollen war am Montagabend eingestürzt.',
      [{ day: 1, text: 'Montagabend', relation: 'past' }],
    ],
    [
      '"maandagavond" in Dutch',
      'De dijk brak maandagavond door.',
      [{ day: 1, text: 'maandagavond', relation: 'past' }],
    ],
    [
      '"volgende week woensdag" as future, though no verb says so (nl_mijn)',
      'Vakbonden houden volgende week woensdag een landelijke staking.',
      [{ day: 3, text: 'woensdag', relation: 'future' }],
    ],
    [
      '"nächste Woche Mittwoch" as future',
      'Die Gewerkschaften streiken nächste Woche Mittwoch.',
      [{ day: 3, text: 'Mittwoch', relation: 'future' }],
    ],
    [
      'the day of a call to take to the streets, "roepen op om donderdag … op te gaan", as future',
      'De jongeren die de protesten organiseren, roepen op om donderdag opnieuw de straat op te gaan.',
      [{ day: 4, text: 'donderdag', relation: 'future' }],
    ],
    [
      'a day a runoff "zou worden gehouden" on, as no past',
      'De tweede ronde, die zondag gehouden zou worden, gaat niet door.',
      [{ day: 0, text: 'zondag', relation: 'future' }],
    ],
    [
      'a day a runoff "hätte stattfinden sollen" on, as no past',
      'Die Stichwahl hätte am Sonntag stattfinden sollen.',
      [{ day: 0, text: 'Sonntag', relation: 'future' }],
    ],
    [
      'a day a runoff "was due to be held" on, as no past',
      'The runoff was due to be held on Sunday.',
      [{ day: 0, text: 'Sunday', relation: 'future' }],
    ],
    [
      'a day people turned up at closed polling stations on, before "would have been held", still as past',
      'Some Romanians turned up at closed polling stations on Sunday, the day the runoff would have been held.',
      [{ day: 0, text: 'Sunday', relation: 'past' }],
    ],
    [
      'a day a vote "could be put" on, "as early as Friday", as no past',
      'It could be put to a vote as early as Friday.',
      [{ day: 5, text: 'Friday', relation: 'future' }],
    ],
    [
      'a day parliament "könnte" vote on, as no past',
      'Das Parlament könnte frühestens am Freitag über die Amtsenthebung abstimmen.',
      [{ day: 5, text: 'Freitag', relation: 'future' }],
    ],
    [
      'a day a vote comes "op zijn vroegst" on, as no past',
      'Over de afzetting wordt op zijn vroegst vrijdag gestemd.',
      [{ day: 5, text: 'vrijdag', relation: 'future' }],
    ],
    [
      'a day a session "had been originally for Monday planned" for, in a translation from the German, as no past',
      'The session had been originally for Monday planned, but the Spanish constitutional court had forbidden it last Thursday.',
      [
        { day: 1, text: 'Monday', relation: 'future' },
        { day: 4, text: 'Thursday', relation: 'past', lastNamed: true },
      ],
    ],
    [
      'a day a session "was planned for Monday" for, as no past',
      'The session was planned for Monday.',
      [{ day: 1, text: 'Monday', relation: 'future' }],
    ],
    [
      'a day a session "war für Montag geplant" for, as no past',
      'Die Sitzung war für Montag geplant, das Verfassungsgericht hatte sie untersagt.',
      [{ day: 1, text: 'Montag', relation: 'future' }],
    ],
    [
      'a day something was done "as planned" on, "for" missing, still as past',
      'The parliament met on Monday as planned.',
      [{ day: 1, text: 'Monday', relation: 'past' }],
    ],
    [
      '"vorige Woche Donnerstag" still as past, of the week before the last (de_hacker2)',
      'Die Erpresser hatten vorige Woche Donnerstag ein Ultimatum gestellt.',
      [{ day: 4, text: 'Donnerstag', relation: 'past', lastWeek: true }],
    ],
    [
      'no weekday in "Easter Sunday", a day of the year named, in a report five days on',
      'Almost one week after the serious attacks on Easter Sunday in Sri Lanka the police boss of the country has his resignation submitted.',
      [],
    ],
    [
      'no weekday in "Good Friday" nor in a Dutch "Goede Vrijdag"',
      'Op Goede Vrijdag, de dag na de Good Friday-mis, bleef het rustig.',
      [],
    ],
    [
      'a plain Sunday after "Easter Sunday" still as past',
      'The attacks on Easter Sunday were followed by a curfew on Sunday night.',
      [{ day: 0, text: 'Sunday', relation: 'past' }],
    ],
    [
      'a day declared a day of mourning on either side of the report, no past',
      'Tuesday was declared a national day of mourning.',
      [{ day: 2, text: 'Tuesday', relation: 'future' }],
    ],
  ])('finds %s', (_name, sentence, expected) => {
    expect(weekdayMentions(sentence)).toEqual(expected);
  });

  it('knows 8 January 2022 was a Saturday', () => {
    expect(weekdayOf('2022-01-08')).toBe(6);
  });
});
