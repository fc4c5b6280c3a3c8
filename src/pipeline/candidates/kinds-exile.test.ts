/**
 * A leader who flees abroad: one happening, titled by who fled and where to, apart from
 * civilians who flee their homes (an evacuation) and from a leader ousted.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const RAJAPAKSA: MentionSpec = ['Rajapaksa', 'unknown'];
const HASINA: MentionSpec = ['Hasina', 'unknown'];

describe('a leader fleeing abroad is reported as fleeing, titled by who and where to', () => {
  it.each<[string, string, string, MentionSpec[]]>([
    [
      'en',
      'On Wednesday Rajapaksa fled to the Maldives on a military plane.',
      'Rajapaksa flees to Maldives',
      [RAJAPAKSA, ['Maldives', 'place', 'maldives']],
    ],
    [
      'en',
      'Hasina fled by helicopter to India on Monday.',
      'Hasina flees to India',
      [HASINA, ['India', 'place', 'india']],
    ],
    [
      'en',
      "On Wednesday Sri Lanka's president, Rajapaksa, has fled the country on a military plane.",
      'Rajapaksa flees the country',
      [['Sri Lanka', 'place', 'sri-lanka'], RAJAPAKSA],
    ],
    [
      'nl',
      'Rajapaksa vluchtte afgelopen woensdag met een militair vliegtuig naar de Malediven.',
      'Rajapaksa flees to Maldives',
      [RAJAPAKSA, ['Malediven', 'place', 'maldives']],
    ],
    ['nl', 'Woensdag is de president naar het buitenland gevlucht.', 'Leader flees the country', []],
    [
      'de',
      'Rajapaksa hatte sich am Mittwoch mit einer Militärmaschine auf die Malediven abgesetzt.',
      'Rajapaksa flees to Maldives',
      [RAJAPAKSA, ['Malediven', 'place', 'maldives']],
    ],
    ['de', 'Am Mittwoch ist der Präsident ins Ausland geflohen.', 'Leader flees the country', []],
  ])('[%s] “%s” is titled “%s”', (lang, text, title, mentions) => {
    expect(kindsAndTitles(lang, text, '2022-07-13', mentions)).toEqual([{ kind: 'exile', title }]);
  });
});

describe('others fleeing are no leader going into exile', () => {
  it.each<[string, string]>([
    ['en', 'On Monday thousands of residents fled their homes as the water rose.'],
    ['en', 'On Monday thousands of people fled to the hills.'],
    ['nl', 'Maandag zijn duizenden bewoners naar het buitenland gevlucht.'],
    ['de', 'Am Montag sind Tausende Menschen ins Ausland geflohen.'],
  ])('[%s] “%s” is no exile', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2022-07-13').map((c) => c.kind)).not.toContain('exile');
  });
});

describe('the one who fled in a relative clause is the one it befell', () => {
  it('[de] “die Nachfolge von Staatschef Rajapaksa an, der … ins Ausland geflohen war” titles Rajapaksa', () => {
    const text =
      'Wickremesinghe tritt die Nachfolge von Staatschef Rajapaksa an, der vergangene Woche ins Ausland geflohen war.';
    expect(kindsAndTitles('de', text, '2022-07-20', [['Wickremesinghe', 'unknown'], RAJAPAKSA])).toEqual([
      { kind: 'exile', title: 'Rajapaksa flees the country' },
    ]);
  });
});

describe('what someone flees in is no one who flees', () => {
  const CLIO: MentionSpec = ['Renault Clio', 'unknown'];
  it.each<[string, string]>([
    ['nl', 'Hij vluchtte in een rode Renault Clio, die later aan de Tweede Daalsedijk werd teruggevonden.'],
    ['de', 'Er floh in einem roten Renault Clio, der später gefunden wurde.'],
    ['en', 'He has fled in a red Renault Clio that was later found abandoned.'],
  ])('[%s] “%s” is no exile of the car', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2019-03-18', [CLIO]).map((c) => c.kind)).not.toContain('exile');
  });
});
