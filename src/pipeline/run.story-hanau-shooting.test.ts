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
    ['Nach Angaben der Ermittler wurden fünf weitere Menschen verletzt', '2020-02-19', ALL],
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
  ])('“%s” is dated %s', (words, start) => {
    expect(onlyCiting(file, words)?.when.start).toBe(start);
  });

  /** The event that tells the nine dead: the shooting itself. */
  const shooting = () => onlyCiting(file, 'neun Menschen getötet');
  /** The event that tells the gunman found dead at his home. */
  const gunmanDead = () => onlyCiting(file, 'De vermoedelijke dader, een 43-jarige Duitser');

  it.each<[string]>([
    ['Der 43-jährige Tobias R. hatte gegen 22 Uhr zunächst in einer Shisha-Bar'],
    ['A German man who shot dead nine people of immigrant background'],
    ['In het Duitse Hanau zijn woensdagavond negen mensen doodgeschoten'],
    // The five further wounded add to the shooting's toll.
    ['Nach Angaben der Ermittler wurden fünf weitere Menschen verletzt'],
  ])('“%s” tells the one shooting with its nine dead', (words) => {
    expect(onlyCiting(file, words)).toBe(shooting());
  });

  it('the shooting is at 10 p.m. in Hanau, its toll of nine in its title', () => {
    expect(shooting()?.when.start).toBe('2020-02-19T22:00');
    expect(shooting()?.title).toBe('9 people killed in shootings in Hanau');
  });

  it.each<[string]>([
    ['Der mutmaßliche Täter wurde später tot in seiner Wohnung gefunden'],
    ['De politie gaat ervan uit dat de man zichzelf heeft doodgeschoten'],
  ])('“%s” tells the gunman found dead, no toll of the shooting', (words) => {
    expect(onlyCiting(file, words)).toBe(gunmanDead());
    expect(gunmanDead()).not.toBe(shooting());
  });

  it('the gunman found dead "later" than 10 p.m. is of that night, not of 10 p.m.', () => {
    expect(gunmanDead()?.when.value).toBe('2020-02-19TNI');
    expect(documentsOf(gunmanDead())).toEqual(ALL);
  });

  it('“opened fire … shortly before 10 p.m. and was later found dead” tells both the shooting and the gunman dead', () => {
    const citing = file.events.filter((e) =>
      e.sources.some((s) => s.sentence.includes('opened fire at two shisha bars shortly before 10 p.m.')),
    );
    expect(citing).toEqual(expect.arrayContaining([shooting(), gunmanDead()]));
    expect(citing).toHaveLength(2);
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
    ['the German and the Dutch trip to Halle called off', 'Reise nach Halle ab', 'bezoek aan Halle af'],
  ])('%s are one event', (_, first, other) => {
    expect(onlyCiting(file, other)).toBe(onlyCiting(file, first));
  });

  it('the special forces storming the flat is no riot', () => {
    expect(onlyCiting(file, 'Spezialeinsatzkräfte stürmten')?.title).not.toMatch(/riot/i);
  });

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
