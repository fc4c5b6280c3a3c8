/**
 * A fire put out is a happening of its own, after the fire; a donation pledged for rebuilding is
 * a pledge. Read through the candidate stage with the lexicon in data/event-lexicon.json.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf, type MentionSpec } from './test-helpers.ts';

function found(lang: string, text: string, mentions: MentionSpec[] = []): string[] {
  return candidatesOf(lang, text, '2019-04-16', mentions).map((c) => `${c.kind}: ${c.title}`);
}

describe('a fire put out is extinguished, not the fire again', () => {
  it.each<[string, string, string[]]>([
    [
      'de',
      'Dienstagvormittag war der Brand in der Kathedrale nach rund 15 Stunden vollständig gelöscht.',
      ['fire-extinguished: Fire extinguished'],
    ],
    [
      'nl',
      'Dinsdagochtend meldde de brandweer dat het vuur helemaal was geblust.',
      ['fire-extinguished: Fire extinguished'],
    ],
    [
      'de',
      'Dienstagmorgen hatte die Feuerwehr den Brand unter Kontrolle gebracht.',
      ['fire-extinguished: Fire extinguished'],
    ],
    [
      'en',
      'Tuesday firefighters said the blaze had been brought fully under control.',
      ['fire-extinguished: Fire extinguished'],
    ],
  ])('[%s] “%s”', (lang, text, expected) => {
    expect(found(lang, text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['en', 'Tuesday the government said the situation was under control.'],
    ['de', 'Dienstag wurden die Daten der Kunden gelöscht.'],
  ])('[%s] what is under control or deleted without a fire is no fire put out: “%s”', (lang, text) => {
    expect(found(lang, text).filter((t) => t.startsWith('fire-extinguished'))).toEqual([]);
  });
});

// A German report shows an unlisted name by its id (the Dutch and German spelling may differ from the English).
describe('money promised for rebuilding is a pledge', () => {
  it.each<[string, string, MentionSpec[], string[]]>([
    [
      'de',
      'Der Unternehmer François-Henri Pinault sagte am Dienstag 100 Millionen Euro für den Wiederaufbau zu.',
      [['François-Henri Pinault', 'unknown', 'name:francois-henri-pinault']],
      ['aid-pledge: Francois Henri Pinault promises aid'],
    ],
    [
      'nl',
      'Dinsdag was al ruim 700 miljoen euro toegezegd voor de wederopbouw.',
      [],
      ['aid-pledge: Aid promised'],
    ],
  ])('[%s] “%s”', (lang, text, mentions, expected) => {
    expect(found(lang, text, mentions)).toEqual(expected);
  });
});
