/**
 * A company's collapse as outlets tell it in en, nl and de (lexicon kinds `audit-refused`,
 * `bankruptcy`, `share-fall`, `missing`, `statement`, `appointment`), in one-sentence reports of
 * Thursday 25 June 2020.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { eventFileOf, eventsFrom, sentenceArticles } from './test-articles.ts';

const SENTENCES = [
  [
    'en_audit.txt',
    'Shares in Wirecard plunged on Thursday after its auditor EY refused to sign off its 2019 accounts.',
  ],
  ['nl_audit.txt', 'Accountant EY weigerde donderdag de jaarrekening over 2019 goed te keuren.'],
  ['de_audit.txt', 'Der Wirtschaftsprüfer EY hat am Donnerstag das Testat für die Bilanz 2019 verweigert.'],
  ['en_bankrupt.txt', 'The payment company Wirecard applied for bankruptcy on Thursday.'],
  [
    'nl_bankrupt.txt',
    'Het betaalbedrijf Wirecard vroeg donderdag bij de rechtbank in München faillissement aan.',
  ],
  [
    'de_bankrupt.txt',
    'Wirecard stellte am Donnerstag beim Amtsgericht München einen Insolvenzantrag wegen Überschuldung.',
  ],
  ['de_shares.txt', 'Die Wirecard-Aktie verlor am Donnerstag erneut mehr als die Hälfte ihres Wertes.'],
  ['de_shares_2.txt', 'Die Aktie brach am Donnerstag nach der Mitteilung um rund 80 Prozent ein.'],
  ['en_missing.txt', 'Former director Jan Marsalek has disappeared.'],
  ['de_missing.txt', 'Der Aufenthaltsort des entlassenen Vorstands Jan Marsalek ist unbekannt.'],
  ['en_money.txt', 'The money disappeared from the trust accounts.'],
  [
    'de_statement.txt',
    'Der Gouverneur der philippinischen Zentralbank, Benjamin Diokno, hatte am Sonntag erklärt, das Geld sei nie in das Land geflossen.',
  ],
  [
    'nl_statement.txt',
    'De centrale bank van de Filipijnen had zondag al laten weten dat het geld nooit in het Filipijnse financiële systeem terecht is gekomen.',
  ],
  ['de_admitted.txt', 'Wirecard hatte am Montag eingeräumt, dass die 1,9 Milliarden Euro nicht existieren.'],
  ['en_interim.txt', 'James Freis took over as interim chief executive on Monday.'],
  ['nl_interim.txt', 'De Amerikaan James Freis nam maandag de leiding over van het Duitse betaalbedrijf.'],
  ['de_interim.txt', 'Am Montag übernahm der Amerikaner James Freis die Führung von Wirecard.'],
  ['en_league.txt', 'Liverpool took over as league leaders on Monday.'],
] as const;

let file: EventFile;
beforeAll(async () => {
  file = await eventFileOf(sentenceArticles(SENTENCES, '2020-06-25'));
}, 60_000);

describe('a company’s collapse, told in three languages', () => {
  it.each<[string, string, string]>([
    ['refused to sign off its 2019 accounts', 'EY refuses to sign off the accounts', '2020-06-25'],
    ['weigerde donderdag de jaarrekening over 2019', 'EY refuses to sign off the accounts', '2020-06-25'],
    ['das Testat für die Bilanz 2019 verweigert', 'EY refuses to sign off the accounts', '2020-06-25'],
    ['applied for bankruptcy on Thursday', 'Wirecard files for bankruptcy', '2020-06-25'],
    ['vroeg donderdag bij de rechtbank', 'Wirecard files for bankruptcy', '2020-06-25'],
    ['einen Insolvenzantrag wegen Überschuldung', 'Wirecard files for bankruptcy', '2020-06-25'],
    ['Die Wirecard-Aktie verlor am Donnerstag', 'Wirecard shares fall', '2020-06-25'],
    ['um rund 80 Prozent ein', 'Wirecard shares fall', '2020-06-25'],
    ['Jan Marsalek has disappeared', 'Jan Marsalek missing', 'PAST_REF'],
    ['Der Aufenthaltsort des entlassenen Vorstands', 'Jan Marsalek missing', 'PAST_REF'],
    ['hatte am Sonntag erklärt', 'Bangko Sentral ng Pilipinas makes a statement', '2020-06-21'],
    ['had zondag al laten weten', 'Bangko Sentral ng Pilipinas makes a statement', '2020-06-21'],
    ['hatte am Montag eingeräumt', 'Wirecard makes a statement', '2020-06-22'],
    ['took over as interim chief executive', 'James Freis appointed in an acting capacity', '2020-06-22'],
    ['nam maandag de leiding over van het', 'James Freis appointed in an acting capacity', '2020-06-22'],
    [
      'übernahm der Amerikaner James Freis die Führung',
      'James Freis appointed in an acting capacity',
      '2020-06-22',
    ],
  ])('“%s” is “%s” of %s', (sentence, title, day) => {
    const events = eventsFrom(file, sentence);
    expect(events.map((e) => e.title)).toContain(title);
    const event = events.find((e) => e.title === title);
    expect(event?.when.value.slice(0, day.length)).toBe(day);
  });

  it('an auditor refusing to sign the accounts vetoes no law', () => {
    expect(file.events.filter((e) => e.title.includes('veto') || e.title.includes('Veto'))).toEqual([]);
  });

  it('a club that took over the lead of a league is no one appointed', () => {
    expect(eventsFrom(file, 'league leaders')).toEqual([]);
  });

  it('money that disappeared is no one missing', () => {
    expect(eventsFrom(file, 'The money disappeared')).toEqual([]);
  });

  it('the reports of the filing in three languages are one event', () => {
    const [event] = eventsFrom(file, 'applied for bankruptcy on Thursday');
    expect(new Set(event?.sources.map((s) => s.document))).toEqual(
      new Set(['en_bankrupt', 'nl_bankrupt', 'de_bankrupt']),
    );
  });
});
