import { describe, expect, it } from 'vitest';
import { pronounSubjectBetween } from './pronoun-in-time-clause.ts';

/** The text between the named person and the trigger word, as a sentence writes it. */
function gapBefore(sentence: string, name: string, trigger: string): string {
  return sentence.slice(sentence.indexOf(name) + name.length, sentence.lastIndexOf(trigger));
}

describe('a pronoun subject in a clause of time keeps the happening from a person named before it', () => {
  it.each<[string, string, string, string, boolean]>([
    [
      'the Duke of York did not die: "after she had died" is someone else’s death',
      'The Prince of Wales, then still Duke of Cambridge, travelled with the Duke of York and the Earl and Countess of Wessex on a flight that landed at Aberdeen at around 3.50pm – some 40 minutes after she had died.',
      'Wessex',
      'died',
      true,
    ],
    [
      'a Dutch clause of time: "nadat zij was overleden"',
      'Prins Harry bereikte Balmoral pas twee uur nadat zij was overleden.',
      'Harry',
      'overleden',
      true,
    ],
    [
      'a German clause of time: "nachdem sie gestorben war"',
      'Prinz Harry landete erst in Aberdeen, nachdem sie gestorben war.',
      'Harry',
      'gestorben',
      true,
    ],
    [
      'a pronoun in a clause of place still points back to the one named: "where he died"',
      'John Smith was taken to hospital, where he died.',
      'Smith',
      'died',
      false,
    ],
    [
      'the named subject of the verb itself is its patient',
      'Queen Elizabeth died peacefully at her Balmoral estate on Thursday.',
      'Elizabeth',
      'died',
      false,
    ],
  ])('%s', (_, sentence, name, trigger, kept) => {
    expect(pronounSubjectBetween(gapBefore(sentence, name, trigger))).toBe(kept);
  });
});
