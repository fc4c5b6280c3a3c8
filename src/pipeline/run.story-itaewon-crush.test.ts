/**
 * The crowd crush in Seoul's Itaewon district on the night of Saturday 29 October 2022, told over
 * four days by five outlets in en, nl and de: a toll rising from 151 to 156, foreigners from many
 * countries among the dead, the police chief's apology, raids on police offices, and a Korean
 * report machine-translated with the president's name garbled ("Yoon Seok-yeol").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('itaewon-crush');
}, 60_000);

describe('the Itaewon crowd crush as five outlets told it', () => {
  it('the crush is one "Crowd crush in Itaewon" at 22:15 on Saturday, told in English, German and Dutch', () => {
    const crush = mostTold(file, 'Crowd crush in Itaewon');
    expect(crush?.when.value).toBe('2022-10-29T22:15');
    expect(documentsOf(crush)).toEqual(['de_tagesschau_1030', 'en_ap_1030', 'nl_nrc_undated']);
    expect(file.events.some((e) => /stampede|attack/i.test(e.title))).toBe(false);
  });

  it('the German "Das Unglück ereignete sich am Samstagabend gegen 22.15 Uhr" is the crush, at its own time', () => {
    const crush = onlyCiting(file, 'Das Unglück ereignete sich');
    expect(crush?.title).toBe('Crowd crush in Itaewon');
    expect(crush?.when.value).toBe('2022-10-29T22:15');
  });

  it('the emergency calls that warned of the crowd from 18:34, told by the Dutch report of Tuesday, are dated that Saturday evening', () => {
    const calls = mostTold(file, 'Emergency calls');
    expect(calls?.when.value).toBe('2022-10-29T18:34');
    expect(documentsOf(calls)).toEqual(['nl_nos_1101']);
  });

  it('the head of the Yongsan police station "accused of arriving at the scene about an hour after the accident" makes no arrival', () => {
    expect(file.events.some((e) => e.kind === 'arrival')).toBe(false);
  });

  it('a crowd "celebrating Halloween" on Saturday night is dated that Saturday, not the Halloween a year before', () => {
    expect(file.events.some((e) => e.when.start.startsWith('2021'))).toBe(false);
  });

  it('the dead are one "156 people killed" of that Saturday in all five reports, the rising toll kept as a conflict, not "Deaths in Yongsan" of the fire department that said who they were', () => {
    const dead = file.events.filter((e) => e.figures.some((f) => f.counts === 'people killed'));
    const most = dead.reduce((a, b) => (a.sources.length >= b.sources.length ? a : b));
    expect(most.title).toBe('156 people killed');
    expect(most.when.start).toBe('2022-10-29');
    expect(documentsOf(most)).toEqual([
      'de_tagesschau_1030',
      'en_ap_1030',
      'en_mt_1102',
      'nl_nos_1101',
      'nl_nrc_undated',
    ]);
    expect(most.figures.map((f) => f.value).sort((a, b) => a - b)).toEqual([151, 153, 156]);
    expect(most.conflicts.some((c) => c.field === 'figures.people killed')).toBe(true);
  });

  it('the foreigners "from Iran, China, Russia and Uzbekistan" among the dead died in Seoul: no event is placed in their countries', () => {
    expect(file.events.some((e) => e.places.some((p) => ['iran', 'china', 'russia'].includes(p)))).toBe(
      false,
    );
  });

  it('the undated NRC report of "woensdag" raids and of mourning that "duurt nog tot en met zaterdag" is read on that Wednesday, not on the Saturday the mourning ends', () => {
    const published = publishedOf(file, 'nl_nrc_undated');
    expect(published).toMatchObject({ date: '2022-11-02', precision: 'day', inferred: true });
  });

  it('President Yoon declared national mourning on Sunday, in all three languages', () => {
    const mourning = mostTold(file, 'Yoon Suk Yeol declares national mourning');
    expect(mourning?.when.value).toBe('2022-10-30');
    expect(documentsOf(mourning)).toEqual(['de_tagesschau_1030', 'en_ap_1030', 'nl_nos_1101']);
  });

  it('the police chief Yoon Hee-keun, not the president, apologised on Tuesday, in Dutch and in the translation that spells him "Yoon Hee-geun"', () => {
    const apology = mostTold(file, 'Yoon Hee-keun apologises');
    expect(apology?.when.value).toBe('2022-11-01');
    expect(documentsOf(apology)).toEqual(['en_mt_1102', 'nl_nos_1101']);
    expect(mostTold(file, 'Yoon Suk Yeol apologises')).toBeUndefined();
  });

  it('the translation\'s "President Yoon Seok-yeol" is Yoon Suk Yeol', () => {
    const words = file.events.find((e) => e.sources.some((s) => s.sentence.includes('Yoon Seok-yeol')));
    expect(words?.actors).toContain('yoon-suk-yeol');
  });

  it('the translation\'s "search and seizure on the 2nd" and the Dutch "invallen" on Wednesday are one raid on 2 November', () => {
    const raid = mostTold(file, 'Raid in Seoul');
    expect(raid?.when.value).toBe('2022-11-02');
    expect(documentsOf(raid)).toEqual(['en_mt_1102', 'nl_nrc_undated']);
  });

  it('the head of the Yongsan police station was removed on 2 November', () => {
    expect(mostTold(file, 'Lee Im-jae dismissed')?.when.value).toBe('2022-11-02');
  });

  it('the German "133 weitere wurden verletzt" counts the injured of that Saturday, beside the AP’s 82 and the NOS’s 150', () => {
    const injured = onlyCiting(file, '133 weitere wurden verletzt');
    expect(injured?.when.start).toBe('2022-10-29');
    expect(documentsOf(injured)).toEqual(['de_tagesschau_1030', 'en_ap_1030', 'nl_nos_1101']);
    expect(injured?.figures.map((f) => f.value).sort((a, b) => a - b)).toEqual([82, 133, 150]);
  });

  it('Yoon visited the "Unglücksort" on Sunday morning: the disaster site, no crash site', () => {
    const visit = mostTold(file, 'Yoon Suk Yeol visits the disaster site');
    expect(visit?.when.start).toBe('2022-10-30');
    expect(documentsOf(visit)).toEqual(['de_tagesschau_1030', 'en_ap_1030']);
    expect(file.events.some((e) => e.title.includes('crash site'))).toBe(false);
  });

  it('the Hamilton Hotel the alley runs beside is a place, no organisation that acts', () => {
    const hotel = file.actors.find((a) => a.id === 'name:hamilton-hotel');
    expect(hotel?.kind).toBe('place');
  });

  it('no Park Geun-hye, nor any piece of a name, is taken for the police chief', () => {
    const chief = file.events.filter((e) => e.actors.includes('yoon-hee-keun'));
    expect(chief.flatMap((e) => e.sources.map((s) => s.document)).sort()).toEqual([
      'en_mt_1102',
      'nl_nos_1101',
      'nl_nos_1101',
      // '"De politie heeft niet adequaat gereageerd", zei Yoon Hee-keun.'
      'nl_nos_1101',
    ]);
  });
});
