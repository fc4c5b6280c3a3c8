import { describe, expect, it } from 'vitest';
import { candidatesOfSentence, day, kindsAndTitles } from './test-helpers.ts';

describe('a happening named only to say who people are is not what the sentence reports', () => {
  it.each([
    [
      'survivors “of Spain’s deadly floods” who meet the king make a visit, not another flood',
      'en',
      "Angry survivors of Spain's deadly floods surrounded King Felipe VI on Sunday as he visited Paiporta.",
      'visit',
    ],
    [
      'German relatives “der Opfer des Anschlags” who meet the chancellor make a visit',
      'de',
      'Angehörige der Opfer des Anschlags trafen am Montag Kanzler Olaf Scholz, der Magdeburg besuchte.',
      'visit',
    ],
    [
      'Dutch “nabestaanden van de ramp” who are received make a visit',
      'nl',
      'Nabestaanden van de ramp werden maandag ontvangen door de koning, die Meerssen bezocht.',
      'visit',
    ],
    [
      'a flood named with nothing else reported still is the flood',
      'en',
      "Survivors of Spain's deadly floods told of walls of water.",
      'disaster',
    ],
    [
      'a flood told after its victims is the sentence’s happening',
      'en',
      'Victims of the storm fled as floods swept through Paiporta on Tuesday.',
      'disaster',
    ],
  ])('%s', (_name, lang, text, kind) => {
    expect(kindsAndTitles(lang, text, '2024-11-04', []).map((c) => c.kind)[0]).toBe(kind);
  });
});

describe('a place named only by what befell it, with nothing else told, reports nothing', () => {
  it.each([
    ['en', 'It was already the second visit of the Chancellor in the flood area.'],
    ['en', 'It was his first visit to the quake area since the disaster.'],
  ])('[%s] “%s”', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2021-07-20', [])).toEqual([]);
  });

  it('a flood in the area is still a flood', () => {
    const text = 'Floods swept through the area on Wednesday night.';
    expect(kindsAndTitles('en', text, '2021-07-15', []).map((c) => c.kind)).toEqual(['disaster']);
  });
});

describe('the dead counted “of” or “after” a flood are the toll, not the flood again', () => {
  it.each([
    [
      'en',
      'Belgium held a national day of mourning on Tuesday for the 31 dead of the floods.',
      ['death', 'emergency'],
    ],
    [
      'en',
      'The number of dead after the flood disaster rose on Tuesday to at least 165 in Germany.',
      ['death'],
    ],
    ['de', 'Die Zahl der Toten nach dem Hochwasser stieg am Dienstag auf mindestens 165.', ['death']],
    ['nl', 'Het aantal doden na de overstromingen steeg dinsdag tot zeker 31.', ['death']],
  ])('[%s] “%s” reports %j', (lang, text, kinds) => {
    expect(
      kindsAndTitles(lang, text, '2021-07-20', [])
        .map((c) => c.kind)
        .sort(),
    ).toEqual(kinds);
  });
});

describe('a killing named only to say whom a march was for', () => {
  it.each([
    ['nl', 'Duizenden mensen demonstreerden donderdag in Nanterre voor de doodgeschoten jongen.'],
    ['en', 'Thousands of people marched in Nanterre on Thursday for the killed teenager.'],
  ])('[%s] “%s” reports the march, not the killing again', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2023-06-29').map((c) => c.kind)).toEqual(['protest']);
  });

  it('the boy shot dead, told as what befell him, is still a killing', () => {
    const text = 'De jongen werd dinsdag in Nanterre door een agent doodgeschoten.';
    expect(kindsAndTitles('nl', text, '2023-06-27').map((c) => c.kind)).toEqual(['death']);
  });
});

describe('a happening named only to say who people are, on a day borrowed from the sentence before', () => {
  it.each<[string, string, string, string[]]>([
    [
      'the families of "the six dead workers" Biden met on the day of his visit are no deaths of that day',
      'en',
      'He flew over the wreckage by helicopter and met the families of the six dead workers.',
      [],
    ],
    [
      'German relatives "der Opfer des Anschlags" met on that day are no attack of that day',
      'de',
      'Er traf Angehörige der Opfer des Anschlags.',
      [],
    ],
    [
      'a sentence that tells the deaths themselves still tells them',
      'en',
      'Six workers died in the collapse.',
      ['death'],
    ],
  ])('%s', (_name, lang, text, kinds) => {
    const found = candidatesOfSentence(lang, { text, when: day('2024-04-05') });
    expect(found.map((c) => c.kind)).toEqual(kinds);
  });
});

describe('a trigger made an adjective of a place only says which place', () => {
  it.each<[string, string, string[]]>([
    [
      'Lula, visiting the flood-hit city, decrees an intervention; no floods that day',
      'President Luiz Inacio Lula da Silva, who was visiting the flood-hit city of Araraquara in Sao Paulo state, decreed a federal intervention in the security of the Federal District on Sunday evening.',
      ['emergency'],
    ],
    [
      'a quake-stricken region is no quake',
      'Aid arrived on Sunday in the quake-stricken region.',
      ['arrival'],
    ],
  ])('%s', (_name, text, kinds) => {
    const found = candidatesOfSentence('en', { text, times: [day('2023-01-08', 'on Sunday')] });
    expect(found.map((c) => c.kind).filter((k) => k !== 'statement')).toEqual(kinds);
  });
});

describe('a relative clause telling what befell a place only says which place', () => {
  it.each<[string, string, string, string[]]>([
    [
      'a Dutch visit to "een stad … die door overstromingen is getroffen" reports no floods',
      'nl',
      'President Lula was op bezoek in Araraquara, een stad in de deelstaat São Paulo die door overstromingen is getroffen.',
      [],
    ],
    [
      'an English town "that was hit by floods" had no floods that day',
      'en',
      'Aid arrived on Sunday in a town that was hit by floods.',
      ['arrival'],
    ],
    [
      'a German town "die von Überschwemmungen heimgesucht wurde" had none that day',
      'de',
      'Am Sonntag besuchte Lula Araraquara, eine Stadt, die von Überschwemmungen heimgesucht wurde.',
      ['visit'],
    ],
    ['floods that hit the town are still floods', 'en', 'Floods hit the town on Sunday.', ['disaster']],
  ])('%s', (_name, lang, text, kinds) => {
    const sunday = ['on Sunday', 'Am Sonntag'].find((t) => text.includes(t));
    const found = candidatesOfSentence(lang, { text, times: sunday ? [day('2023-01-08', sunday)] : [] });
    expect(found.map((c) => c.kind).filter((k) => k !== 'statement')).toEqual(kinds);
  });
});
