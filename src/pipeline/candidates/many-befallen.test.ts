/**
 * An arrest on suspicion befalls many where its clause counts them without a number ("several
 * people", "meerdere verdachten", "mehrere Tatverdächtige"); one suspect otherwise, whatever the
 * suspicion counts.
 */
import { describe, expect, it } from 'vitest';
import { befallsMany } from './many-befallen.ts';
import { candidatesOfSentence, day, type MentionSpec } from './test-helpers.ts';

describe('whether an arrest befalls many uncounted people', () => {
  it.each<[string, string, string, boolean]>([
    [
      'several people arrested on suspicion',
      'Police arrested several people on suspicion of looting.',
      'arrested',
      true,
    ],
    ['Dutch suspects in the plural', 'Er werden meerdere verdachten aangehouden.', 'aangehouden', true],
    [
      'German suspects in the plural',
      'Am Freitag wurden mehrere Tatverdächtige festgenommen.',
      'festgenommen',
      true,
    ],
    [
      'dozens, before the German suspicion',
      'Dutzende wurden unter dem Verdacht der Plünderung festgenommen.',
      'festgenommen',
      true,
    ],
    [
      'one officer taken into custody',
      "The officer, a 38-year-old motorcycle policeman, was taken into custody on suspicion of voluntary manslaughter, the Nanterre prosecutor's office said.",
      'taken into custody',
      false,
    ],
    [
      'the many he is suspected of attacking',
      'A man was arrested on suspicion of attacking several people in the city centre.',
      'arrested',
      false,
    ],
    [
      'several hours later',
      'The man was arrested several hours later on suspicion of arson.',
      'arrested',
      false,
    ],
    [
      'a man suspected of attacking people',
      'A man suspected of attacking people near the station was arrested on Sunday.',
      'arrested',
      false,
    ],
  ])('%s', (_, text, trigger, many) => {
    expect(befallsMany(text, text.indexOf(trigger))).toBe(many);
  });
});

describe('the title of an arrest of many uncounted people on suspicion', () => {
  const ALMATY: MentionSpec = ['Almaty', 'place', 'almaty'];
  it.each<[string, string, string, string]>([
    [
      'en',
      'On Friday police arrested several people in Almaty on suspicion of looting.',
      'On Friday',
      'Arrests in Almaty',
    ],
    [
      'nl',
      'Vrijdag werden in Almaty meerdere mensen aangehouden op verdenking van plundering.',
      'Vrijdag',
      'Arrests in Almaty',
    ],
    [
      'de',
      'Am Freitag wurden in Almaty mehrere Personen unter dem Verdacht der Plünderung festgenommen.',
      'Am Freitag',
      'Arrests in Almaty',
    ],
    [
      'en',
      'On Friday a man was arrested in Almaty on suspicion of attacking several people.',
      'On Friday',
      'Suspect arrested in Almaty',
    ],
  ])('[%s] “%s” is titled %j', (lang, text, phrase, title) => {
    const [c] = candidatesOfSentence(lang, { text, times: [day('2022-01-07', phrase)], mentions: [ALMATY] });
    expect(c?.title).toBe(title);
  });
});
