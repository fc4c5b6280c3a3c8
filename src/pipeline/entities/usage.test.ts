import { describe, expect, it } from 'vitest';
import { tokenize } from './text.ts';
import { countryUsage, demonymUsage } from './usage.ts';

/** Usage of `name` (its tokens, "U.S" for "U.S.") in the sentence. */
function usage(sentence: string, name: string, kind: 'country' | 'demonym') {
  const tokens = tokenize(sentence);
  const words = tokenize(name).map((t) => t.text);
  const i = tokens.findIndex((_, k) => words.every((w, j) => tokens[k + j]?.text === w));
  const end = i + words.length;
  return kind === 'country' ? countryUsage(tokens, sentence, i, end) : demonymUsage(tokens, sentence, i, end);
}

describe('what a country name or demonym stands for', () => {
  it.each([
    ['Germany has temporarily halted arms exports to Kazakhstan.', 'Germany', 'country', 'actor'],
    ['Germany has temporarily halted arms exports to Kazakhstan.', 'Kazakhstan', 'country', 'place'],
    ['Duitsland heeft de export van wapens stopgezet.', 'Duitsland', 'country', 'actor'],
    ['Since then, Kazakhstan’s largest city has been quiet.', 'Kazakhstan', 'country', 'place'],
    ['US citizens in Kazakhstan should be aware of the protests.', 'US', 'country', 'none'],
    ['On Saturday, Kazakh authorities arrested the former head.', 'Kazakh', 'demonym', 'actor'],
    ['Russian soldiers arrived on Thursday.', 'Russian', 'demonym', 'actor'],
    [
      'Ethnic Armenian forces in Nagorno-Karabakh agreed on Wednesday to lay down their arms.',
      'Armenian',
      'demonym',
      'none',
    ],
    ['De etnisch Armeense troepen in Nagorno-Karabach legden de wapens neer.', 'Armeense', 'demonym', 'none'],
    ['Die kasachischen Behörden nahmen ihn fest.', 'kasachischen', 'demonym', 'actor'],
    ['De Kazachstaanse autoriteiten hebben hem opgepakt.', 'Kazachstaanse', 'demonym', 'actor'],
    ['Staff in the Kazakh city of Almaty may leave.', 'Kazakh', 'demonym', 'none'],
    ['Kazakh President Tokayev spoke.', 'Kazakh', 'demonym', 'none'],
    ['The quake hit near Gaziantep, the U.S. Geological Survey said.', 'S', 'country', 'none'],
    ['He flew to the U.S. on Monday.', 'U.S', 'country', 'place'],
    [
      'Blinken said on Friday that the United States “wants to learn more” about Russian soldiers traveling to Kazakhstan.',
      'United States',
      'country',
      'actor',
    ],
    [
      'Blinken zei dat de Verenigde Staten „meer te weten willen komen”.',
      'Verenigde Staten',
      'country',
      'actor',
    ],
    ['Blinken said that troops arrived in Kazakhstan on Thursday.', 'Kazakhstan', 'country', 'place'],
  ])('"%s": %s (%s) → %s', (sentence, name, kind, expected) => {
    expect(usage(sentence, name, kind as 'country' | 'demonym')).toBe(expected);
  });
});

describe('a country that acts in its clause is no place of the sentence', () => {
  it.each<[string, string, string, string]>([
    ['At least seven people died in the chaos, U.S. officials said.', 'en', 'U.S', 'actor'],
    [
      'Mehr als 140 Menschen wurden nach Angaben des afghanischen Gesundheitsministeriums verletzt, unter ihnen 18 US-Soldaten.',
      'de',
      'US',
      'actor',
    ],
    ['Bij de aanslag kwamen dertien VS-militairen om het leven.', 'nl', 'VS', 'actor'],
    [
      'In den gut zwei Wochen seit der Machtübernahme der Taliban am 15. August hatten die USA und ihre Verbündeten mehr als 123.000 Menschen ausgeflogen.',
      'de',
      'USA',
      'actor',
    ],
    [
      'Am Sonntag töteten die USA nach eigenen Angaben bei einem Drohnenangriff in Kabul einen mutmaßlichen Attentäter des IS.',
      'de',
      'USA',
      'actor',
    ],
    ['Sinds 15 augustus hebben de VS ruim 100.000 mensen geëvacueerd.', 'nl', 'VS', 'actor'],
    [
      'Eine zweite Explosion wurde aus der Nähe des Baron Hotels gemeldet, in dem Großbritannien seine Evakuierung organisiert.',
      'de',
      'Großbritannien',
      'actor',
    ],
    [
      'Een tweede explosie was bij het hotel waar Groot-Brittannië zijn evacuatie regelt.',
      'nl',
      'Groot-Brittannië',
      'actor',
    ],
    ['Am Montag reiste er in die Türkei.', 'de', 'Türkei', 'place'],
    ['Am Montag verließ er die Türkei.', 'de', 'Türkei', 'place'],
    ['Russland hat die Ukraine angegriffen.', 'de', 'Ukraine', 'place'],
    ['Am Montag besuchte Scholz die Türkei.', 'de', 'Türkei', 'place'],
    ['Op maandag bezocht de premier de VS.', 'nl', 'VS', 'place'],
    ['Im benachbarten Polen wurden Schüsse gemeldet.', 'de', 'Polen', 'place'],
    ['Im Krieg gegen die Ukraine starben Tausende.', 'de', 'Ukraine', 'place'],
  ])('"%s" (%s): %s → %s', (sentence, language, name, expected) => {
    const tokens = tokenize(sentence);
    const words = tokenize(name).map((t) => t.text);
    const i = tokens.findIndex((_, k) => words.every((w, j) => tokens[k + j]?.text === w));
    expect(countryUsage(tokens, sentence, i, i + words.length, language)).toBe(expected);
  });
});
