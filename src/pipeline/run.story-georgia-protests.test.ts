/**
 * Georgia's protests of November and December 2024, told by five outlets in en, nl and de: names
 * in three transliterations, a night counted in a row, a footballer who is no strike.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('georgia-protests');
}, 60_000);

describe('the Georgian protests as five outlets told them', () => {
  it.each<[string, string, string[]]>([
    [
      'Irakli Kobakhidze speaks on negotiations',
      '2024-11-28',
      ['de_tagesschau_1205', 'en_reuters_1129', 'nl_nos_1130'],
    ],
    ['Security forces crack down on protesters in Tbilisi', '2024-11-28', ['en_reuters_1129']],
    ['Nika Gwaramia arrested', '2024-12-04', ['de_tagesschau_1205']],
  ])('“%s” on %s, told by %j', (title, day, docs) => {
    const e = mostTold(file, title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('the Dutch report of the swearing-in names Kavelashvili as the English report writes him', () => {
    const e = mostTold(file, 'Mikheil Kavelashvili sworn in');
    expect(documentsOf(e)).toEqual(['nl_volkskrant_12']);
    expect(e?.actors).toContain('kavelashvili');
  });

  it('the Dutch "Zoerabisjvili" and the German "Surabischwili" are the listed Zourabichvili', () => {
    const told = file.events.filter((e) =>
      documentsOf(e).some((d) => d === 'de_tagesschau_1205' || d === 'nl_volkskrant_12'),
    );
    const hers = told.filter((e) => e.title.startsWith('Salome Zourabichvili'));
    expect(hers.flatMap(documentsOf).sort()).toEqual(
      expect.arrayContaining(['de_tagesschau_1205', 'nl_volkskrant_12']),
    );
    expect(hers.every((e) => e.actors.includes('zourabichvili'))).toBe(true);
  });

  it('the water cannon of the second night ("voor de tweede nacht op rij") is a crackdown of its own', () => {
    const nos = file.events.find((e) => e.sources.some((s) => s.sentence.includes('waterkanonnen')));
    expect(nos?.when.value).toBe('2024-11-29TNI');
    expect(documentsOf(nos)).toEqual(['nl_nos_1130']);
  });

  it('the undated translation is dated by the election it tells "on Saturday", which the Dutch report dates', () => {
    const published = publishedOf(file, 'en_mt_undated');
    expect(published).toMatchObject({ date: '2024-12-14', precision: 'day', inferred: true });
    const elected = mostTold(file, 'Mikheil Kavelashvili elected');
    expect(elected?.when.start).toBe('2024-12-14');
    expect(documentsOf(elected)).toEqual(['en_mt_undated', 'nl_volkskrant_12']);
  });

  it.each([
    ['the first night', '43 people had been detained', 'en_reuters_1129'],
    ['the second night', '107 mensen aangehouden', 'nl_nos_1130'],
    ['since the protests began', 'seit Beginn der Proteste', 'de_tagesschau_1205'],
  ])('the arrests of %s are an event of their own', (_, words, doc) => {
    const e = file.events.find((x) => x.sources.some((s) => s.sentence.includes(words)));
    expect(documentsOf(e)).toEqual([doc]);
    expect(e?.conflicts).toEqual([]);
  });

  it('the former Manchester City striker elected president is no strike', () => {
    expect(file.events.filter((e) => /strike/i.test(e.title))).toEqual([]);
  });
});
