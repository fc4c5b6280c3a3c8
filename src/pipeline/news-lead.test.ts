/**
 * The weekday of the news a report leads with, held against the latest report it follows: an
 * opening that tells only what goes on since a day hands the news to the lede's next weekday.
 */
import { describe, expect, it } from 'vitest';
import { sentencesOf } from './test-sentences.ts';
import { newsLead, newsLeadBefore, weekdayEvidence } from './weekday-evidence.ts';

function evidenceOf(paragraphs: string[][], language: string) {
  return weekdayEvidence({ sentences: sentencesOf(paragraphs), language });
}

const SPIEGEL = [
  [
    'Sie stehen bei Tag und bei Nacht, in Regen und Kälte: Seit Mittwoch haben sich in London Hunderttausende Menschen in eine Warteschlange eingereiht, um in der Westminster Hall am Sarg von Queen Elizabeth II. vorbeizugehen.',
    'Am Samstagmorgen schätzte das britische Kulturministerium die Wartezeit auf bis zu 24 Stunden.',
  ],
];

const VOLKSKRANT = [
  [
    'Kort na de start van de Air India-vlucht die op 12 juni in Ahmedabad neerstortte, werden de schakelaars van de brandstoftoevoer van beide motoren uitgezet.',
    'Dat staat in het voorlopige rapport dat het Indiase onderzoeksbureau AAIB zaterdag heeft gepubliceerd.',
  ],
];

describe('the weekday of the news a report leads with', () => {
  it.each<[string, string[][], string, number | undefined]>([
    ['“Seit Mittwoch … stehen sie an” hands the news to “Am Samstagmorgen”', SPIEGEL, 'de', 6],
    [
      'an opening sentence with no weekday leaves the next sentence’s “zaterdag” unweighed',
      VOLKSKRANT,
      'nl',
      undefined,
    ],
    [
      'an opening sentence that tells its own news keeps its weekday',
      [['Het kabinet is dinsdag gevallen.', 'Sinds woensdag wordt er onderhandeld.']],
      'nl',
      2,
    ],
  ])('%s', (_, paragraphs, language, day) => {
    expect(newsLead(evidenceOf(paragraphs, language))).toBe(day);
  });

  it.each<[string, string, boolean]>([
    [
      'read from the recap of Friday 30 September, that Saturday (24 September) lies before it',
      '2022-09-30',
      true,
    ],
    ['read from Saturday 17 September, the news is of that day', '2022-09-17', false],
  ])('the queue report: %s', (_, date, conflict) => {
    expect(newsLeadBefore(date, evidenceOf(SPIEGEL, 'de'), date) !== null).toBe(conflict);
  });
});
