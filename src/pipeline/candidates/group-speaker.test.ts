import { describe, expect, it } from 'vitest';
import { groupSpeaker } from './group-speaker.ts';

/** The speaker found for the first "said" (or "told") of `sentence`. */
function speakerOf(sentence: string): string | undefined {
  const at = sentence.search(/\b(?:said|told)\b/);
  return groupSpeaker(sentence, at)?.text;
}

describe('people named by what they are to a place speak with the verb right after them', () => {
  it.each<[string, string, string | undefined]>([
    [
      '“Residents of Marrakech said …” is the residents speaking, not Marrakech',
      'Residents of Marrakech said some buildings had collapsed in the old city, a UNESCO World Heritage site.',
      'Residents',
    ],
    [
      'a quantifier and a place with "in" before them',
      'Some villagers in Amizmiz said the road to the valley was blocked.',
      'Villagers',
    ],
    ['after the words they told', 'The minaret fell onto the square, witnesses told Reuters.', 'Witnesses'],
    [
      'residents who were the object of another verb say nothing',
      'Police evacuated residents and said the fire was under control.',
      undefined,
    ],
    [
      'an institution before the verb is no group of people',
      'The interior ministry said at least 672 people were injured.',
      undefined,
    ],
  ])('%s: “%s”', (_, sentence, speaker) => {
    expect(speakerOf(sentence)).toBe(speaker);
  });
});
