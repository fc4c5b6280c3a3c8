/**
 * What a source told a report of fresh news, with no time of its own, is of the days from the
 * report's first news to its publication: the Beirut cabinet's house arrest, told by ministerial
 * sources to Reuters the day after the blast, is of that day.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../../schema/events.ts';
import { eventFileOf, eventsFrom } from '../test-articles.ts';
import { endsOnSource, inTrailingSource, namesTrailingSource } from './trailing-source.ts';

describe('a sentence that ends on its source', () => {
  it.each<[string, string, boolean]>([
    [
      'en',
      'The cabinet ordered port officials who had overseen storage and security since 2014 to be put under house arrest, ministerial sources told Reuters.',
      true,
    ],
    [
      'en',
      'Police detained a 71-year-old suspect at the scene, Interior Minister Matus Sutaj Estok said.',
      true,
    ],
    ['en', 'The man, who was born in 1990, bought the gun legally.', false],
    [
      'nl',
      'Het kabinet heeft havenfunctionarissen onder huisarrest geplaatst, zei een minister tegen Reuters.',
      true,
    ],
    [
      'nl',
      'De politie heeft de verdachte ter plaatse aangehouden, aldus de minister van Binnenlandse Zaken.',
      true,
    ],
    [
      'nl',
      'Het kabinet heeft havenfunctionarissen onder huisarrest geplaatst, ook de havendirecteur.',
      false,
    ],
    [
      'de',
      'Das Kabinett stellte die Hafenbeamten unter Hausarrest, sagten Regierungskreise der Agentur Reuters.',
      true,
    ],
    ['de', 'Die Polizei nahm einen Verdächtigen am Tatort fest, teilte das Innenministerium mit.', true],
    ['de', 'Die Polizei nahm einen Verdächtigen am Tatort fest, der Mann ist 71 Jahre alt.', false],
  ])('[%s] “%s” ends on its source: %s', (lang, sentence, expected) => {
    expect(endsOnSource(lang as 'en' | 'nl' | 'de', sentence)).toBe(expected);
  });
});

/** A report of Wednesday 5 August 2020, whose lede tells that day's news. */
const REPORTS: [string, string, string][] = [
  [
    'en',
    'Lebanese rescuers dug through rubble on Wednesday in search of survivors of the explosion at Beirut port.',
    'The cabinet ordered port officials who had overseen storage and security since 2014 to be put under house arrest, ministerial sources told Reuters.',
  ],
  [
    'nl',
    'Reddingswerkers zochten woensdag in het puin naar overlevenden van de explosie in de haven van Beiroet.',
    'Het kabinet heeft havenfunctionarissen onder huisarrest geplaatst, zei een minister tegen persbureau Reuters.',
  ],
  [
    'de',
    'Rettungskräfte suchten am Mittwoch in den Trümmern nach Überlebenden der Explosion im Hafen von Beirut.',
    'Das Kabinett stellte die Hafenbeamten unter Hausarrest, sagten Regierungskreise der Nachrichtenagentur Reuters.',
  ],
];

const article = (lede: string, later: string) =>
  ` date 2020-08-05 Report\n\n${lede}\n\nThe port lies in the city centre.\n\n${later}\n`;

let file: EventFile;
beforeAll(async () => {
  file = await eventFileOf(
    Object.fromEntries(REPORTS.map(([lang, lede, later]) => [`${lang}.txt`, article(lede, later)])),
  );
}, 30_000);

describe('a house arrest a source told the report of, with no time of its own', () => {
  it.each(REPORTS)('[%s] “%s … %s” is of Wednesday, the day of the lede’s news', (_, _lede, later) => {
    const arrest = eventsFrom(file, later).find((e) => e.title === 'Placed under house arrest');
    expect([arrest?.when.start, arrest?.when.end.slice(0, 10), arrest?.when.precision]).toEqual([
      '2020-08-05',
      '2020-08-05',
      'day',
    ]);
  });
});

describe('a house arrest told in the pluperfect came before the report’s news', () => {
  const sentence =
    'The cabinet had ordered port officials to be put under house arrest, ministerial sources told Reuters.';
  let earlier: EventFile;
  beforeAll(async () => {
    earlier = await eventFileOf({
      'en.txt': article(REPORTS[0]?.[1] ?? '', sentence),
    });
  }, 30_000);

  it(`“${sentence}” is known only to lie before publication`, () => {
    const arrest = eventsFrom(earlier, sentence).find((e) => e.title === 'Placed under house arrest');
    expect(arrest?.when.precision).toBe('before-publication');
  });
});

describe('a place in the source that ends the sentence', () => {
  it.each<[string, string, string, boolean]>([
    [
      'Der Ausstand im Personenverkehr soll am Mittwoch um 2 Uhr beginnen, teilte die Gewerkschaft am Montag in Frankfurt mit.',
      'Ausstand',
      'Frankfurt',
      true,
    ],
    [
      'The officer was taken into custody on suspicion of voluntary manslaughter, the Nanterre prosecutor said.',
      'custody',
      'Nanterre',
      false,
    ],
    ['De staking begon maandag in Utrecht, zei de bond.', 'staking', 'Utrecht', false],
    [
      'Der Ausstand soll am Mittwoch beginnen, teilte die Gewerkschaft am Montag in Frankfurt mit.',
      'teilte',
      'Frankfurt',
      false,
    ],
  ])('“%s”: told before “%s”, “%s” is only where it was told: %s', (text, trigger, place, told) => {
    expect(inTrailingSource(text, { start: text.indexOf(place) }, text.indexOf(trigger))).toBe(told);
  });
});

describe('the source that ends the sentence did nothing in what it told', () => {
  it.each<[string, string, string, boolean]>([
    [
      'The magnitude 6.8 quake struck at 11:11 p.m. (2211 GMT) on Friday at a depth of 18.5 km, about 72 km southwest of Marrakech, the U.S. Geological Survey said.',
      'quake',
      'U.S. Geological Survey',
      true,
    ],
    ['De beving vond vrijdagavond plaats in het Atlasgebergte, meldde de USGS.', 'beving', 'USGS', true],
    ['Das Beben ereignete sich im Atlasgebirge, teilte die USGS mit.', 'Beben', 'USGS', true],
    [
      'The interior ministry said at least 672 people were injured, 205 of them critically.',
      'injured',
      'interior ministry',
      false,
    ],
  ])('“%s”: told after “%s”, “%s” only told it: %s', (text, trigger, source, told) => {
    expect(namesTrailingSource(text, { start: text.indexOf(source) }, text.indexOf(trigger))).toBe(told);
  });

  it('the quake has no actor, the statement has the USGS', async () => {
    const sentence =
      'The magnitude 6.8 quake struck at 11:11 p.m. on Friday about 72 km southwest of Marrakech, the U.S. Geological Survey said.';
    const file = await eventFileOf({ 'en.txt': ` date 2023-09-09 Report\n\n${sentence}\n` });
    const events = eventsFrom(file, sentence);
    expect(events.find((e) => e.kind === 'disaster')?.actors).toEqual([]);
    expect(events.find((e) => e.kind === 'statement')?.actors).toEqual(['usgs']);
  });
});
