/**
 * Kinds of happening beyond conflict reporting (arrivals, declarations, election results,
 * cancellations, congratulations, debates), each in English, Dutch and German: the lexicon in
 * data/event-lexicon.json read through the candidate stage.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const TURKEY: MentionSpec = ['Turkey', 'place', 'turkey'];

describe('a report of one of the added kinds gets its kind and title', () => {
  it.each<[string, string, string, MentionSpec[], string, string]>([
    [
      'en',
      'Tuesday rescue teams from more than 20 countries arrived in Turkey.',
      '2023-02-07',
      [TURKEY],
      'arrival',
      'Rescue teams arrive in Turkey',
    ],
    [
      'nl',
      'Dinsdag zijn reddingsteams uit twintig landen in Turkije aangekomen.',
      '2023-02-07',
      [['Turkije', 'place', 'turkey']],
      'arrival',
      'Rescue teams arrive in Turkey',
    ],
    [
      'de',
      'Dienstag sind Rettungsteams aus zwanzig Ländern in der Türkei eingetroffen.',
      '2023-02-07',
      [['Türkei', 'place', 'turkey']],
      'arrival',
      'Rescue teams arrive in Turkey',
    ],
    [
      'en',
      'Tuesday the government declared a state of emergency in ten provinces.',
      '2023-02-07',
      [],
      'emergency',
      'Government declares a state of emergency',
    ],
    [
      'nl',
      'Dinsdag riep de regering de noodtoestand uit in tien provincies.',
      '2023-02-07',
      [],
      'emergency',
      'State of emergency declared',
    ],
    [
      'de',
      'Dienstag verhängte die Regierung den Ausnahmezustand über zehn Provinzen.',
      '2023-02-07',
      [],
      'emergency',
      'State of emergency declared',
    ],
    [
      'en',
      'Wednesday the Freedom Party of Anna Berg won the election.',
      '2023-11-22',
      [['Anna Berg', 'unknown', 'name:anna-berg']],
      'election-result',
      'Anna Berg wins the election',
    ],
    [
      'nl',
      'Woensdag is de partij van Anna Berg de grootste partij geworden.',
      '2023-11-22',
      [['Anna Berg', 'unknown', 'name:anna-berg']],
      'election-result',
      'Anna Berg wins the election',
    ],
    [
      'de',
      'Mittwoch ist die Partei von Anna Berg stärkste Kraft geworden.',
      '2023-11-22',
      [['Anna Berg', 'unknown', 'name:anna-berg']],
      'election-result',
      'Anna Berg wins the election',
    ],
    [
      'en',
      'Monday hundreds of flights were cancelled at the airports.',
      '2023-03-27',
      [],
      'cancellation',
      'Flights cancelled',
    ],
    [
      'nl',
      'Maandag werden honderden vluchten geschrapt op de luchthavens.',
      '2023-03-27',
      [],
      'cancellation',
      'Flights cancelled',
    ],
    [
      'de',
      'Montag fielen an den Flughäfen hunderte Flüge aus.',
      '2023-03-27',
      [],
      'cancellation',
      'Flights cancelled',
    ],
    [
      'en',
      'Thursday Mark Rutte congratulated Geert Wilders.',
      '2023-11-23',
      [
        ['Mark Rutte', 'unknown', 'name:mark-rutte'],
        ['Geert Wilders', 'unknown', 'name:geert-wilders'],
      ],
      'statement',
      'Mark Rutte congratulates Geert Wilders',
    ],
    [
      'nl',
      'Donderdag feliciteerde Mark Rutte Geert Wilders.',
      '2023-11-23',
      [
        ['Mark Rutte', 'unknown', 'name:mark-rutte'],
        ['Geert Wilders', 'unknown', 'name:geert-wilders'],
      ],
      'statement',
      'Mark Rutte congratulates Geert Wilders',
    ],
    [
      'de',
      'Donnerstag gratulierte Mark Rutte Geert Wilders.',
      '2023-11-23',
      [
        ['Mark Rutte', 'unknown', 'name:mark-rutte'],
        ['Geert Wilders', 'unknown', 'name:geert-wilders'],
      ],
      'statement',
      'Mark Rutte congratulates Geert Wilders',
    ],
    [
      'en',
      'Monday the party leaders held a last debate in Rotterdam.',
      '2023-11-20',
      [['Rotterdam', 'unknown', 'name:rotterdam']],
      'debate',
      'Debate in Rotterdam',
    ],
    [
      'nl',
      'Maandag hadden de lijsttrekkers een laatste debat in Rotterdam.',
      '2023-11-20',
      [['Rotterdam', 'unknown', 'name:rotterdam']],
      'debate',
      'Debate in Rotterdam',
    ],
    [
      'de',
      'Montag gab es eine letzte Debatte in Rotterdam.',
      '2023-11-20',
      [['Rotterdam', 'unknown', 'name:rotterdam']],
      'debate',
      'Debate in Rotterdam',
    ],
  ])('[%s] “%s”', (lang, text, when, mentions, kind, title) => {
    expect(kindsAndTitles(lang, text, when, mentions)).toContainEqual({ kind, title });
  });
});

describe('a declaration is not a statement', () => {
  it.each([
    ['en', 'Tuesday he declared a state of emergency in ten provinces for three months.'],
    ['nl', 'Dinsdag verklaarde hij de noodtoestand in tien provincies.'],
    ['de', 'Dienstag erklärte er den Notstand in zehn Provinzen.'],
  ])('[%s] “%s” gives no “Statement issued”', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2023-02-07').map((c) => c.title)).not.toContain('Statement issued');
  });
});

describe('natural disasters beyond floods and earthquakes', () => {
  it.each([
    ['en', 'Thursday Hurricane Delia made landfall near Tampa, killing at least 12 people.', 'Storm'],
    ['nl', 'Donderdag trok een orkaan over het eiland.', 'Storm'],
    ['de', 'Donnerstag wütete ein Waldbrand in Brandenburg.', 'Wildfire'],
  ])('[%s] “%s” is a disaster titled “%s”', (lang, text, title) => {
    expect(kindsAndTitles(lang, text, '2024-09-26')).toContainEqual({ kind: 'disaster', title });
  });

  it('does not take protesters storming a building for a storm', () => {
    const kinds = kindsAndTitles('en', 'Monday protesters stormed the city hall.', '2022-01-03').map(
      (c) => c.kind,
    );
    expect(kinds).not.toContain('disaster');
  });
});
