/**
 * A report that names a day of last week as such tells its bare weekdays in its own week: read so
 * that one falls in the week before, it cannot have been written that day.
 */
import { describe, expect, it } from 'vitest';
import { bareDayOfLastWeek } from './bare-day-of-last-week.ts';
import { sentencesOf } from './test-sentences.ts';
import { weekdayEvidence } from './weekday-evidence.ts';

function evidence(sentences: string[], language: string) {
  return weekdayEvidence({ language, sentences: sentencesOf([sentences]) });
}

const DUTCH = evidence(
  [
    'Rafael Grossi heeft donderdag de kerncentrale van Zaporizja bezocht.',
    'Het stuwmeer achter de dam loopt sinds vorige week dinsdag leeg.',
  ],
  'nl',
);
const GERMAN = evidence(
  [
    'Grossi besuchte am Donnerstag das Kernkraftwerk Saporischschja.',
    'Der Stausee läuft seit letzte Woche Dienstag leer.',
  ],
  'de',
);
const ENGLISH = evidence(
  [
    'Grossi visited the Zaporizhzhia nuclear plant on Thursday.',
    'The reservoir has been draining since Tuesday last week.',
  ],
  'en',
);
const MONDAY_SUNDAY = evidence(
  ['De betoging van zondag verliep rustig.', 'Vorige week dinsdag brak de dam door.'],
  'nl',
);
const BARE_ONLY = evidence(['Rafael Grossi heeft donderdag de kerncentrale bezocht.'], 'nl');
const PLUPERFECT = evidence(
  [
    'Nicholas Holgate teilte am Mittwoch mit, er trete zurück.',
    'Das Feuer war in der Nacht zu Mittwoch vergangener Woche ausgebrochen.',
    'Bereits am Freitag hatten Demonstranten das Rathaus von Kensington gestürmt.',
  ],
  'de',
);
const LAST_FRIDAY = evidence(
  [
    'Nicholas Paget-Brown, leader of the royal city district Kensington and Chelsea, said on Friday, he takes over the responsibility for "perceived failures".',
    'Already last Friday the police had informed that the fire started in a fridge-freezer of the brand Hotpoint in a flat in the fourth floor.',
  ],
  'en',
);

const WEEKEND = evidence(
  [
    'The men are suspected to have laid the fire in the night to Wednesday of last week and to have hindered the fire brigade.',
    'On Saturday the police used tear gas against several hundred migrants who demonstrated with signs "Freedom" and "No camp" against a new camp.',
    'In Germany the Federal Government has agreed on Tuesday to take up 1553 people from 408 families from the Greek islands.',
  ],
  'en',
);
const WEEKEND_DUTCH = evidence(
  ['Zaterdag zette de politie traangas in.', 'Het kamp brandde vorige week woensdag af.'],
  'nl',
);

describe('a bare weekday beside a day of last week', () => {
  it.each([
    ['Dutch “donderdag” beside “vorige week dinsdag” on Monday 12 June', DUTCH, '2023-06-12', false],
    ['the same on Wednesday 14 June', DUTCH, '2023-06-14', false],
    ['the same on Thursday 15 June', DUTCH, '2023-06-15', true],
    ['the same on Saturday 17 June', DUTCH, '2023-06-17', true],
    ['German “am Donnerstag” beside “letzte Woche Dienstag” on Tuesday 13 June', GERMAN, '2023-06-13', false],
    ['the same on Thursday 15 June', GERMAN, '2023-06-15', true],
    ['English “on Thursday” beside “Tuesday last week” on Monday 12 June', ENGLISH, '2023-06-12', false],
    ['the same on Friday 16 June', ENGLISH, '2023-06-16', true],
    ['a Monday’s “zondag” beside “vorige week dinsdag” (the day before)', MONDAY_SUNDAY, '2023-06-12', true],
    ['“donderdag” with no day of last week on Monday 12 June', BARE_ONLY, '2023-06-12', true],
    // The pluperfect goes back from the report's own days, into the week before.
    [
      'German “am Mittwoch”, “hatten am Freitag gestürmt” beside “Mittwoch vergangener Woche” on Wednesday 21 June 2017',
      PLUPERFECT,
      '2017-06-21',
      true,
    ],
    ['the same on Tuesday 20 June 2017', PLUPERFECT, '2017-06-20', false],
    // "last Friday" beside a bare "on Friday" is the Friday of the week before.
    ['English “on Friday” beside “last Friday” on Friday 30 June 2017', LAST_FRIDAY, '2017-06-30', true],
    ['the same on Wednesday 28 June 2017', LAST_FRIDAY, '2017-06-28', false],
    // The weekend just past is told bare, though it ends the week told as last week's.
    [
      'English “On Saturday” beside “Wednesday of last week” on Tuesday 15 September 2020',
      WEEKEND,
      '2020-09-15',
      true,
    ],
    ['the same on Wednesday 16 September 2020', WEEKEND, '2020-09-16', true],
    ['the same on Monday 21 September 2020, a weekend later', WEEKEND, '2020-09-21', false],
    [
      'Dutch “zaterdag” beside “vorige week woensdag” on Tuesday 15 September 2020',
      WEEKEND_DUTCH,
      '2020-09-15',
      true,
    ],
  ])('%s: the report may be of that day: %s', (_, told, date, fits) => {
    expect(bareDayOfLastWeek(date, told) === null).toBe(fits);
  });
});
