/** A pronoun reaches back to the persons of the paragraph before only from its paragraph's opening sentence. */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from './stage.ts';
import { article, day, type SentenceSpec } from './test-helpers.ts';

const dismissed: SentenceSpec = {
  text: 'Präsident Kassym-Schomart Tokajew hatte Massimow am Mittwoch als Geheimdienstchef entlassen.',
  times: [day('2022-01-05', 'am Mittwoch')],
  mentions: [
    ['Kassym-Schomart Tokajew', 'actor', 'tokayev'],
    ['Massimow', 'actor', 'massimov'],
  ],
  paragraph: 'p1',
};

function actorsOf(kind: string, specs: SentenceSpec[]): string[] | undefined {
  return extractCandidates(article('de_spiegel_undated', 'de', specs)).find((c) => c.kind === kind)?.actors;
}

describe('the persons a pronoun stands for', () => {
  it('“Er war am Mittwoch von Demonstranten besetzt worden” after a paragraph opening on the airport is the airport, not the spy chief', () => {
    const actors = actorsOf('occupation', [
      dismissed,
      {
        text: 'Der Flughafen von Almaty ist nach Angaben der Behörden wieder unter Kontrolle der Sicherheitskräfte.',
        paragraph: 'p2',
      },
      {
        text: 'Er war am Mittwoch von Demonstranten besetzt worden.',
        times: [day('2022-01-05', 'am Mittwoch')],
        paragraph: 'p2',
      },
    ]);
    expect(actors).toEqual([]);
  });

  it('a paragraph that opens with “Er” still speaks of the person the one before named', () => {
    const actors = actorsOf('emergency', [
      dismissed,
      {
        text: 'Er verhängte am Mittwoch den Ausnahmezustand über Almaty.',
        times: [day('2022-01-05', 'am Mittwoch')],
        paragraph: 'p2',
      },
    ]);
    expect(actors).toContain('tokayev');
  });
});
