/**
 * The clause ahead of "after" carries what a lead sentence reports, even when the subordinate
 * clause runs on past a comma: New Caledonia, May 2024.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const FRANCE: MentionSpec = ['France', 'actor', 'france'];
const NC: MentionSpec = ['New Caledonia', 'place', 'new-caledonia'];

describe('a lead sentence with an “after” clause', () => {
  it('reports the state of emergency it opens with, beside the dead and injured of the clause', () => {
    const found = kindsAndTitles(
      'en',
      'Wednesday France declared a state of emergency in New Caledonia after two nights of rioting in the Pacific territory left four people dead, including a gendarme, and hundreds injured, as anger over a voting reform boiled over.',
      '2024-05-15',
      [FRANCE, NC],
    );
    expect(found.map((c) => c.kind).sort()).toEqual(['death', 'emergency', 'injury']);
    expect(found.find((c) => c.kind === 'emergency')?.title).toBe(
      'France declares a state of emergency in New Caledonia',
    );
  });

  it('reports both the arson ahead of the clause and the death after it: “…, and a gendarme was killed”', () => {
    const found = kindsAndTitles(
      'en',
      'Monday protesters set fire to shops in Noumea after the vote in Paris, and a gendarme was killed.',
      '2024-05-13',
    );
    expect(found.map((c) => c.kind).sort()).toEqual(['arson', 'death']);
  });

  it.each([
    [
      'nl',
      'Woensdag riep Frankrijk de noodtoestand uit in Nieuw-Caledonië nadat bij rellen vier mensen waren gedood, onder wie een gendarme, en honderden gewond raakten.',
    ],
    [
      'de',
      'Mittwoch verhängte Frankreich den Ausnahmezustand über Neukaledonien, nachdem bei Krawallen vier Menschen getötet worden waren, darunter ein Gendarm, und Hunderte verletzt wurden.',
    ],
  ])('[%s] “%s” also reports the state of emergency', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2024-05-15').map((c) => c.kind)).toContain('emergency');
  });
});
