/**
 * Percentages read as figures of what they measure, through findFigures with data/event-lexicon.json:
 * a share in percent, a change in (percentage or basis) points, of the thing the sentence names.
 */
import { describe, expect, it } from 'vitest';
import { findFigures } from './figures.ts';
import { defaultLexicon } from './lexicon.ts';

function read(lang: string, text: string): string[] {
  return findFigures(text, lang, 'price', defaultLexicon)
    .filter((f) => f.figure.unit !== undefined)
    .map((f) => `${f.figure.value} ${f.figure.unit ?? ''} ${f.figure.counts} (${f.figure.text})`);
}

describe('a percentage is a figure of what the sentence says it measures', () => {
  it.each([
    [
      'en',
      "Intel's shares fell 26% on Friday, their biggest one-day drop in half a century, wiping more than $30 billion off the company's market value.",
      ['26 percent shares (26%)'],
    ],
    [
      'en',
      'The National Electoral Council, which is controlled by Maduro loyalists, said shortly after midnight that Maduro had received 51% of the vote and opposition candidate Edmundo González 44%.',
      ['51 percent vote share (51%)', '44 percent vote share (44%)'],
    ],
    [
      'en',
      'Intel will cut about 15,000 jobs, more than 15% of its workforce, and suspend its dividend from the fourth quarter.',
      ['15 percent workforce (more than 15%)'],
    ],
    [
      'en',
      'The Fed raised its benchmark rate by 25 basis points.',
      ['0.25 percentage points interest rate change (25 basis points)'],
    ],
    [
      'en',
      'Turnout was 77.7 per cent, the election commission said.',
      ['77.7 percent turnout (77.7 per cent)'],
    ],
    ['nl', 'De opkomst lag volgens het ANP rond de 78 procent.', ['78 percent turnout (78 procent)']],
    ['nl', 'Het aandeel verloor daarop ruim 40 procent.', ['40 percent shares (ruim 40 procent)']],
    [
      'nl',
      'De vakbond protesteert tegen de plannen van de autofabrikant om fabrieken te sluiten en lonen met 10 procent te verlagen.',
      ['10 percent wages (10 procent)'],
    ],
    [
      'nl',
      'De ECB verhoogt de beleidsrente met 0,25 procentpunt.',
      ['0.25 percentage points interest rate change (0,25 procentpunt)'],
    ],
    [
      'de',
      'Der Rat der Notenbank beschloss am Donnerstag in Frankfurt, den Hauptrefinanzierungssatz um 0,25 Prozentpunkte auf 4,25 Prozent anzuheben.',
      [
        '0.25 percentage points interest rate change (0,25 Prozentpunkte)',
        '4.25 percent interest rate (4,25 Prozent)',
      ],
    ],
    [
      'de',
      'Am Vortag hatte bereits die US-Notenbank Fed ihren Leitzins auf eine Spanne von 5,25 bis 5,5 Prozent erhöht.',
      ['5.25 percent interest rate (5,25)', '5.5 percent interest rate (5,5 Prozent)'],
    ],
    [
      'en',
      'Oil prices rose by about 3% on Wednesday on worries about supplies.',
      ['3 percent prices (about 3%)'],
    ],
    ['de', 'Die Inflation im Euroraum lag im Juni bei 5,5 Prozent.', ['5.5 percent inflation (5,5 Prozent)']],
    ['de', 'Die Aktie brach daraufhin um rund 80 Prozent ein.', ['80 percent shares (rund 80 Prozent)']],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(lang, text)).toEqual(expected);
  });
});

describe('a percentage that names nothing it measures is a percentage all the same, and counts no people', () => {
  it.each([
    [
      'en',
      'Opposition leader María Corina Machado said on Monday that the opposition had copies of more than 70% of the tally sheets.',
      ['70 percent percent (more than 70%)'],
    ],
    ['de', 'Rund 30 Prozent der Menschen blieben zu Hause.', ['30 percent percent (Rund 30 Prozent)']],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(lang, text)).toEqual(expected);
    expect(findFigures(text, lang, 'price', defaultLexicon).map((f) => f.noun)).not.toContain('people');
  });
});
