/**
 * A vehicle driven into a crowd (Magdeburg's Christmas market, December 2024) is an attack, in
 * English, Dutch and German; a car that drives into a canal or a tree is none. Its site visited
 * names it again.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('a vehicle driven into a crowd', () => {
  it.each([
    ['en', 'Friday a car drove into a crowded Christmas market.'],
    ['en', 'Friday a car ploughed into a crowd, killing five people.'],
    ['nl', 'Vrijdag is een auto ingereden op een menigte op de kerstmarkt.'],
    ['de', 'Freitag ist ein Auto in eine Menschenmenge gefahren.'],
    ['de', 'Freitag raste ein Auto in die Menschenmenge auf dem Weihnachtsmarkt.'],
  ])('[%s] “%s” reports an attack', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2024-12-21').map((c) => c.kind)).toContain('attack');
  });

  it.each([
    ['en', 'Friday a car drove into a canal in Amsterdam.'],
    ['de', 'Freitag sind Tausende Menschen nach Berlin gefahren.'],
    ['nl', 'Vrijdag reed een bus over de brug.'],
  ])('[%s] “%s” reports no attack', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2024-12-21').map((c) => c.kind)).not.toContain('attack');
  });
});

describe('the site of an attack visited names the attack again, it reports none', () => {
  it.each([
    ['nl', 'Zaterdag bezocht Bondskanselier Scholz de plek van de aanslag.'],
    ['en', 'Saturday Chancellor Olaf Scholz visited the site of the attack and laid flowers.'],
    ['de', 'Samstag besuchte Scholz den Ort des Anschlags.'],
  ])('[%s] “%s”', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2024-12-21').map((c) => c.kind)).toEqual(['visit']);
  });
});
