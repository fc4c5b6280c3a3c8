/**
 * The Hanau shooting of February 2020, told by the Tagesschau, Reuters and the NOS: the shooting at
 * about ten in the evening and its wounded, the raid on the gunman's flat at three in the night,
 * the vigils of the next evening, and the statements and reactions around them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, onlyCiting, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('hanau-shooting');
}, 60_000);

const ALL = ['de_tagesschau_0220', 'en_reuters_0221', 'nl_nos_undated'];

describe('the Hanau shooting as three outlets told it', () => {
  it.each<[string, string, string[]]>([
    ['Bei Schüssen in Hanau sind am Mittwochabend neun Menschen getötet worden.', '2020-02-19', ALL],
    // The five wounded add to the shooting's toll: its evening, not the raid's 3 a.m.
    [
      'Nach Angaben der Ermittler wurden fünf weitere Menschen verletzt',
      '2020-02-19',
      ['de_tagesschau_0220'],
    ],
    ['Spezialeinsatzkräfte stürmten gegen 3 Uhr', '2020-02-20', ALL],
    ['Special forces stormed the apartment early on Thursday', '2020-02-20', ALL],
    ['Am Donnerstagabend kamen in Hanau Tausende Menschen', '2020-02-20', ALL],
    ['Thousands of people attended vigils in Hanau', '2020-02-20', ALL],
  ])('“%s” is of an event on %s, told by %j', (words, day, docs) => {
    const e = onlyCiting(file, words);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it.each<[string, string]>([
    ['Der 43-jährige Tobias R. hatte gegen 22 Uhr zunächst in einer Shisha-Bar', '2020-02-19T22:00'],
    // The lede dates the shooting only in its relative clause ("who shot dead … on Wednesday night").
    ['opened fire at two shisha bars shortly before 10 p.m.', '2020-02-19T22:00'],
  ])('“%s” is dated %s', (words, start) => {
    expect(onlyCiting(file, words)?.when.start).toBe(start);
  });

  it.each<[string, string, string]>([
    [
      'the German raid and the Reuters raid',
      'Spezialeinsatzkräfte stürmten',
      'Special forces stormed the apartment',
    ],
    [
      'the German raid and the Dutch raid',
      'Spezialeinsatzkräfte stürmten',
      'Een speciale eenheid viel rond 03.00 uur',
    ],
    ['the German vigil and the Reuters vigils', 'Mahnwache', 'attended vigils in Hanau'],
    ['the German vigil and the Dutch wake', 'Mahnwache', 'bijeen voor een wake'],
  ])('%s are one event', (_, first, other) => {
    expect(onlyCiting(file, other)).toBe(onlyCiting(file, first));
  });

  it('the special forces storming the flat is no riot', () => {
    expect(onlyCiting(file, 'Spezialeinsatzkräfte stürmten')?.title).not.toMatch(/riot/i);
  });

  it.each<[string]>([['Der mutmaßliche Täter wurde später tot in seiner Wohnung gefunden']])(
    '“%s” makes no event of its own',
    (words) => {
      const shooting = onlyCiting(file, 'neun Menschen getötet');
      const citing = file.events.filter((e) => e.sources.some((s) => s.sentence.includes(words)));
      for (const e of citing) expect(e).toBe(shooting);
    },
  );

  it('Turkish citizens among the dead are no deaths in Turkey, nor of Friday night', () => {
    const citing = file.events.filter((e) =>
      e.sources.some((s) => s.sentence.includes('five Turkish citizens were among the dead')),
    );
    for (const e of citing) {
      expect(e.title).not.toMatch(/Turkey/);
      expect(e.when.start).not.toMatch(/^2020-02-21T22/);
    }
  });

  it('the prosecutor whose office investigates the shootings is no suspect', () => {
    expect(onlyCiting(file, 'investigating the shootings as terrorism')?.title).not.toMatch(
      /under investigation/,
    );
  });
});
