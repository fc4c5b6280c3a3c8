/**
 * The five seed articles (data/articles: the arrest of Kazakhstan's former spy chief and the
 * unrest of January 2022, in en and nl, two of them machine translations) run through the whole
 * pipeline: who a reader signs as the actors of an event, where it took place, and which sentences
 * it cites.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { onlyCiting } from './story-fixtures.ts';
import { runPipeline } from './run.ts';

let file: EventFile;

beforeAll(async () => {
  const root = join(import.meta.dirname, '..', '..');
  file = (await runPipeline({ inDir: join(root, 'data', 'articles'), dataDir: join(root, 'data') })).file;
}, 60_000);

/** The one event of `kind` citing a sentence with those words: a sentence may tell two happenings. */
function ofKind(kind: string, words: string): EventFile['events'][number] | undefined {
  const all = file.events.filter((e) => e.kind === kind && e.sources.some((s) => s.sentence.includes(words)));
  expect(all).toHaveLength(1);
  return all[0];
}

describe('who acted in the seed chronology', () => {
  // Blinken only speaks of the troops, and the United States only wants to learn more of them;
  // Tokayev thanked Putin for sending them; the Kazakh security forces are whom they support.
  it.each<[string, string, string, string[], string[]]>([
    [
      'the troops that arrived are the Russian soldiers of whom Blinken spoke',
      'troops',
      'about Russian soldiers traveling to Kazakhstan — 2,500 of whom arrived',
      ['csto', 'russia'],
      ['blinken', 'kazakhstan', 'tokayev', 'united-states'],
    ],
    [
      'Putin, whom Tokayev thanked for sending troops, sent them',
      'troops',
      'he thanked his ally, Russian President Vladimir Putin, for sending troops',
      ['csto', 'putin', 'russia'],
      ['tokayev', 'kazakhstan'],
    ],
    [
      'het afreizen van Russische soldaten: Russia’s soldiers arrived',
      'troops',
      'donderdag kwamen 2.500 van hen in het land aan',
      ['russia'],
      ['blinken', 'united-states'],
    ],
    [
      'the news agency whose report is passed on took no part in the halt of arms exports',
      'ban',
      'According to the DPA news agency, the German government has taken the necessary steps',
      ['germany'],
      ['dpa'],
    ],
    [
      'the portal that reported the shootings in Almaty did not shoot',
      'shooting',
      'According to the portal Vlast.kz, there were shootings in at least two places',
      [],
      ['vlast-kz'],
    ],
    [
      'Massimov was sacked by Tokayev as head of the KNB',
      'dismissal',
      'Earlier this week, he was replaced by President Kassym-Jomart Tokayev.',
      ['knb', 'massimov', 'tokayev'],
      [],
    ],
    [
      'Friday’s statement that order was restored is Tokayev’s alone: Putin took part in Saturday’s talks',
      'statement',
      'in talks with Russian President Vladimir Putin on Saturday, that',
      ['tokayev'],
      ['putin'],
    ],
    [
      'Saturday’s talks, told in the same sentence, are Tokayev’s with Putin',
      'talks',
      'in talks with Russian President Vladimir Putin on Saturday, that',
      ['putin', 'tokayev'],
      [],
    ],
  ])('%s', (_, kind, words, actors, notActors) => {
    const event = ofKind(kind, words);
    expect(event?.actors).toEqual(expect.arrayContaining(actors));
    for (const id of notActors) expect(event?.actors).not.toContain(id);
  });
});

describe('where it happened in the seed chronology', () => {
  // The storming of government buildings in Almaty is what came before the sacking; Massimov was
  // sacked where the president sacks, which no article names: in the country the reports are about.
  // What a report about Kazakhstan tells with no place and no one of another country taking part
  // happened there (candidates/home-places.ts).
  it.each<[string, string, string, string[], string[]]>([
    [
      'a place told in the clause of another happening is not the dismissal’s',
      'dismissal',
      'Massimov was sacked as head of the KNB this week after demonstrators stormed',
      [],
      ['almaty'],
    ],
    [
      'the storming the same sentence tells took place in Almaty',
      'riot',
      'In the city of Almaty, large-scale riots broke out against the government',
      ['almaty'],
      [],
    ],
    [
      'Massimov’s arrest by the Kazakh authorities, told at no place, took place in Kazakhstan',
      'arrest',
      'On Saturday, Kazakh authorities arrested the former head of the security service',
      ['kazakhstan'],
      [],
    ],
    [
      'the LPG prices the government lowered, told at no place, were lowered in Kazakhstan',
      'price-cut',
      'Although the government has quickly lowered LPG prices',
      ['kazakhstan'],
      ['germany', 'united-states'],
    ],
    [
      'the internet switched off in a report about Kazakhstan was switched off there',
      'internet',
      'The internet was at least temporarily switched off.',
      ['kazakhstan'],
      [],
    ],
    [
      'the protesters and police killed since the protests began died in Kazakhstan',
      'death',
      '26 protesters and 18 police and military personnel have been killed',
      ['kazakhstan'],
      [],
    ],
    [
      'the hundreds injured "in the riots" were injured where the riots broke out: Almaty',
      'injury',
      'hundreds were injured in the riots',
      ['almaty'],
      [],
    ],
    [
      'the LPG prices the protests were against rose in Kazakhstan, not only in Almaty where they protested',
      'price-rise',
      'initially to protest the rising prices of the liquid LPG',
      ['kazakhstan'],
      ['almaty'],
    ],
    [
      'Tokayev replaced Massimov in his own country',
      'dismissal',
      'Earlier this week, he was replaced by President Kassym-Jomart Tokayev.',
      ['kazakhstan'],
      [],
    ],
    [
      'Tokayev, Kazakhstan’s president, called for counter-terrorism actions at home',
      'statement',
      'President Tokayev says “counter-terrorism actions” are necessary',
      ['kazakhstan'],
      [],
    ],
    [
      'Blinken’s words stay where the report puts them, not in the United States by default',
      'statement',
      'US Secretary of State Antony Blinken has expressed his concerns about this.',
      ['kazakhstan'],
      ['united-states'],
    ],
  ])('%s', (_, kind, words, places, notPlaces) => {
    const event = ofKind(kind, words);
    expect(event?.places).toEqual(expect.arrayContaining(places));
    for (const id of notPlaces) expect(event?.places).not.toContain(id);
  });
});

describe('sentences cited in the seed chronology', () => {
  it.each<[string, string, string]>([
    [
      'the worth of the licences, told as "Together they …", is cited with the licences',
      'Together they were good for 2.2 million euros.',
      'Last year, Germany issued 25 licenses for arms supplies to Kazakhstan.',
    ],
    [
      'the refusal to negotiate, said in the televised address of Friday morning, is that address',
      'He said he would not negotiate with the protesters',
      'said in a televised address Friday morning that he has ordered the military to fire',
    ],
    [
      'the German report’s refusal to speak with the demonstrators is the same address',
      'He denied calls to speak to the demonstrators.',
      'said in a televised address Friday morning that he has ordered the military to fire',
    ],
    [
      'the arrest told as "earlier this week" is the arrest told as "On Saturday"',
      'Massimov was arrested earlier this week, along with several other senior officials.',
      'On Saturday, Kazakh authorities arrested the former head of the security service, Karim Massimov.',
    ],
  ])('%s', (_, sentence, other) => {
    const event = onlyCiting(file, sentence);
    expect(event).toBe(onlyCiting(file, other));
  });

  it('the LPG price rise cites every report of it, the protests against it too, in English and Dutch', () => {
    const event = ofKind('price-rise', 'initially to protest the rising prices of the liquid LPG');
    const cited = event?.sources.map((s) => s.sentence) ?? [];
    for (const words of [
      'initially to protest the rising prices of the liquid LPG',
      'om te protesteren tegen de stijgende prijzen van de vloeibare brandstof lpg',
      'Protests, which were initially directed against rising gas prices',
      'restless for days after the price for LPG was increased',
    ])
      expect(cited.some((s) => s.includes(words))).toBe(true);
  });

  it('the LPG prices rose before the protests they set off began, by Sunday 2 January', () => {
    const event = ofKind('price-rise', 'initially to protest the rising prices of the liquid LPG');
    expect((event?.when.end ?? '') <= '2022-01-02').toBe(true);
    expect((event?.when.start ?? '') >= '2021-12-25').toBe(true);
  });

  it('keeps the arrest’s days apart as a conflict: "earlier this week" against "On Saturday"', () => {
    const event = onlyCiting(file, 'Massimov was arrested earlier this week');
    expect(event?.when.start).toBe('2022-01-08');
    const when = event?.conflicts.find((c) => c.field === 'when');
    expect(when?.values.map((v) => v.value)).toEqual(expect.arrayContaining(['2022-W01', '2022-01-08']));
  });
});
