/**
 * Stabbings are attacks, an acquittal is no sentence, tear gas fired is a crackdown, a day of mourning
 * declared and an investigation ordered are two happenings, and a police force that opens an inquiry
 * opens an investigation of its own: the one who opens it is not the one under investigation; a
 * manhunt is a happening of its own, which a story rarely has twice.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

describe('stabbings, inquiries and manhunts', () => {
  it.each<[string, string, string, string, MentionSpec[]]>([
    [
      'en',
      'Saturday three people were stabbed in Leeds.',
      'attack',
      'Attack in Leeds',
      [['Leeds', 'place', 'leeds']],
    ],
    ['en', 'Saturday a teenager was stabbed to death.', 'death', 'People killed', []],
    ['nl', 'Zaterdag werd een man neergestoken.', 'attack', 'Attack', []],
    ['de', 'Am Samstag wurde ein Mann niedergestochen.', 'attack', 'Attack', []],
    [
      'en',
      'Wednesday the FBI opened an investigation.',
      'investigation',
      'FBI opens investigation',
      [['FBI', 'actor', 'fbi']],
    ],
    ['en', 'Saturday police launched a manhunt for the suspect.', 'manhunt', 'Manhunt launched', []],
    ['nl', 'Vrijdag heeft de politie een onderzoek ingesteld.', 'investigation', 'Investigation opened', []],
    ['de', 'Am Samstag leitete die Polizei eine Großfahndung ein.', 'manhunt', 'Manhunt launched', []],
    [
      'nl',
      'Urenlang waren arrestatieteams in de stad bezig met een klopjacht.',
      'manhunt',
      'Manhunt launched',
      [],
    ],
    [
      'de',
      'Die Polizei fahndete stundenlang mit einem Foto nach dem in der Türkei geborenen Mann.',
      'manhunt',
      'Manhunt launched',
      [],
    ],
    ['en', 'Wednesday judges acquitted two co-defendants.', 'verdict', 'Court acquits defendants', []],
    [
      'en',
      'Wednesday Peter Jansen was acquitted of fraud.',
      'verdict',
      'Peter Jansen acquitted',
      [['Peter Jansen', 'unknown']],
    ],
    ['de', 'Am Mittwoch wurden zwei Angeklagte freigesprochen.', 'verdict', 'Court acquits defendants', []],
    [
      'en',
      'Saturday police fired tear gas at the crowd.',
      'crackdown',
      'Security forces crack down on protesters',
      [],
    ],
    [
      'en',
      'Monday the prime minister declared a day of mourning and ordered an investigation into the crash.',
      'emergency',
      'National mourning',
      [],
    ],
  ])('[%s] “%s” is %s “%s”', (lang, text, kind, title, mentions) => {
    expect(kindsAndTitles(lang, text, '2025-03-15', mentions)).toContainEqual({ kind, title });
  });
});

describe('a sentence passed is one verdict: its ban, suspended years and house arrest are no happenings of their own', () => {
  const LE_PEN: MentionSpec = ['Marine Le Pen', 'actor', 'marine-le-pen'];
  it.each<[string, string]>([
    [
      'en',
      'A Paris court on Monday found Marine Le Pen guilty of embezzling European Union funds and banned her from running for public office for five years.',
    ],
    [
      'en',
      'The court on Monday sentenced Marine Le Pen to four years in prison, two of them suspended and two to be served under house arrest with an electronic tag.',
    ],
    ['nl', 'Marine Le Pen is maandag schuldig bevonden aan verduistering van Europees geld.'],
    ['de', 'Marine Le Pen wurde am Montag der Veruntreuung schuldig gesprochen.'],
  ])('[%s] “%s”', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2025-03-31', [LE_PEN])).toEqual([
      { kind: 'verdict', title: 'Marine Le Pen sentenced' },
    ]);
  });

  it('[en] a leader placed under house arrest by soldiers is arrested', () => {
    const found = kindsAndTitles(
      'en',
      'On Wednesday soldiers placed Marine Le Pen under house arrest.',
      '2025-03-31',
      [['Marine Le Pen', 'actor', 'marine-le-pen']],
    );
    expect(found.map((c) => c.kind)).toContain('arrest');
  });
});
