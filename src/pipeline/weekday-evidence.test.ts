/**
 * The day of a report's news, as its opening tells it: the opening sentence's weekday, or the first
 * one its opening paragraph tells ("Dat zei FBI-directeur Wray woensdag", after a lede with none).
 */
import { describe, expect, it } from 'vitest';
import { weekdayEvidence } from './weekday-evidence.ts';

function article(paragraphs: string[][]) {
  let index = 0;
  return {
    sentences: paragraphs.flatMap((texts, p) =>
      texts.map((text, s) => ({
        id: `p${p + 1}.s${s + 1}`,
        paragraph: `p${p + 1}`,
        index: index++,
        text,
        start: 0,
        end: text.length,
      })),
    ),
  };
}

describe('the weekday a report opens with', () => {
  it.each<[string, string[][], number | undefined, number | undefined]>([
    [
      'a Dutch lede whose second sentence names Wednesday',
      [
        [
          'De man die op Donald Trump schoot, zocht een week voor de aanslag op internet naar de moord op Kennedy.',
          'Dat zei FBI-directeur Christopher Wray woensdag tijdens een verhoor in het Huis van Afgevaardigden.',
        ],
        ['De directeur van de Secret Service, Kimberly Cheatle, stapte dinsdag op.'],
      ],
      undefined,
      3,
    ],
    [
      'an English opening sentence that names Tuesday',
      [['Cheatle resigned on Tuesday.', 'Wray testified on Wednesday.']],
      2,
      2,
    ],
    [
      'a weekday only in a later paragraph opens nothing',
      [['Cheatle resigned.'], ['Wray testified on Wednesday.']],
      undefined,
      undefined,
    ],
  ])('%s', (_, paragraphs, lead, opening) => {
    const evidence = weekdayEvidence(article(paragraphs));
    expect(evidence.lead).toBe(lead);
    expect(evidence.opening).toBe(opening);
  });
});
