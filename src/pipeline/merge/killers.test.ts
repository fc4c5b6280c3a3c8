/**
 * A toll joins the happening it counts: the seven an airstrike killed hours after a quake are not
 * among the quake's dead, though both sentences name the quake, the day and the military.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../candidates/stage.ts';
import { article, day } from '../candidates/test-helpers.ts';
import { mergeCandidates } from './stage.ts';

const ap = article(
  'ap',
  'en',
  [
    {
      text: 'The death toll from Friday’s massive earthquake in Myanmar rose to 1,700 on Sunday, the military government said.',
      times: [day('2025-03-30', 'on Sunday')],
    },
    {
      text: 'Hours after the quake on Friday, the military carried out an airstrike on the town of Naungcho in northern Shan state, killing seven people, resistance groups said.',
      times: [day('2025-03-28', 'on Friday')],
    },
  ],
  '2025-03-30',
);
const reuters = article(
  'reuters',
  'en',
  [
    {
      text: 'A magnitude 7.7 earthquake struck central Myanmar on Friday, killing at least 144 people, the country’s military government said.',
      times: [day('2025-03-28', 'on Friday')],
    },
  ],
  '2025-03-28',
);

describe('the dead and what killed them', () => {
  it('the seven of an airstrike stay apart from the quake’s running toll of 144 and 1,700', () => {
    const deaths = mergeCandidates([...extractCandidates(ap), ...extractCandidates(reuters)])
      .filter((e) => e.kind === 'death')
      .map((e) => ({
        day: e.when.start.slice(0, 10),
        values: e.figures.map((f) => f.value),
        documents: e.sources.map((s) => s.document).sort(),
        cites: e.sources.map((s) => s.sentence.slice(0, 20)).sort(),
      }));
    expect(deaths).toEqual([
      {
        day: '2025-03-28',
        values: [144, 1700],
        documents: ['ap', 'reuters'],
        cites: ['A magnitude 7.7 eart', 'The death toll from '],
      },
      { day: '2025-03-28', values: [7], documents: ['ap'], cites: ['Hours after the quak'] },
    ]);
  });
});
