/**
 * Six unseen articles of genres the other unseen ones leave out (a ceasefire taking effect at a set
 * hour, a hostage and prisoner release, a takeover a board accepts, a doping ban with an appeal, a
 * storm warning then its landfall, a law passed that takes effect later; en, nl, de; a glued date,
 * front matter, an ISO timestamp, a month only and no date), read with the others as one folder:
 * what a reader of each expects to find dated, and what told as ahead stays ahead.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChronologyEvent } from '../schema/events.ts';
import { runUnseen } from './story-fixtures.ts';

let events: ChronologyEvent[];
beforeAll(async () => {
  events = await runUnseen();
}, 30_000);

const citing = (document: string, opening: string) =>
  events.filter((e) => e.sources.some((s) => s.document === document && s.sentence.startsWith(opening)));
const starts = (document: string, opening: string) => citing(document, opening).map((e) => e.when.start);

describe('each main happening on the day (and hour) the article tells', () => {
  it.each([
    ['en_ceasefire', 'A ceasefire between Israel and Hezbollah took effect', '2024-11-27T04:00'],
    ['en_ceasefire', 'U.S. President Joe Biden announced', '2024-11-26'],
    ['nl_gijzelaars', 'Hamas heeft vrijdag de eerste groep', '2023-11-24'],
    ['nl_gijzelaars', 'Israël liet vrijdagavond 39', '2023-11-24'],
    ['nl_gijzelaars', 'Bij de aanval van Hamas op 7 oktober', '2023-10-07'],
    ['de_uebernahme', 'Die beiden Unternehmen einigten sich am Montagabend', '2021-05-24'],
    ['en_doping', 'The 30-year-old France international tested positive', '2023-08-20'],
    ['de_cannabisgesetz', 'Der Bundestag hat am Freitag', '2024-02-23'],
  ])('%s: “%s…” on %s', (document, opening, start) => {
    expect(starts(document, opening).map((s) => s.slice(0, start.length))).toContain(start);
  });
});

describe('what the article tells as ahead is not dated as done before its day', () => {
  it.each([
    ['nl_gijzelaars', 'Zaterdag zal een tweede groep', '2023-11-25'],
    ['de_uebernahme', 'Die Angebotsunterlage soll im Juni', '2021-06-01'],
    ['de_cannabisgesetz', 'Das Gesetz soll am 1. April', '2024-04-01'],
    ['de_cannabisgesetz', 'Ab dem 1. Juli sollen', '2024-07-01'],
    ['de_cannabisgesetz', 'Der Bundesrat soll sich am 22. März', '2024-03-22'],
    ['en_doping', 'The ban runs until September 2027', '2024-02-01'],
  ])('%s: “%s…” not before %s', (document, opening, day) => {
    expect(starts(document, opening).filter((s) => s < day)).toEqual([]);
  });
});

describe('a ceasefire agreed and taking effect at a set hour', () => {
  it('tells the truce taking effect as a ceasefire, in Lebanon', () => {
    const truce = citing('en_ceasefire', 'A ceasefire between').filter((e) => e.kind === 'ceasefire');
    expect(truce.flatMap((e) => e.places)).toContain('lebanon');
  });

  it('counts the dead in Lebanon as people killed', () => {
    const counted = citing('en_ceasefire', 'More than 3,800 people').flatMap((e) => e.figures);
    expect(counted.map((f) => `${f.value} ${f.counts}`)).toContain('3800 people killed');
  });

  it('takes Najib Mikati for Lebanon’s prime minister, not another Najib', () => {
    const mikati = citing('en_ceasefire', "Lebanon's caretaker Prime Minister Najib Mikati");
    expect(mikati.map((e) => [e.title, e.actors])).toEqual([
      ['Najib Mikati makes a statement', ['najib-mikati']],
    ]);
  });
});

describe('a hostage release in exchange for prisoners', () => {
  it('tells both releases as releases, and counts the prisoners freed', () => {
    expect(citing('nl_gijzelaars', 'Hamas heeft vrijdag').map((e) => e.kind)).toContain('release');
    const prisoners = citing('nl_gijzelaars', 'Israël liet vrijdagavond');
    expect(prisoners.map((e) => e.kind)).toEqual(['release']);
    expect(prisoners.flatMap((e) => e.figures.map((f) => f.value))).toContain(39);
  });
});

describe('a takeover its board accepts', () => {
  it('tells the deal agreed on Monday evening as a takeover', () => {
    const deal = citing('de_uebernahme', 'Die beiden Unternehmen einigten sich');
    expect(deal.map((e) => [e.kind, e.when.start])).toEqual([['takeover', '2021-05-24']]);
  });

  it('has the board of Deutsche Wohnen welcome the offer, not before the deal', () => {
    const board = citing('de_uebernahme', 'Vorstand und Aufsichtsrat der Deutsche Wohnen');
    expect(board.flatMap((e) => e.actors)).toContain('deutsche-wohnen');
    expect(board.map((e) => e.when.start).filter((d) => d < '2021-05-24')).toEqual([]);
  });
});

describe('a doping ban with an appeal announced', () => {
  it('dates the ban to the month the article gives', () => {
    const ban = starts('en_doping', 'Juventus midfielder Paul Pogba has been banned');
    expect(ban.length).toBeGreaterThan(0);
    for (const s of ban) expect(s.slice(0, 7)).toBe('2024-02');
  });

  it('tells the positive test as a failed doping test, no infection', () => {
    const test = citing('en_doping', 'The 30-year-old France international tested positive');
    expect(test.map((e) => e.title)).toEqual(['Failed doping test']);
  });

  it('tells the appeal as announced, not as lodged', () => {
    const appeal = citing('en_doping', 'Pogba said in a statement that he would appeal');
    expect(appeal.map((e) => e.title)).toContain('Paul Pogba announces an appeal');
  });
});

describe('a storm warning, then the storm', () => {
  it('places the death in Haarlem and the red warning in North Holland', () => {
    expect(citing('nl_storm', 'In Haarlem kwam').flatMap((e) => e.places)).toContain('haarlem');
    expect(citing('nl_storm', 'Het KNMI heeft woensdagochtend code rood').flatMap((e) => e.places)).toContain(
      'north-holland',
    );
  });
});

describe('a law passed that takes effect later', () => {
  it('tells the vote of Friday as the law passed, citing the vote count', () => {
    const passed = citing('de_cannabisgesetz', 'Der Bundestag hat am Freitag');
    expect(passed.map((e) => [e.kind, e.when.start])).toEqual([['law-passed', '2024-02-23']]);
    expect(passed.flatMap((e) => e.sources.map((s) => s.sentence))).toContainEqual(
      expect.stringMatching(/^Für das Gesetz der Ampel-Koalition stimmten 407/),
    );
  });
});
