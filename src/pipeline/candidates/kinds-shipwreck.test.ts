/**
 * A boat that capsizes, the people pulled from the water, and who drowned, in English, Dutch and
 * German news: the lexicon in data/event-lexicon.json read through the candidate stage.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf, type MentionSpec } from './test-helpers.ts';

const LAMPEDUSA: MentionSpec = ['Lampedusa', 'place', 'lampedusa'];

function found(lang: string, text: string, mentions: MentionSpec[] = []): string[] {
  return candidatesOf(lang, text, '2025-08-13', mentions).map(
    (c) =>
      `${c.kind}: ${c.title}${c.figures.length > 0 ? ` [${c.figures.map((f) => f.counts).join(', ')}]` : ''}`,
  );
}

describe('a capsized boat is a shipwreck, beside the deaths it caused', () => {
  it.each<[string, string, string, MentionSpec[], string[]]>([
    [
      'migrants who died when their boat capsized are counted as people killed',
      'en',
      'Wednesday at least 20 migrants died when an overcrowded boat capsized off the Italian island of Lampedusa.',
      [LAMPEDUSA],
      ['disaster: Shipwreck off Lampedusa', 'death: At least 20 people killed [people killed]'],
    ],
    [
      "a German boat 'gekentert' is the same shipwreck",
      'de',
      'Mittwoch war das überfüllte Boot vor Lampedusa bei hohem Wellengang gekentert.',
      [LAMPEDUSA],
      ['disaster: Shipwreck off Lampedusa'],
    ],
    [
      "a Dutch boat that 'sloeg … om', its verb split, is a shipwreck too",
      'nl',
      'Woensdag sloeg de overvolle boot bij Lampedusa om.',
      [LAMPEDUSA],
      ['disaster: Shipwreck off Lampedusa'],
    ],
    [
      "a Dutch boat that 'sloeg … om' where the sentence names no place is still a shipwreck",
      'nl',
      'Woensdag sloeg de overvolle boot rond 04.00 uur om bij hoge golven.',
      [],
      ['disaster: Shipwreck'],
    ],
    [
      'two fishermen who drowned are two people killed',
      'en',
      'Tuesday two fishermen died when their boat capsized.',
      [],
      ['disaster: Shipwreck', 'death: 2 people killed [people killed]'],
    ],
  ])('%s', (_, lang, text, mentions, expected) => {
    expect(found(lang, text, mentions)).toEqual(expected);
  });

  it('[en] a court that overturned a ruling is no shipwreck but a court ruling', () => {
    expect(found('en', 'Tuesday the court overturned the ruling.')).toEqual(['ruling: Court ruling']);
  });
});

describe('people pulled from the water are rescued, whoever tells it', () => {
  it.each<[string, string, string[]]>([
    [
      'en',
      'Wednesday sixty people were rescued by the coastguard and brought ashore.',
      ['rescue: 60 people rescued [people rescued]'],
    ],
    [
      'en',
      'Wednesday coastguard boats pulled 60 people from the water.',
      ['rescue: 60 people rescued [people rescued]'],
    ],
    [
      'de',
      'Mittwoch wurden rund 60 Menschen gerettet, teilte die Küstenwache mit.',
      ['rescue: About 60 people rescued [people rescued]'],
    ],
    [
      'nl',
      'Woensdag werden zestig mensen door de kustwacht gered.',
      ['rescue: 60 people rescued [people rescued]'],
    ],
  ])('[%s] “%s”', (lang, text, expected) => {
    expect(found(lang, text)).toEqual(expected);
  });
});

describe('who is arrested for a crossing is counted', () => {
  it.each<[string, string, string[]]>([
    ['en', 'Friday police arrested two suspected smugglers in Lampedusa.', ['2 people arrested']],
    ['de', 'Freitag nahm die Polizei zwei mutmaßliche Schleuser fest.', ['2 people arrested']],
    [
      'nl',
      'Vrijdag heeft de politie twee vermoedelijke mensensmokkelaars aangehouden.',
      ['2 people arrested'],
    ],
  ])('[%s] “%s”', (lang, text, expected) => {
    expect(candidatesOf(lang, text, '2025-08-15').map((c) => c.title)).toEqual(expected);
  });
});
