/**
 * The Tōhoku earthquake and tsunami of Friday 11 March 2011 and the accident at Fukushima Daiichi,
 * told by five files in en, nl and de: a Reuters report of the day with its date glued to the
 * headline, a NOS report of Tuesday 15 March with front matter, an undated Spiegel report on
 * Germany's moratorium of the same day ("Vier Tage nach dem verheerenden Erdbeben", filed from
 * Berlin), a machine translation of 18 March dated only "2011-03" that garbles Amano into "Amado",
 * and an AP live blog of Sunday 20 March. The Unit 3 explosion injured 11 (NOS) or 7 (Spiegel);
 * the 20 km zone's evacuees were 200,000 or 180,000.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { allCiting, documentsOf, mostTold, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('fukushima-disaster');
}, 60_000);

const REUTERS = '01_reuters_quake-tsunami';
const NOS = '02_nos_explosies-fukushima';
const SPIEGEL = '03_spiegel_atom-moratorium';
const MT = '04_newsdesk24_iaea-chef-tokio-mt';
const AP = '05_ap_liveblog-sunday';

const titled = (title: string) => mostTold(file, title);
const citing = (words: string) => allCiting(file, words);
const valuesOf = (title: string, field: string) =>
  titled(title)
    ?.conflicts.find((c) => c.field === field)
    ?.values.map((v) => v.value)
    .sort((a, b) => Number(a) - Number(b));

describe('the Tōhoku earthquake and the Fukushima accident as five files told it', () => {
  it.each<[string, string, boolean]>([
    [REUTERS, '2011-03-11', false],
    [NOS, '2011-03-15', false],
    // "Berlin – Vier Tage nach dem verheerenden Erdbeben in Japan": four days after Friday the 11th.
    [SPIEGEL, '2011-03-15', true],
    // "One week after the devastating seaquake", "came on Friday in Tokyo on".
    [MT, '2011-03-18', true],
    [AP, '2011-03-20', false],
  ])('the report %s is dated %s (inferred: %s)', (id, day, inferred) => {
    expect(publishedOf(file, id)).toMatchObject({ date: day, precision: 'day', inferred });
  });

  it.each<[string, string]>([
    [MT, 'Japan: One week after the seaquake the IAEA boss in Tokyo has arrived'],
    [AP, 'Japan earthquake and nuclear crisis: latest developments on Sunday'],
  ])('the report %s is titled “%s”, without the site’s trail of sections or a Markdown mark', (id, title) => {
    expect(file.documents.find((d) => d.id === id)?.title).toBe(title);
  });

  it.each<[string, string, string[]]>([
    ['Earthquake in Japan', '2011-03-11', [REUTERS, AP]],
    ['About 200,000 people evacuated', '2011-03-12', [NOS, SPIEGEL]],
    ['Human chain in Stuttgart', '2011-03-12', [SPIEGEL]],
    ['11 people injured', '2011-03-14', [NOS, SPIEGEL]],
    ['Vigil held', '2011-03-14', [SPIEGEL]],
    ['Angela Merkel makes a statement', '2011-03-14', [NOS]],
    ['Naoto Kan gives a televised address', '2011-03-15', [NOS]],
    ['Yukiya Amano holds talks with Naoto Kan', '2011-03-18', [AP]],
    // "INES from level 4 to level 5 up-graded", "Japan raised its rating of the accident".
    ['Accident rating raised', '2011-03-18', [MT, AP]],
  ])('“%s” on %s, told by %j', (title, day, docs) => {
    const e = titled(title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it.each<[string, string, string]>([
    ['the quake at 2:46 p.m.', 'The magnitude 8.9 quake hit at 2:46 p.m.', '2011-03-11T14:46'],
    [
      'the foreshock of “Wednesday” in a Friday report',
      'a magnitude 7.2 tremor off the same coast',
      '2011-03-09',
    ],
    [
      'the Miyagi police chief’s estimate of Sunday',
      'De politiechef van de prefectuur Miyagi zei zondag',
      '2011-03-13',
    ],
    ['Amano’s words in Vienna “gisteren”', 'zei gisteren in Wenen', '2011-03-14'],
    ['the Spiegel’s Monday-evening vigils', 'Am Montagabend beteiligten sich', '2011-03-14'],
    ['the translation’s “Already on Wednesday”', 'Already on Wednesday Amado had described', '2011-03-16'],
    [
      'the milk and spinach found on Saturday',
      'radiation above legal limits had been found in milk',
      '2011-03-19',
    ],
    ['the cold shutdown of units 5 and 6', 'had reached a stable "cold shutdown"', '2011-03-20'],
    // The Dutch night of Monday 14 March was Tuesday morning in Japan.
    ['the NOS explosions of “vannacht”', 'zijn vannacht opnieuw explosies geweest', '2011-03-15'],
    ['the Spiegel’s Unit 2 explosion', 'In der Nacht zu Dienstag deutscher Zeit', '2011-03-15'],
  ])('%s is dated %s', (_, words, day) => {
    expect(onlyCiting(file, words)?.when.start).toBe(day);
  });

  it('the translation’s “Amado” is Yukiya Amano, his given name written once', () => {
    const amado = onlyCiting(file, 'Already on Wednesday Amado had described');
    expect(amado?.title).toBe('Yukiya Amano makes a statement');
    expect(amado?.actors).toContain('name:yukiya-amano');
    expect(amado?.actors).not.toContain('name:amado');
  });

  it('the police count “inmiddels” of 15 March and Trittin’s charge are not dated to a later sentence’s Sunday or to the 27 March elections', () => {
    const count = citing('De Japanse politie heeft inmiddels 2734 doden geteld');
    expect(count.length).toBeGreaterThan(0);
    for (const e of count) {
      expect(e.when.start.slice(0, 10) <= '2011-03-15' && e.when.end.slice(0, 10) === '2011-03-15').toBe(
        true,
      );
    }
    const trittin = onlyCiting(file, 'Grünen-Fraktionschef Jürgen Trittin warf Merkel vor');
    expect(trittin?.when.end.slice(0, 10)).toBe('2011-03-15');
  });

  it.each<[string, string, number[]]>([
    ['11 people injured', 'figures.people injured', [7, 11]],
    ['About 200,000 people evacuated', 'figures.people', [180000, 200000]],
  ])('“%s” keeps both outlets’ counts as a conflict (%s)', (title, field, values) => {
    expect(valuesOf(title, field)).toEqual(values);
  });

  it.each([
    'Read more',
    'You may also like',
    'Leave a Reply',
    'Back To Top',
    'cookies',
    'Share this',
    'Copyright 2011',
    'Alle Rechte vorbehalten',
  ])('no event cites the site’s “%s” line', (words) => {
    expect(citing(words)).toEqual([]);
  });
});
