/**
 * Blaming someone for a happening is a statement about it, not a report of it: "Zelensky accused
 * Russia of blowing up the dam", "Zelensky beschuldigde Rusland van de aanslag", "Selenskyj warf
 * Russland vor, den Staudamm gesprengt zu haben", and the Kremlin "called it sabotage".
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const people: MentionSpec[] = [
  ['Zelensky', 'actor', 'zelensky'],
  ['Selenskyj', 'actor', 'zelensky'],
  ['Peskov', 'actor', 'peskov'],
];
const mentionsIn = (text: string) => people.filter(([name]) => text.includes(name));

describe('an accusation', () => {
  it.each([
    ['en', 'On Tuesday Zelensky accused Russia of blowing up the dam.'],
    ['en', 'On Tuesday Peskov called it "deliberate sabotage by the Ukrainian side".'],
    ['en', 'On Tuesday Zelensky blamed Russian troops for the flooding.'],
    ['nl', 'Dinsdag beschuldigde Zelensky Rusland van de aanslag op de dam.'],
    ['de', 'Am Dienstag warf Selenskyj Russland vor, den Staudamm gesprengt zu haben.'],
    ['de', 'Am Dienstag machte Selenskyj Russland für die Zerstörung des Staudamms verantwortlich.'],
    ['de', 'Am Dienstag wirft Selenskyj Russland vor, die Sprengung nicht verhindert zu haben.'],
  ])('[%s] “%s” is a statement and nothing else', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2023-06-06', mentionsIn(text)).map((k) => k.kind)).toEqual([
      'statement',
    ]);
  });

  it.each([
    ['en', 'On Tuesday Zelensky was accused of treason.'],
    ['en', 'Peskov has been accused of lying about the war.'],
    ['en', 'The demonstrators accused the parliament and its president Peskov of failure.'],
    ['nl', 'Demonstranten beschuldigden Zelensky van verraad.'],
  ])('[%s] “%s” is a charge or a crowd’s anger, not a statement', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2023-06-06', mentionsIn(text)).map((k) => k.kind)).not.toContain(
      'statement',
    );
  });

  it.each([
    ['en', 'On Tuesday the dam was blown up.'],
    ['nl', 'Dinsdag werd de dam opgeblazen, meldde Zelensky.'],
    ['de', 'Am Dienstag wurde der Staudamm gesprengt, sagte Selenskyj.'],
  ])('[%s] “%s” still reports the dam destroyed', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2023-06-06', mentionsIn(text)).map((k) => k.kind)).toContain(
      'disaster',
    );
  });

  it('“He is accused of arriving at the scene about an hour after the accident” is no arrival', () => {
    const text =
      'He is accused of arriving at the scene about an hour after the accident and of not reporting to his superiors.';
    expect(kindsAndTitles('en', text, '2022-11-02', []).map((k) => k.kind)).not.toContain('arrival');
  });
});
