/**
 * A rescue saves people: a building, a bank or a structure "saved" is no rescue, in English, Dutch
 * and German news (the `persons` concept a rescue's trigger requires, in data/event-lexicon.json).
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf } from './test-helpers.ts';

function rescues(lang: string, text: string): string[] {
  return candidatesOf(lang, text, '2019-04-16', [])
    .filter((c) => c.kind === 'rescue')
    .map((c) => c.title);
}

describe('only people are rescued', () => {
  it.each<[string, string, string, string[]]>([
    [
      'a girl pulled alive from the rubble is a rescue',
      'de',
      'In der Provinz Hatay retteten Helfer am Donnerstag ein zweijähriges Mädchen nach 79 Stunden aus den Trümmern.',
      ['People rescued'],
    ],
    [
      'two brothers saved are a rescue',
      'nl',
      'Woensdag werden in Antakya nog twee broers gered.',
      ['People rescued'],
    ],
    [
      'travellers saved from stopped trains are a rescue',
      'en',
      'More than 35,000 travellers were rescued from stopped trains on Monday.',
      ['People rescued'],
    ],
    [
      "a cathedral's structure saved is no rescue",
      'de',
      'Die Grundstruktur des Gebäudes sei gerettet, auch die beiden Haupttürme stünden noch.',
      [],
    ],
    ['a bank saved by a rival is no rescue', 'en', 'The bank was rescued by its rival on Sunday.', []],
    [
      'a Dutch building saved is no rescue',
      'nl',
      'De toren van de kathedraal is gered, zei de minister.',
      [],
    ],
  ])('%s', (_, lang, text, expected) => {
    expect(rescues(lang, text)).toEqual(expected);
  });
});
