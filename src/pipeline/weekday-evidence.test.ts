/**
 * The day of a report's news, as its opening tells it: the opening sentence's weekday, or the first
 * one its opening paragraph tells ("Dat zei FBI-directeur Wray woensdag", after a lede with none).
 */
import { describe, expect, it } from 'vitest';
import { sentencesOf } from './test-sentences.ts';
import { madeKnownConflict, weekdayEvidence } from './weekday-evidence.ts';

function article(paragraphs: string[][]) {
  return { sentences: sentencesOf(paragraphs) };
}

describe('the weekday a report opens with', () => {
  it.each<[string, string[][], number | undefined, number | undefined]>([
    [
      'a Dutch lede whose second sentence names Wednesday',
      [
        [
          'De man die op Donald Trump schoot, zocht een week voor de aanslag op internet naar de moord op Kennedy.',
          'Dat zei FBI-directeur Christopher Wray woensdag tijdens een verhoor in het Huis van Afgevaardigden.',
        ],
        ['De directeur van de Secret Service, Kimberly Cheatle, stapte dinsdag op.'],
      ],
      undefined,
      3,
    ],
    [
      'an English opening sentence that names Tuesday',
      [['Cheatle resigned on Tuesday.', 'Wray testified on Wednesday.']],
      2,
      2,
    ],
    [
      'a weekday told as the start of a state ("sinds afgelopen vrijdagavond") is not the day of the news',
      [
        [
          'De zoektocht naar vermisten in het wrak van het cruiseschip Costa Concordia is vanochtend stilgelegd.',
          'Meetapparatuur op het schip gaf aan dat het gekapseisde schip, dat sinds afgelopen vrijdagavond op zijn zij ligt voor de haven van het Italiaanse eiland Giglio, een stukje was verschoven.',
        ],
        ['Hij werd zaterdag gearresteerd.'],
      ],
      undefined,
      undefined,
    ],
    [
      'an English opening sentence that tells only since when something goes on names no day of news',
      [['The ship has lain on its side since Friday night.', 'Divers resumed the search on Tuesday.']],
      undefined,
      2,
    ],
    [
      'a weekday only in a later paragraph opens nothing',
      [['Cheatle resigned.'], ['Wray testified on Wednesday.']],
      undefined,
      undefined,
    ],
  ])('%s', (_, paragraphs, lead, opening) => {
    const evidence = weekdayEvidence(article(paragraphs));
    expect(evidence.lead).toBe(lead);
    expect(evidence.opening).toBe(opening);
  });
});

describe('the days before the report that anchor its story', () => {
  it.each<[string, string, number[], boolean]>([
    [
      '"vorige week woensdag" is a Wednesday of last week',
      'De Wagner-leider kwam vorige week woensdag om het leven.',
      [3],
      false,
    ],
    ['"Wednesday last week" likewise', 'The plane crashed on Wednesday last week.', [3], false],
    [
      '"gisteren" tells the day before',
      'Het vliegtuig stortte gisteren neer bij het dorp Koezjenkino.',
      [],
      true,
    ],
    ['"gestern Abend" likewise', 'Die Maschine stürzte gestern Abend ab.', [], true],
    ['a plain Wednesday is neither', 'The plane crashed on Wednesday.', [], false],
  ])('%s', (_, text, lastWeek, yesterday) => {
    const evidence = weekdayEvidence(article([[text]]));
    expect([...evidence.lastWeek]).toEqual(lastWeek);
    expect(evidence.yesterday).toBe(yesterday);
  });
});

describe('a day something was made known on, after the day it happened', () => {
  it.each<[string, string, string, string, boolean]>([
    [
      'an arrest on Saturday evening announced on Sunday cannot be read from the Saturday after the Sunday',
      'en',
      'The men were taken into custody on Saturday evening, the prosecutor announced on Sunday.',
      '2025-10-25',
      true,
    ],
    [
      'read from the Sunday, the Saturday arrest comes first',
      'en',
      'The men were taken into custody on Saturday evening, the prosecutor announced on Sunday.',
      '2025-10-26',
      false,
    ],
    [
      'a Dutch arrest made known on Sunday',
      'nl',
      'De mannen werden zaterdagavond opgepakt, maakte het Openbaar Ministerie zondag bekend.',
      '2025-10-25',
      true,
    ],
    [
      'a German arrest made known on Sunday',
      'de',
      'Die Männer waren am Samstagabend festgenommen worden, teilte die Staatsanwaltschaft am Sonntag mit.',
      '2025-10-25',
      true,
    ],
    [
      'a weekday said first and one it reports after it set no order',
      'en',
      'The prosecutor said on Sunday that the men had been arrested on Saturday.',
      '2025-10-25',
      false,
    ],
  ])('%s', (_, language, text, date, conflict) => {
    const evidence = weekdayEvidence({ ...article([[text]]), language });
    expect(madeKnownConflict(date, evidence) !== null).toBe(conflict);
  });
});
