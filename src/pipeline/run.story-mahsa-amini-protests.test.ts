/**
 * The protests in Iran after Mahsa Amini died in the custody of the morality police, told by six
 * outlets in en, nl and de from 19 September to 17 October 2022: her arrest and death, the funeral
 * in Saqqez, the internet restrictions, the US, Canadian and EU sanctions, Raisi's and Khamenei's
 * words, the fire in Evin prison, and the running counts of the dead a rights group, state
 * television and officials gave on different days, kept apart where they count different things.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { allCiting, documentsOf, mostTold, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('mahsa-amini-protests');
}, 60_000);

const titled = (title: string) => mostTold(file, title);
const citing = (words: string) => allCiting(file, words);
const values = (e: EventFile['events'][number] | undefined) =>
  e?.figures.map((f) => f.value).sort((a, b) => a - b);

describe('the Mahsa Amini protests as six outlets told them', () => {
  it.each<[string, string, string[]]>([
    ['Mahsa Amini arrested', '2022-09-13', ['en_guardian_1003', 'en_reuters_0919', 'nl_nos_0921']],
    [
      'Mahsa Amini dies',
      '2022-09-16',
      ['de_tagesschau_0924', 'en_guardian_1003', 'en_reuters_0919', 'nl_nos_0921'],
    ],
    ['Funeral in Saqqez', '2022-09-17', ['en_reuters_0919']],
    ['Investigation ordered', '2022-09-16', ['en_reuters_0919']],
    ['Hossein Rahimi makes a statement', '2022-09-19', ['en_reuters_0919']],
    ['Social media restricted', '2022-09-21', ['nl_nos_0921']],
    ['United States imposes sanctions on Iran', '2022-09-22', ['de_tagesschau_0924']],
    ['Ali Khamenei makes a statement', '2022-10-03', ['en_guardian_1003']],
  ])('“%s” on %s, told by %j', (title, day, docs) => {
    const e = titled(title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('Raisi addressing the UN General Assembly on Wednesday is his statement of that day, in New York', () => {
    const address = onlyCiting(file, 'sprak woensdag de Algemene Vergadering');
    expect(address?.title).toBe('Ebrahim Raisi makes a statement');
    expect(address?.when.start).toBe('2022-09-21');
    expect(address?.places).toEqual(['new-york']);
    expect(address?.actors).toEqual(['raisi', 'un-general-assembly']);
  });

  it('the morality police arrested her in Tehran, as the Dutch “zedenpolitie” says', () => {
    const arrest = titled('Mahsa Amini arrested');
    expect(arrest?.places).toContain('tehran');
    expect(arrest?.actors).toEqual(expect.arrayContaining(['mahsa-amini', 'morality-police']));
  });

  it('the protests of Monday “after her arrest” report no second arrest of that day', () => {
    const lede = onlyCiting(file, 'after her arrest by Iran');
    expect(lede?.title).toBe('Protests in Tehran');
    expect(lede?.when.start).toBe('2022-09-19');
  });

  it('the heart attack the police spoke of is no attack', () => {
    expect(onlyCiting(file, 'suffered a heart attack')?.title).not.toBe('Attack');
    expect(file.events.filter((e) => e.title === 'Attack')).toEqual([]);
  });

  it('her family saying she had no heart problems is no statement of hers', () => {
    expect(citing('Her family said').map((e) => e.title)).not.toContain('Mahsa Amini makes a statement');
    expect(file.events.filter((e) => e.title === 'Mahsa Amini makes a statement')).toEqual([]);
  });

  it('Raisi announcing decisive action on Saturday is his statement, no crackdown', () => {
    const words = onlyCiting(file, 'kündigte am Samstag ein entschlossenes Vorgehen');
    expect(words?.title).toBe('Ebrahim Raisi makes a statement');
    expect(words?.when.start).toBe('2022-09-24');
    expect(documentsOf(words)).toEqual(['de_tagesschau_0924']);
  });

  it('the UN calling for an independent inquiry on Tuesday opens none', () => {
    const call = onlyCiting(file, 'riep dinsdag op tot een onafhankelijk onderzoek');
    expect(call?.title).not.toBe('Investigation opened');
    expect(call?.when.start).toBe('2022-09-20');
  });

  it('the Kurdistan governor’s three dead of Tuesday stay apart from the national counts', () => {
    const governor = onlyCiting(file, 'drie doden zijn gevallen');
    expect(governor?.when.start).toBe('2022-09-20');
    expect(governor?.places).toEqual(['kurdistan-province']);
    expect(values(governor)).toEqual([3]);
    expect(documentsOf(governor)).toEqual(['nl_nos_0921']);
  });

  it('Iran Human Rights’ count rising from 31 to 92 is one running count, its two values a conflict', () => {
    const ihr = onlyCiting(file, 'at least 92 people had been killed');
    expect(ihr).toBe(onlyCiting(file, 'von mindestens 31 getöteten Zivilisten'));
    expect(values(ihr)).toEqual([31, 92]);
    expect(ihr?.actors).toContain('iran-human-rights');
    // "mit Sitz in Oslo", "the Oslo-based group": where the group sits, not where the dead fell.
    expect(ihr?.places).not.toContain('oslo');
    expect(ihr?.conflicts.map((c) => c.field)).toEqual(['figures.people killed']);
  });

  it('state television’s 41 dead nationwide on Saturday are not the 41 dead of Zahedan on Friday', () => {
    const stateTv = onlyCiting(file, 'nach Angaben des Staatsfernsehens bislang 41');
    expect(stateTv?.when.start).toBe('2022-09-24');
    expect(stateTv?.places).not.toContain('zahedan');
    const zahedan = citing('does not include Zahedan');
    expect(zahedan.length).toBeGreaterThan(0);
    for (const e of zahedan) {
      expect(e.when.start).toBe('2022-09-30');
      expect(e.places).toContain('zahedan');
      expect(e).not.toBe(stateTv);
      expect(values(e)?.includes(92)).toBe(false);
    }
  });

  it('the fire in Evin prison: four dead on Sunday and eight on Monday are one count in conflict', () => {
    const dead = onlyCiting(file, 'raised the number of dead prisoners to eight');
    expect(citing('had spoken of four dead')).toContain(dead);
    expect(values(dead)).toEqual([4, 8]);
    expect(dead?.places).toContain('evin-prison');
    expect(onlyCiting(file, 'The fire broke out on Saturday evening')?.when.start.slice(0, 10)).toBe(
      '2022-10-15',
    );
  });

  it.each<[string, string]>([
    ['Justin Trudeau, announced sanctions on Monday', 'Justin Trudeau imposes sanctions on Iran'],
    ['imposed sanctions on eleven people and four organisations', 'European Union imposes sanctions on Iran'],
    ['Sanktionen gegen die Sittenpolizei', 'United States imposes sanctions on Iran'],
  ])('the sanctions “%s” are titled “%s”: aimed at Iran, not at Canada or Luxembourg', (words, title) => {
    expect(onlyCiting(file, words)?.title).toBe(title);
  });

  it('the demonstrators “arrested in recent weeks” held in Evin are no arrest of the day of the fire', () => {
    expect(citing('among them demonstrators arrested in recent weeks')).toEqual([]);
  });

  it('the shops shut “in de Koerdische steden” name no actor “Koerdische”', () => {
    const strike = onlyCiting(file, 'In de Koerdische steden Saqqez');
    expect(strike?.when.start).toBe('2022-10-01');
    expect(strike?.places).toEqual(expect.arrayContaining(['saqqez', 'sanandaj', 'mahabad']));
    expect(strike?.actors).toEqual([]);
    expect(strike?.title).not.toContain('Koerdische');
  });

  it.each<[string, string, string[]]>([
    ['Justin Trudeau, announced sanctions on Monday', '2022-10-03', ['trudeau', 'morality-police']],
    [
      'imposed sanctions on eleven people and four organisations',
      '2022-10-17',
      ['european-union', 'morality-police'],
    ],
    ['Sanktionen gegen die Sittenpolizei', '2022-09-22', ['united-states', 'morality-police']],
  ])('the sanctions “%s” are of %s, against the morality police', (words, day, actors) => {
    const sanctions = onlyCiting(file, words);
    expect(sanctions?.when.start).toBe(day);
    expect(sanctions?.actors).toEqual(expect.arrayContaining(actors));
  });

  it.each<[string, string]>([
    ['von der Sittenpolizei festgenommen', 'morality-police'],
    ['the Kurdish rights group Hengaw said', 'hengaw'],
    ['The human rights network HRANA speaks of thousands of arrests', 'hrana'],
    ['According to Iran Human Rights, at least 215 people', 'iran-human-rights'],
  ])('“%s” names the listed %s', (words, id) => {
    // A source that ends the sentence ("…, Hengaw said") is named in it, but did nothing in it.
    const named = citing(words).flatMap((e) =>
      e.sources.filter((s) => s.sentence.includes(words)).flatMap((s) => s.mentions ?? []),
    );
    expect(named.map((m) => m.id)).toContain(id);
  });

  it.each([
    'Lees ook',
    'Mehr zum Thema',
    'Deel dit artikel',
    'cookies',
    'Reporting by',
    'Our Standards',
    'automatically translated',
  ])('no event cites the site’s “%s” line', (words) => {
    expect(citing(words)).toEqual([]);
  });

  it.each([
    ['en_reuters_0919', '2022-09-19'],
    ['nl_nos_0921', '2022-09-21'],
    ['de_tagesschau_0924', '2022-09-24'],
    ['en_guardian_1003', '2022-10-03'],
    ['en_mt_1017', '2022-10-17'],
  ])('the report %s is dated %s', (id, day) => {
    expect(publishedOf(file, id)).toMatchObject({ date: day, precision: 'day', inferred: false });
  });

  it('the month-only report counting 185 dead lies after the Guardian’s 92 and before the 215 of 17 October', () => {
    const published = publishedOf(file, 'nl_volkskrant_10');
    expect(published).toMatchObject({ precision: 'day', inferred: true });
    const day = published?.date ?? '';
    expect(day >= '2022-10-03' && day < '2022-10-17').toBe(true);
  });
});
