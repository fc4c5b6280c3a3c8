/**
 * The Rotterdam shootings of Thursday 28 September 2023: a 32-year-old student, Fouad L., shoots a
 * 39-year-old woman and her 14-year-old daughter in their home on the Heiman Dullaertplein in
 * Delfshaven (around 14:45) and sets it on fire, then at about 15:00 shoots a 43-year-old teacher
 * in a classroom of the Erasmus MC and sets fires there; the hospital is evacuated and he is
 * arrested on its helipad; the mayor, the police chief and the chief prosecutor speak that evening;
 * the girl dies, the toll rising from two to three; the life sentence of 19 December 2024. Told by
 * six outlets in nl, de and en: a NOS report of the Thursday with site boilerplate, a Spiegel
 * report and a Reuters wire of the same day, an AD report of the Friday ("gistermiddag",
 * "donderdagavond"), an undated translation from the Dutch that writes the mayor "Ahmed About
 * Taleb", and an NL Times report of the verdict that recalls the day of the shootings.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { allCiting, documentsOf, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('rotterdam-shootings');
}, 60_000);

/** The events citing a sentence with those words. */
const citing = (words: string) => allCiting(file, words);

const HOME = 'Rond 14.45 uur kwamen bij de politie meldingen binnen';
const HOSPITAL = 'waar hij rond 15.00 uur in een leslokaal een 43-jarige docent doodschoot';
const ALL = [
  'de_spiegel_0928',
  'en_mt_undated',
  'en_nltimes_1219_2024',
  'en_reuters_0928',
  'nl_ad_0929',
  'nl_nos_0928',
];

describe('the Rotterdam shootings as six outlets told them', () => {
  it('the dated reports are read on the days they were published', () => {
    expect(file.documents.map((d) => [d.id, d.published.date])).toEqual(
      expect.arrayContaining([
        ['de_spiegel_0928', '2023-09-28'],
        ['en_nltimes_1219_2024', '2024-12-19'],
        ['en_reuters_0928', '2023-09-28'],
        ['nl_ad_0929', '2023-09-29'],
        ['nl_nos_0928', '2023-09-28'],
      ]),
    );
  });

  it.each<[string, string, string]>([
    ['the home shooting “Rond 14.45 uur”', HOME, '2023-09-28'],
    ['the home shooting “gistermiddag”', 'schoot gistermiddag eerst zijn 39-jarige buurvrouw', '2023-09-28'],
    [
      'the home shooting “am Donnerstagnachmittag”',
      'am Donnerstagnachmittag zunächst in einer Wohnung',
      '2023-09-28',
    ],
    [
      'the home shooting recalled in the verdict report',
      'On the afternoon of September 28, 2023, L. shot',
      '2023-09-28',
    ],
    ['the hospital shooting “Rond 15.00 uur”', HOSPITAL, '2023-09-28'],
    ['the hospital shooting “Gegen 15 Uhr”', 'Gegen 15 Uhr schoss er dort', '2023-09-28'],
    [
      'the hospital shooting “Around 15.00 hours” of the translation',
      'Around 15.00 hours he went',
      '2023-09-28',
    ],
    [
      'the hospital shooting “at about 3:00 p.m.” of the verdict report',
      'at about 3:00 p.m., he entered',
      '2023-09-28',
    ],
    ['the arrest on the helipad', 'De verdachte werd even later op het helikopterplatform', '2023-09-28'],
    [
      'the arrest recalled in the verdict report',
      "Police arrested L. on the hospital's helipad",
      '2023-09-28',
    ],
    ['the evacuation', 'Het ziekenhuis werd grotendeels ontruimd', '2023-09-28'],
    [
      'the evacuation recalled in the verdict report',
      'evacuated from the hospital that afternoon',
      '2023-09-28',
    ],
    ['the mayor at the press conference “vanavond”', 'sprak vanavond op een persconferentie', '2023-09-28'],
    [
      'the mayor at the press conference “donderdagavond”',
      'noemde het donderdagavond op een persconferentie',
      '2023-09-28',
    ],
  ])('%s is told on %s', (_what, words, day) => {
    const told = citing(words);
    expect(told.length).toBeGreaterThan(0);
    for (const e of told) expect(e.when.start.slice(0, 10)).toBe(day);
  });

  // Reuters tells it as the deaths it caused ("opened fire at a home …, killing"), not in "Shootings are relatively rare".
  it('the shooting in the home at 14:45 is one event of the five outlets that tell it so, in Delfshaven', () => {
    const home = onlyCiting(file, HOME);
    expect(home?.when.value).toBe('2023-09-28T14:45');
    expect(documentsOf(home)).toEqual(ALL.filter((d) => d !== 'en_reuters_0928'));
    expect(home?.places).toEqual(expect.arrayContaining(['heiman-dullaertplein']));
  });

  it('the teacher shot dead at the Erasmus MC is a death of 15:00 told by five outlets, at the Erasmus MC', () => {
    const hospital = citing(HOSPITAL).find((e) => e.kind === 'death');
    expect(hospital?.when.value).toBe('2023-09-28T15:00');
    expect(documentsOf(hospital)).toEqual(
      expect.arrayContaining([
        'de_spiegel_0928',
        'en_mt_undated',
        'en_reuters_0928',
        'nl_ad_0929',
        'nl_nos_0928',
      ]),
    );
    expect(hospital?.places).toContain('erasmus-mc');
  });

  it('the German “schoss … auf” at the Erasmus MC is a shooting of 15:00, apart from the home', () => {
    const shooting = citing('Gegen 15 Uhr schoss er dort').find((e) => e.kind === 'shooting');
    expect(shooting?.when.value).toBe('2023-09-28T15:00');
    expect(shooting?.places).toContain('erasmus-mc');
    expect(shooting?.id).not.toBe(onlyCiting(file, HOME)?.id);
  });

  it.each([
    ['the home', 'De schutter stichtte daarna brand in de woning'],
    ['the hospital', 'stichtte hij op meerdere plekken in het gebouw brand'],
  ])('the fire set in %s is an arson of Thursday', (_where, words) => {
    const fire = onlyCiting(file, words);
    expect(fire?.kind).toBe('arson');
    expect(fire?.when.start.slice(0, 10)).toBe('2023-09-28');
  });

  it.each<[string, string, string]>([
    [
      'the Dutch “in de woning”',
      'De schutter stichtte daarna brand in de woning',
      'Anschließend legte er in der Wohnung Feuer',
    ],
    [
      'the English “set the house on fire”',
      'He then set the house on fire',
      'Daarna stak hij de woning in brand',
    ],
    [
      'the German “in der Klinik”',
      'Auch in der Klinik legte er Feuer',
      'stichtte hij op meerdere plekken in het gebouw brand',
    ],
  ])('the fire set in %s is one fire with its like at the same place', (_what, words, same) => {
    expect(onlyCiting(file, words)).toBe(onlyCiting(file, same));
  });

  it('the fire in the home and the fire in the hospital are two fires', () => {
    const home = onlyCiting(file, 'De schutter stichtte daarna brand in de woning');
    expect(home?.id).not.toBe(onlyCiting(file, 'Auch in der Klinik legte er Feuer')?.id);
    expect(home?.id).not.toBe(onlyCiting(file, 'stichtte hij op meerdere plekken in het gebouw brand')?.id);
  });

  it.each<[string, string]>([
    [
      'the Dutch “In de woning werd een 39-jarige vrouw doodgeschoten”',
      'In de woning werd een 39-jarige vrouw',
    ],
    ['the German “Die Frau starb”, after “in einer Wohnung”', 'Die Frau starb, das Mädchen wurde'],
  ])('the woman killed in her home, %s, is no death of the teacher nor the day’s toll', (_what, words) => {
    const home = citing(words).find((e) => e.kind === 'death');
    expect(home).toBeDefined();
    expect(home?.id).not.toBe(citing(HOSPITAL).find((e) => e.kind === 'death')?.id);
    expect(home?.id).not.toBe(citing('zijn drie mensen om het leven gekomen')[0]?.id);
  });

  it('the Reuters “opened fire at a home … killing a 39-year-old woman” is the NOS “In de woning werd een 39-jarige vrouw doodgeschoten”', () => {
    const home = citing('first opened fire at a home in the Delfshaven district').find(
      (e) => e.kind === 'death',
    );
    expect(home?.title).toBe('Deaths in Delfshaven');
    expect(home?.when.start.slice(0, 10)).toBe('2023-09-28');
    expect(citing('In de woning werd een 39-jarige vrouw').find((e) => e.kind === 'death')).toBe(home);
  });

  it('the toll of both scenes, “at a house and a university hospital”, is the day’s toll, neither killing', () => {
    const toll = citing('killed at least two people in shootings at a house').find((e) => e.kind === 'death');
    expect(toll?.title).toBe('3 people killed');
    expect(toll?.sources.some((s) => s.sentence.includes('43-year-old teacher'))).toBe(false);
    expect(toll?.sources.some((s) => s.sentence.includes('In de woning werd'))).toBe(false);
  });

  it('the arrest of “the suspect” on the helipad is one event of five outlets in three languages', () => {
    const arrest = onlyCiting(file, 'De verdachte werd even later op het helikopterplatform');
    expect(arrest?.kind).toBe('arrest');
    expect(arrest?.when.start.slice(0, 10)).toBe('2023-09-28');
    expect(documentsOf(arrest)).toEqual([
      'de_spiegel_0928',
      'en_mt_undated',
      'en_nltimes_1219_2024',
      'en_reuters_0928',
      'nl_nos_0928',
    ]);
    expect(onlyCiting(file, 'Die Polizei nahm den Verdächtigen auf dem Hubschrauberlandeplatz')).toBe(arrest);
  });

  it('the evacuation of the hospital is one event of the five outlets that word it so, at the Erasmus MC', () => {
    const evacuation = onlyCiting(file, 'Het ziekenhuis werd grotendeels ontruimd');
    expect(evacuation?.kind).toBe('evacuation');
    expect(evacuation?.places).toEqual(['erasmus-mc']);
    expect(evacuation?.title).not.toMatch(/Europe/);
    expect(documentsOf(evacuation)).toEqual(ALL.filter((d) => d !== 'en_mt_undated'));
  });

  it('Aboutaleb’s “black day” at the press conference is his statement of Thursday, told by all six outlets, “Mayor Ahmed About Taleb” of the translation too', () => {
    const said = onlyCiting(file, 'sprak vanavond op een persconferentie');
    expect(said?.kind).toBe('statement');
    expect(said?.actors).toEqual(['aboutaleb']);
    expect(said?.when.start.slice(0, 10)).toBe('2023-09-28');
    expect(documentsOf(said)).toEqual(ALL);
    expect(onlyCiting(file, 'Mayor Ahmed About Taleb said yesterday evening')).toBe(said);
  });

  it.each([
    [
      'the police chief Westerbeke',
      'Politiechef Fred Westerbeke zei op dezelfde persconferentie',
      'westerbeke',
    ],
    ['the chief prosecutor Hillenaar', 'Hoofdofficier van justitie Hugo Hillenaar vertelde', 'hillenaar'],
  ])('%s speaking at the press conference is his own statement', (_who, words, id) => {
    const said = onlyCiting(file, words);
    expect(said?.kind).toBe('statement');
    expect(said?.actors).toContain(id);
    expect(said?.id).not.toBe(onlyCiting(file, 'sprak vanavond op een persconferentie')?.id);
  });

  it('the charges the prosecution makes known “today” are of Friday', () => {
    const charged = onlyCiting(file, 'The Public Ministry makes known today');
    expect(charged?.when.start.slice(0, 10)).toBe('2023-09-29');
  });

  it('the girl dying “this morning” in the translation is a death of Friday, at the home', () => {
    const died = onlyCiting(file, 'died this morning in the hospital');
    expect(died?.kind).toBe('death');
    expect(died?.when.start.slice(0, 10)).toBe('2023-09-29');
    expect(died?.places).toContain('heiman-dullaertplein');
  });

  it('the toll, two dead on Thursday and three on Friday, is a conflict of the day of the shootings', () => {
    const tolls = [
      ...citing('zijn vanmiddag twee mensen om het leven gekomen'),
      ...citing('zijn drie mensen om het leven gekomen'),
    ];
    const conflict = tolls.flatMap((e) => e.conflicts).find((c) => c.field === 'figures.people killed');
    expect(conflict?.values.map((v) => [v.value, v.reported])).toEqual([
      [2, '2023-09-28'],
      [3, '2023-09-29'],
    ]);
    for (const toll of tolls) expect(toll.when.start.slice(0, 10)).toBe('2023-09-28');
  });

  it('the life sentence of 19 December 2024 is a verdict of its own, not of 2023', () => {
    const verdict = citing('sentenced Fouad L. to life in prison on Thursday').find(
      (e) => e.kind === 'verdict',
    );
    expect(verdict?.title).toBe('Fouad L. sentenced');
    expect(verdict?.actors).toContain('rotterdam-district-court');
    expect(verdict?.when.value).toBe('2024-12-19');
    expect(documentsOf(verdict)).toEqual(['en_nltimes_1219_2024']);
  });

  it('his refusal to answer questions at the trial is no statement of his', () => {
    expect(citing('He had refused to answer questions during most of the trial.')).toEqual([]);
  });

  it.each([
    ['the Dutch “Erasmus Universiteit”', 'Erasmus Universiteit', 'erasmus-university'],
    ['the English “Erasmus University”', 'Erasmus University', 'erasmus-university'],
    ['the Dutch “Fouad L”', 'Fouad L', 'fouad-l'],
  ])('%s is the actor %s', (_what, text, id) => {
    const mentions = file.events.flatMap((e) => e.sources).flatMap((s) => s.mentions ?? []);
    const found = mentions.filter((m) => m.text === text);
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found.map((m) => m.id))).toEqual(new Set([id]));
  });

  it('Rotterdam, Delfshaven and the Erasmus MC are places of the chronology', () => {
    expect(file.places.map((p) => p.id)).toEqual(
      expect.arrayContaining(['rotterdam', 'delfshaven', 'erasmus-mc', 'heiman-dullaertplein']),
    );
  });

  it('dates the undated translation to Friday 29 September, the morning the girl died', () => {
    const published = publishedOf(file, 'en_mt_undated');
    expect(published).toMatchObject({ date: '2023-09-29', precision: 'day', inferred: true });
  });
});
