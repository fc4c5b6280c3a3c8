/**
 * Wordings of other genres than disasters and attacks, from unseen articles a data desk feeds: a
 * football final, a rocket launch, a rate decision, a rail strike announced ahead, a verdict's appeal.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

describe('a sentence of another genre gets its kind and title', () => {
  it.each<[string, string, string, string, MentionSpec[]]>([
    [
      'en',
      'Andrés Iniesta scored four minutes from the end of extra time as Spain beat the Netherlands 1-0 in the World Cup final.',
      'goal',
      'Andrés Iniesta scores',
      [['Andrés Iniesta', 'actor']],
    ],
    [
      'nl',
      'Wesley Sneijder scoorde in de 53e minuut de winnende treffer.',
      'goal',
      'Wesley Sneijder scores',
      [['Wesley Sneijder', 'actor']],
    ],
    [
      'de',
      'Mario Götze erzielte in der 113. Minute das Tor zum 1:0.',
      'goal',
      'Mario Götze scores',
      [['Mario Götze', 'actor']],
    ],
    [
      'en',
      'The Netherlands finished with 10 men after defender John Heitinga was sent off in the 109th minute.',
      'sent-off',
      'John Heitinga sent off',
      [['John Heitinga', 'actor']],
    ],
    [
      'nl',
      'Verdediger John Heitinga kreeg in de 109e minuut de rode kaart.',
      'sent-off',
      'John Heitinga sent off',
      [['John Heitinga', 'actor']],
    ],
    [
      'de',
      'Jérôme Boateng wurde in der 80. Minute vom Platz gestellt.',
      'sent-off',
      'Jérôme Boateng sent off',
      [['Jérôme Boateng', 'actor']],
    ],
    [
      'en',
      'Iker Casillas lifted the trophy shortly before midnight local time.',
      'trophy',
      'Iker Casillas lifts the trophy',
      [['Iker Casillas', 'actor']],
    ],
    [
      'de',
      'Deutschland gewann das Finale gegen Argentinien mit 1:0.',
      'match-won',
      'Germany wins the final',
      [
        ['Deutschland', 'place', 'germany'],
        ['Argentinien', 'place', 'argentina'],
      ],
    ],
    [
      'en',
      'A SpaceX rocket carrying two NASA astronauts lifted off from Florida on Saturday.',
      'launch',
      'Rocket launch from Florida',
      [['Florida', 'place', 'florida']],
    ],
    [
      'en',
      'A first attempt on Wednesday was called off with 16 minutes left on the countdown.',
      'cancellation',
      'Launch called off',
      [],
    ],
    [
      'de',
      'Die Europäische Zentralbank (EZB) hat die Leitzinsen im Euroraum zum neunten Mal in Folge erhöht.',
      'rate-rise',
      'EZB raises interest rates',
      [['EZB', 'actor']],
    ],
    [
      'de',
      'Die Lokführergewerkschaft GDL hat ihre Mitglieder erneut zum Streik bei der Deutschen Bahn aufgerufen.',
      'call',
      'GDL calls for a strike',
      [['GDL', 'actor']],
    ],
    ['de', 'Seit Montag blockieren Landwirte mit Traktoren Autobahnauffahrten.', 'protest', 'Protests', []],
    [
      'de',
      'Der Ausstand im Personenverkehr soll am Mittwoch beginnen, teilte die Gewerkschaft am Montag mit.',
      'protest',
      'Strike',
      [],
    ],
    [
      'nl',
      'De advocaat van Taghi liet na afloop weten dat zijn cliënt in hoger beroep gaat.',
      'statement',
      'Appeal announced',
      [['Taghi', 'actor']],
    ],
  ])('[%s] “%s” is %s: “%s”', (lang, text, kind, title, mentions) => {
    expect(kindsAndTitles(lang, text, '2024-01-08', mentions)).toContainEqual({ kind, title });
  });

  it.each([
    ['de', 'Über Weihnachten hatte die Gewerkschaft auf Streiks verzichtet.', 'protest'],
    ['de', 'Vizepräsident Mike Pence hatte sich geweigert, das Ergebnis zu blockieren.', 'protest'],
    ['en', 'The rocket blasted off from Launch Complex 39A at 3:22 p.m.', 'explosion'],
    [
      'en',
      'Arjen Robben ran clear in the 62nd minute but was denied by Spain captain Iker Casillas.',
      'statement',
    ],
    ['de', 'In mehreren ICE-Zügen fielen am Mittwoch die Klimaanlagen aus.', 'cancellation'],
    [
      'en',
      'Some passengers jumped into the cold water and swam to shore; others were lifted off by helicopter.',
      'launch',
    ],
  ])('[%s] “%s” tells no %s', (lang, text, kind) => {
    expect(kindsAndTitles(lang, text, '2024-01-08').map((c) => c.kind)).not.toContain(kind);
  });

  it('takes a court ruling on an appeal for no appeal announced', () => {
    const text =
      'Het hof van beroep in Parijs maakte vandaag bekend dat het in de zomer uitspraak doet in het hoger beroep.';
    expect(kindsAndTitles('nl', text, '2025-04-01').map((c) => c.title)).not.toContain('Appeal announced');
  });
});
