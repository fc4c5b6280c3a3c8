/**
 * Pope Francis's death on Easter Monday, 21 April 2025, and his funeral on Saturday 26 April, told
 * by five outlets in en, nl and de: a death by natural causes, a funeral announced for "zaterdag",
 * a regnal name in three languages, a building named after a city ("Casa Santa Marta").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('pope-francis-death');
}, 60_000);

describe("Pope Francis's death and funeral as five outlets told them", () => {
  it('the death is one event in the three languages, titled as a death and not a killing', () => {
    const death = mostTold(file, 'Pope Francis dies');
    expect(death?.when.start.slice(0, 10)).toBe('2025-04-21');
    expect(documentsOf(death)).toEqual([
      'en_mt_undated',
      'en_reuters_0421',
      'nl_nos_0422',
      'nl_volkskrant_04',
    ]);
    expect(file.events.some((e) => / killed$/.test(e.title))).toBe(false);
  });

  it('"died on Monday" and "maandagochtend" are one value of the date conflict, Monday morning, against "last week"', () => {
    const when = mostTold(file, 'Pope Francis dies')?.conflicts.find((c) => c.field === 'when');
    expect(when?.values.map((v) => [v.value, [...new Set(v.sources.map((s) => s.document))]])).toEqual([
      ['2025-04-21TMO', ['en_reuters_0421', 'nl_nos_0422', 'nl_volkskrant_04']],
      ['2025-W17', ['en_mt_undated']],
    ]);
  });

  it('the funeral the Dutch report of Tuesday announces for "zaterdag" is that Saturday, one event with the reports of it, their crowds of 200,000 and 250,000 a conflict', () => {
    const funeral = mostTold(file, 'Funeral of Pope Francis');
    expect(funeral?.when.value).toBe('2025-04-26');
    expect(
      funeral?.conflicts.find((c) => c.field === 'figures.people')?.values.map((v) => [v.value, v.reported]),
    ).toEqual([
      [250000, '2025-04-26'],
      [200000, '2025-04-28'],
    ]);
    expect(documentsOf(funeral)).toEqual([
      'de_tagesschau_0426',
      'en_mt_undated',
      'nl_nos_0422',
      'nl_volkskrant_04',
    ]);
  });

  it('the month-only Dutch report of the conclave "op 7 mei" set "maandag" is dated the Monday after the funeral', () => {
    const published = publishedOf(file, 'nl_volkskrant_04');
    expect(published).toMatchObject({ date: '2025-04-28', precision: 'day', inferred: true });
  });

  it('the undated translation of the conclave set "on Monday", after the pope "died last week" and was "buried on Saturday", is dated that Monday, not the funeral\'s Saturday its sister report gave', () => {
    const published = publishedOf(file, 'en_mt_undated');
    expect(published).toMatchObject({ date: '2025-04-28', precision: 'day', inferred: true });
    expect(published?.reason).toContain('"Pope Francis dies", which en_reuters_0421 dates 2025-04-21');
  });

  it('Trump and Zelensky meeting "vor der Trauerfeier" is their talks, not a funeral of theirs', () => {
    const talks = file.events.find((e) => e.kind === 'talks' && e.actors.includes('zelensky'));
    expect(talks?.when.value).toBe('2025-04-26');
    expect(talks?.actors).toEqual(expect.arrayContaining(['trump', 'zelensky']));
    expect(file.events.some((e) => e.title === 'Funeral of Volodymyr Zelensky')).toBe(false);
  });

  it('"het Casa Santa Marta" is a building, not the Colombian city Santa Marta, and no German nouns become names', () => {
    expect(file.places.map((p) => p.id)).not.toContain('santa-marta');
    expect(file.actors.map((a) => a.name)).not.toContain('Menschen Abschied');
    expect(file.events.some((e) => /Casa|Menschen/.test(e.title))).toBe(false);
  });

  it("Italy's five days of mourning and Milei's seven are two declarations", () => {
    const mourning = file.events.filter((e) => e.title.endsWith('declares national mourning'));
    expect(mourning.map((e) => e.title).sort()).toEqual([
      'Italy declares national mourning',
      'Javier Milei declares national mourning',
    ]);
  });

  it('"de Santa Maria Maggiore" is the basilica, not a town called Santa Maria', () => {
    expect(file.places.map((p) => p.id)).not.toContain('santa-maria');
    expect(mostTold(file, 'Funeral of Pope Francis')?.actors).toContain('name:santa-maria-maggiore');
  });
});
