/**
 * A banking crisis told in English, Dutch and German: a bank that fails, one taken over, emergency
 * support, shares that fall. Rivers that burst their banks and the West Bank are no banks.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

const kinds = (lang: string, text: string) => kindsAndTitles(lang, text, '2023-03-20').map((c) => c.kind);

describe('a banking crisis', () => {
  it.each([
    ['en', 'California regulators shut down Silicon Valley Bank on Friday.', 'bank-failure'],
    ['en', 'New York regulators also closed Signature Bank on Sunday.', 'bank-failure'],
    ['nl', 'Eerder deze maand ging in de Verenigde Staten de Silicon Valley Bank failliet.', 'bank-failure'],
    ['de', 'Vor gut einer Woche war in den USA die Silicon Valley Bank zusammengebrochen.', 'bank-failure'],
    ['en', 'UBS agreed to buy its rival Credit Suisse on Sunday.', 'takeover'],
    ['nl', 'De Zwitserse bank UBS neemt branchegenoot Credit Suisse over.', 'takeover'],
    ['de', 'Die Schweizer Großbank UBS übernimmt ihre angeschlagene Konkurrentin Credit Suisse.', 'takeover'],
    ['en', 'On Thursday the central bank gave the lender an emergency loan of 50 billion francs.', 'bailout'],
    [
      'nl',
      'De centrale bank schoot de bank donderdag te hulp met een lening van 50 miljard frank.',
      'bailout',
    ],
    [
      'de',
      'Am Donnerstag hatte die Nationalbank der Bank einen Kredit von 50 Milliarden Franken gewährt.',
      'bailout',
    ],
    ['en', 'Shares of regional banks tumbled on Monday.', 'share-fall'],
    ['nl', 'Het aandeel Credit Suisse kelderde woensdag met 24 procent.', 'share-fall'],
    ['de', 'Die Aktie der Credit Suisse war am Mittwoch um bis zu 30 Prozent eingebrochen.', 'share-fall'],
  ])('[%s] “%s” is a %s', (lang, text, kind) => {
    expect(kinds(lang, text)).toEqual([kind]);
  });

  it.each([
    ['en', 'On Tuesday the river burst its banks and roads were closed.', 'bank-failure'],
    ['en', 'Israeli forces closed roads in the West Bank on Tuesday.', 'bank-failure'],
    ['en', 'Rebels took over the city on Tuesday.', 'takeover'],
    ['de', 'Der Minister übernahm am Dienstag die Verantwortung für die Panne.', 'takeover'],
    ['en', 'Banks closed across the country on Monday, citing poor internet connections.', 'bank-failure'],
    ['nl', 'De banken bleven maandag in het hele land gesloten.', 'bank-failure'],
    ['de', 'Im ganzen Land blieben die Banken am Montag geschlossen.', 'bank-failure'],
  ])('[%s] “%s” is no %s', (lang, text, kind) => {
    expect(kinds(lang, text)).not.toContain(kind);
  });

  it('the bank that failed is titled as a bank failure, in the place named', () => {
    expect(
      kindsAndTitles('en', 'Regulators closed the bank in California on Friday.', '2023-03-13', [
        ['California', 'place', 'california'],
      ]),
    ).toEqual([{ kind: 'bank-failure', title: 'Bank fails in California' }]);
  });
});
