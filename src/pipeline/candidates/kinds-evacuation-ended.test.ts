/**
 * The end of an evacuation, a suicide bomber blowing himself up, rockets fired, an armed group
 * entering a city and a leader leaving the country, in en, nl and de, read through the candidate stage.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const BUNDESWEHR: MentionSpec = ['Bundeswehr', 'actor', 'bundeswehr'];
const GERMANY: MentionSpec = ['Germany', 'actor', 'germany'];
const KABUL: MentionSpec = ['Kabul', 'place', 'kabul'];
const TALIBAN: MentionSpec = ['Taliban', 'actor', 'taliban'];
const GHANI: MentionSpec = ['Ashraf Ghani', 'actor', 'ghani'];

describe('a sentence in one of the added wordings gets its kind and title', () => {
  it.each<[string, string, string, string, MentionSpec[]]>([
    [
      'de',
      'Donnerstag hatte die Bundeswehr ihre Evakuierungsflüge beendet.',
      'evacuation-ended',
      'Bundeswehr ends its evacuation',
      [BUNDESWEHR],
    ],
    [
      'en',
      'Wednesday Germany ended its evacuation after flying out 780 people.',
      'evacuation-ended',
      'Germany ends its evacuation',
      [GERMANY],
    ],
    [
      'nl',
      'Donderdag is de Nederlandse evacuatiemissie beëindigd.',
      'evacuation-ended',
      'Evacuation ended',
      [],
    ],
    [
      'de',
      'Donnerstagabend hatte sich ein Attentäter am Flughafen in die Luft gesprengt.',
      'attack',
      'Attack',
      [],
    ],
    ['en', 'Thursday a suicide bomber blew himself up at the gate.', 'attack', 'Attack', []],
    [
      'de',
      'Montag hatte der IS fünf Raketen auf den Flughafen abgefeuert.',
      'attack',
      'Missile and air strikes',
      [],
    ],
    ['en', 'Sunday the Taliban entered Kabul.', 'capture', 'Taliban captures Kabul', [TALIBAN, KABUL]],
    // A title set off by commas keeps the name next to its verb.
    [
      'en',
      'Sunday Ashraf Ghani, the president of the Islamic Republic of Afghanistan, left the country.',
      'exile',
      'Ashraf Ghani flees the country',
      [GHANI],
    ],
  ])('[%s] “%s” is a %s titled “%s”', (lang, text, kind, title, mentions) => {
    expect(kindsAndTitles(lang, text, '2021-08-26', mentions)).toContainEqual({ kind, title });
  });
});
