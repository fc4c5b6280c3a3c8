/**
 * A day ahead of publication in another clause that tells a plan is that plan's: "Het parlement werd
 * ontbonden, nieuwe verkiezingen zijn gepland voor 5 maart" does not date the dissolution to 5 March,
 * which is then known only to lie before publication. In its own clause, or in a clause that tells no
 * plan ("the president said on 5 March"), the day still dates it.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOfSentence, day } from './test-helpers.ts';

/** The date the first candidate of that kind gets, of a sentence in an article of 8 January 2022. */
function dateOf(lang: string, text: string, phrase: string, kind: string): string | undefined {
  const found = candidatesOfSentence(lang, { text, times: [day('2022-03-05', phrase)] });
  return found.find((c) => c.kind === kind)?.when.value;
}

describe('a day ahead in another clause dates the plan, not the happening', () => {
  it.each<[string, string, string, string, string]>([
    [
      'nl',
      'Het parlement werd ontbonden, nieuwe verkiezingen zijn gepland voor 5 maart.',
      '5 maart',
      'parliament-dissolved',
      'PAST_REF',
    ],
    [
      'en',
      'Parliament was dissolved, and new elections are planned for 5 March.',
      '5 March',
      'parliament-dissolved',
      'PAST_REF',
    ],
    [
      'de',
      'Das Parlament wurde aufgelöst, Neuwahlen sind für den 5. März geplant.',
      '5. März',
      'parliament-dissolved',
      'PAST_REF',
    ],
    ['nl', 'Het parlement wordt op 5 maart ontbonden.', '5 maart', 'parliament-dissolved', '2022-03-05'],
    [
      'en',
      'Parliament was dissolved, the president said on 5 March.',
      '5 March',
      'parliament-dissolved',
      '2022-03-05',
    ],
    ['de', 'Das Parlament wurde am 5. März aufgelöst.', '5. März', 'parliament-dissolved', '2022-03-05'],
  ])('%s: “%s” is dated %s', (lang, text, phrase, kind, value) => {
    expect(dateOf(lang, text, phrase, kind)).toBe(value);
  });
});
