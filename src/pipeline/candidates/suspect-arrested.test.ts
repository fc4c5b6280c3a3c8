/**
 * An arrest of one suspect nobody names ("taken into custody on suspicion of …", "een 45-jarige man
 * aangehouden op verdenking van …") is titled "Suspect arrested", not "Arrests in …" as if many
 * were; perpetrators in the plural keep the plain title.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOfSentence, day, type MentionSpec } from './test-helpers.ts';

describe('the title of the arrest of one suspect', () => {
  it.each<[string, string, string, string, string, MentionSpec[]]>([
    [
      'a police officer taken into custody on suspicion of manslaughter in Nanterre',
      'en',
      'On Wednesday the officer was taken into custody on suspicion of voluntary manslaughter, the Nanterre prosecutor’s office said.',
      'Suspect arrested in Nanterre',
      'On Wednesday',
      [['Nanterre', 'place', 'nanterre']],
    ],
    [
      'a man arrested on suspicion of arson, with no place',
      'en',
      'Police arrested a 46-year-old man on suspicion of arson late on Tuesday.',
      'Suspect arrested',
      'late on Tuesday',
      [],
    ],
    [
      'a Dutch man held "op verdenking van brandstichting"',
      'nl',
      'De politie heeft zondagochtend een 45-jarige man aangehouden op verdenking van brandstichting.',
      'Suspect arrested',
      'zondagochtend',
      [],
    ],
    [
      'the suspect arrested in Bradford',
      'en',
      'The suspect was arrested on Sunday evening in Bradford.',
      'Suspect arrested in Bradford',
      'on Sunday evening',
      [['Bradford', 'place', 'bradford']],
    ],
    [
      'German perpetrators in the plural are no single suspect',
      'de',
      'Am Samstag teilte der Geheimdienst mit, die Täter seien in Brjansk festgenommen worden.',
      'Arrests in Bryansk',
      'Am Samstag',
      [['Brjansk', 'place', 'bryansk']],
    ],
  ])('%s', (_, lang, text, title, phrase, mentions) => {
    const [c] = candidatesOfSentence(lang, { text, times: [day('2024-03-23', phrase)], mentions });
    expect(c?.title).toBe(title);
  });
});
