/**
 * Stabbings are attacks, an acquittal is no sentence, tear gas fired is a crackdown, a day of mourning
 * declared and an investigation ordered are two happenings, and a police force that opens an inquiry
 * or starts a manhunt opens an investigation of its own: the one who opens it is not the one under
 * investigation.
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
    ['en', 'Saturday police launched a manhunt for the suspect.', 'investigation', 'Manhunt launched', []],
    ['nl', 'Vrijdag heeft de politie een onderzoek ingesteld.', 'investigation', 'Investigation opened', []],
    ['de', 'Am Samstag leitete die Polizei eine Großfahndung ein.', 'investigation', 'Manhunt launched', []],
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
      'National mourning declared',
      [],
    ],
  ])('[%s] “%s” is %s “%s”', (lang, text, kind, title, mentions) => {
    expect(kindsAndTitles(lang, text, '2025-03-15', mentions)).toContainEqual({ kind, title });
  });
});
