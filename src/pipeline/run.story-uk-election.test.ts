/**
 * The British general election of 4 July 2024, told the day after by two outlets in en and de:
 * Labour's landslide, Starmer appointed by King Charles III at Buckingham Palace, Sunak conceding
 * defeat and stepping down as party leader, the turnout of election day, the seats the Liberal
 * Democrats and Reform UK won, apart from Labour's win, and the German chancellor's congratulations.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('uk-election');
}, 60_000);

describe('the UK election as two outlets told it', () => {
  it.each<[string, string, string[]]>([
    ['Labour Party wins the election', '2024-07-05', ['de_zeit_0705', 'en_ap_0705']],
    ['Keir Starmer appointed prime minister', '2024-07-05', ['de_zeit_0705', 'en_ap_0705']],
    ['Keir Starmer holds talks with Charles III', '2024-07-05', ['en_ap_0705']],
    ['Rishi Sunak concedes defeat', '2024-07-05', ['de_zeit_0705', 'en_ap_0705']],
    ['Rishi Sunak announces resignation', '2024-07-05', ['de_zeit_0705', 'en_ap_0705']],
    ['Olaf Scholz congratulates Keir Starmer', '2024-07-05', ['de_zeit_0705']],
  ])('“%s” on %s, told by %j', (title, day, docs) => {
    const e = mostTold(file, title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('the turnout is of election day, not of the hour the polls closed', () => {
    const turnout = mostTold(file, 'Election turnout');
    expect(turnout?.when).toMatchObject({ start: '2024-07-04', end: '2024-07-04', precision: 'day' });
    expect(documentsOf(turnout)).toEqual(['de_zeit_0705', 'en_ap_0705']);
  });

  it.each<[string, string, string[]]>([
    ['the king appoints Starmer', 'Keir Starmer appointed prime minister', ['charles-iii', 'starmer']],
    [
      'the parties and Nigel Farage are known by name',
      'Liberal Democrats win seats',
      ['liberal-democrats', 'nigel-farage', 'reform-uk'],
    ],
  ])('%s', (_, title, actors) => {
    expect(mostTold(file, title)?.actors).toEqual(expect.arrayContaining(actors));
  });

  it("Labour won the election in the United Kingdom: the seats the Liberal Democrats and Reform UK won, and Farage's in Clacton, are theirs", () => {
    const win = mostTold(file, 'Labour Party wins the election');
    expect(win?.places).toEqual(['united-kingdom']);
    expect(win?.actors).toContain('labour-party');
    expect(win?.actors).not.toEqual(expect.arrayContaining(['liberal-democrats']));
    expect(win?.actors).not.toEqual(expect.arrayContaining(['reform-uk']));
    expect(win?.sources.map((s) => s.sentence)).toContain(
      'Die Labour-Partei hat die Parlamentswahl in Großbritannien mit großem Vorsprung gewonnen.',
    );
    expect(file.events.filter((e) => e.title.endsWith('wins the election'))).toHaveLength(1);
  });

  it('Starmer met the king at Buckingham Palace', () => {
    expect(mostTold(file, 'Keir Starmer holds talks with Charles III')?.places).toEqual([
      'buckingham-palace',
    ]);
  });

  it('no actor is a name the data do not know', () => {
    expect(file.events.flatMap((e) => e.actors).filter((a) => a.startsWith('name:'))).toEqual([]);
  });
});
