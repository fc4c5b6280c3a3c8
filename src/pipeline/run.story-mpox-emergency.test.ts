/**
 * The WHO's mpox emergency of Wednesday 14 August 2024 and the first cases of the new variant
 * outside Africa, told by five outlets in en, nl and de: a health emergency declared by two bodies
 * on two days, cases confirmed in Sweden and Pakistan, a machine translation that garbles the WHO's
 * chief into an Ethiopian runner.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('mpox-emergency');
}, 60_000);

describe('the mpox emergency as five outlets told it', () => {
  it('the WHO\'s emergency of Wednesday is one event in English and Dutch ("Gisteren riep de Wereldgezondheidsorganisatie de hoogste alarmfase uit")', () => {
    const who = mostTold(file, 'World Health Organization declares a health emergency');
    expect(who?.when.value).toBe('2024-08-14');
    expect(documentsOf(who)).toEqual(['en_mt_undated', 'en_reuters_0814', 'nl_nos_0815', 'nl_volkskrant_08']);
  });

  it('the undated translation of a call "on Monday" after the emergency "last week" is dated the Monday after', () => {
    const published = publishedOf(file, 'en_mt_undated');
    expect(published).toMatchObject({ date: '2024-08-19', precision: 'day', inferred: true });
  });

  it('the translation\'s "WHO chief Haile Gebrselassie" is Tedros, whom Reuters quotes after his title', () => {
    const tedros = file.events.filter((e) => e.title === 'Tedros Adhanom Ghebreyesus makes a statement');
    const of = (doc: string) => tedros.find((e) => e.sources.some((s) => s.document === doc))?.when.value;
    expect(of('en_mt_undated')).toBe('2024-08-19');
    // '"…very worrying," WHO Director-General Tedros Adhanom Ghebreyesus said': his words of the emergency's day.
    expect(of('en_reuters_0814')).toBe('2024-08-14');
  });

  it("Africa CDC's emergency of Tuesday is another declaration, by another body", () => {
    expect(mostTold(file, 'Africa CDC declares an emergency')?.when.value).toBe('2024-08-13');
  });

  it('the Swedish case told on Thursday and the Pakistani case confirmed on Friday are dated their days', () => {
    expect(mostTold(file, 'Infection confirmed in Sweden')?.when.value).toBe('2024-08-15');
    const pakistan = file.events.find((e) => e.kind === 'infection' && e.places.includes('pakistan'));
    expect(pakistan?.when.value).toBe('2024-08-16');
    // "Nach Schweden hat auch Pakistan einen Mpox-Fall bestätigt": Sweden is the case before.
    expect(pakistan?.title).toBe('Infection confirmed in Pakistan');
    expect(pakistan?.places).toEqual(['pakistan']);
  });

  it('the continent a patient caught it on is a place ("tijdens een verblijf in Afrika")', () => {
    expect(mostTold(file, 'Infection confirmed in Africa')?.places).toEqual(['africa']);
  });
});
