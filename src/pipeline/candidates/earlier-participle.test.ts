/**
 * A participle that describes a noun ("the evacuated town") names a happening told before, not one
 * the sentence reports.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('a participle that describes a noun names a happening told before', () => {
  it.each([
    [
      'a German lava flow towards the evacuated town is no evacuation',
      'de',
      'Lava fließt seitdem in Richtung des evakuierten Ortes.',
      [],
    ],
    [
      'an English fissure north of the evacuated town is no evacuation',
      'en',
      'Friday lava flowed towards the evacuated town.',
      [],
    ],
    [
      'people taken out of the flooded districts are evacuated, not flooded',
      'nl',
      'Woensdag zijn 1894 mensen uit de overstroomde wijken geëvacueerd.',
      ['evacuation'],
    ],
    [
      'a Dutch flooded area named again is no new flood',
      'nl',
      'Donderdag keerden bewoners terug naar het overstroomde gebied.',
      [],
    ],
    [
      'boys brought out of "a flooded cave" are rescued; the cave was flooded before',
      'en',
      'Rescue divers brought four more boys out of a flooded cave in northern Thailand on Monday.',
      ['rescue'],
    ],
    [
      'divers searching "a flooded cave" tell of no new flood',
      'en',
      'On Monday divers searched a flooded cave in northern Thailand.',
      [],
    ],
    [
      'divers searching "een overstroomde grot" tell of no new flood',
      'nl',
      'Maandag zochten duikers in een overstroomde grot naar de jongens.',
      [],
    ],
    [
      'rains that flooded the cave are still reported',
      'en',
      'On Saturday monsoon rains flooded the cave behind them.',
      ['disaster'],
    ],
    [
      'a Dutch river that flooded is still reported',
      'nl',
      'Woensdag overstroomde de rivier de hele benedenstad.',
      ['disaster'],
    ],
    [
      'an English town that was evacuated is still reported',
      'en',
      'Monday night the town was evacuated.',
      ['evacuation'],
    ],
    [
      'a German town that was evacuated is still reported',
      'de',
      'Am Montag wurde der Ort evakuiert.',
      ['evacuation'],
    ],
    [
      'an injured man befallen by it is still news',
      'en',
      'Friday the injured man was flown to Reykjavík.',
      ['injury'],
    ],
    [
      'the son of an ousted prime minister speaking tells of no coup',
      'en',
      'The son of ousted Prime Minister Sheikh Hasina was arrested on Friday.',
      ['arrest'],
    ],
    [
      "a country's deposed leader named again is no coup",
      'en',
      "Friday Niger's deposed president met the envoy.",
      [],
    ],
    [
      'an army that ousted the president is still a coup',
      'en',
      'On Friday the army ousted President Bazoum.',
      ['coup'],
    ],
    [
      'a Dutch bank taking over "de omgevallen Silicon Valley Bank" reports the takeover, not the failure',
      'nl',
      'De Amerikaanse bank First Citizens neemt het grootste deel van de omgevallen Silicon Valley Bank over.',
      ['takeover'],
    ],
    [
      'a Dutch bank that fell over is still reported',
      'nl',
      'Vrijdag is de Silicon Valley Bank omgevallen.',
      ['bank-failure'],
    ],
    [
      'Dutch protests after "de" are a noun, not a participle',
      'nl',
      'Vrijdag begonnen de protesten opnieuw.',
      ['protest'],
    ],
    [
      'the Dutch occupants "van de vermiste duikboot" died: the submarine was missing before',
      'nl',
      'De vijf inzittenden van de vermiste duikboot Titan zijn vrijdag om het leven gekomen.',
      ['death'],
    ],
    [
      'the German occupants "des vermissten Tauchboots" died: the submarine was missing before',
      'de',
      'Die fünf Insassen des vermissten Tauchboots sind am Freitag ums Leben gekommen.',
      ['death'],
    ],
  ])('%s', (_, lang, text, kinds) => {
    expect(kindsAndTitles(lang, text, '2025-11-21').map((c) => c.kind)).toEqual(kinds);
  });
});
