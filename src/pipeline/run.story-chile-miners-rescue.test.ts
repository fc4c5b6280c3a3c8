/**
 * The 33 miners trapped by the collapse of the San José copper and gold mine near Copiapó, in the
 * Atacama region of Chile, on Thursday 5 August 2010; found alive 17 days later, on Sunday
 * 22 August, when a drill probe brought up their note "Estamos bien en el refugio los 33"; the
 * Plan B drill breaking through on Saturday 9 October; and the rescue in the Fénix capsule on
 * Wednesday 13 October, from Florencio Ávalos at 00:11 to Luis Urzúa at 21:55 local time, 69 days
 * after the collapse. Told over two months by six outlets in en, de and nl: a Spiegel report of
 * the Friday after the collapse, an AP wire of the Monday after the find, an FAZ report of the
 * breakthrough, a NOS live-style report of the rescue morning that gives Dutch clock times with
 * site boilerplate, a Guardian report that tells the whole rescue back, and an undated translation
 * from the Spanish that writes "Sebastian Pinera" and "Lawrence Golborn".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { allCiting, documentsOf, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('chile-miners-rescue');
}, 60_000);

/** The events citing a sentence with those words. */
const citing = (words: string) => allCiting(file, words);

const mentions = () => file.events.flatMap((e) => e.sources).flatMap((s) => s.mentions ?? []);

describe('the Chilean miners, trapped, found and rescued, as six outlets told it over two months', () => {
  it('the dated reports are read on the days they were published', () => {
    expect(file.documents.map((d) => [d.id, d.published.date])).toEqual(
      expect.arrayContaining([
        ['de_faz_1009', '2010-10-09'],
        ['de_spiegel_0806', '2010-08-06'],
        ['en_ap_0823', '2010-08-23'],
        ['en_guardian_1014', '2010-10-14'],
        ['nl_nos_1013', '2010-10-13'],
      ]),
    );
  });

  it.each<[string, string, string]>([
    [
      'the collapse “am Donnerstag gegen 14 Uhr Ortszeit”',
      'Der Stollen war am Donnerstag gegen 14 Uhr',
      '2010-08-05',
    ],
    [
      'the collapse “since Thursday 5 August”',
      'when a section of the mine collapsed above them',
      '2010-08-05',
    ],
    [
      'the miners found alive “on Sunday, 17 days after the collapse”',
      'were found alive on Sunday',
      '2010-08-22',
    ],
    [
      'the probe reaching the shelter “on 22 August”',
      'until a drill probe reached their shelter on 22 August',
      '2010-08-22',
    ],
    [
      'the breakthrough “am Samstagmorgen”',
      'Ein Bohrer hat am Samstagmorgen den Stollen erreicht',
      '2010-10-09',
    ],
    ['the breakthrough “on Saturday” told back', 'which broke through to the miners', '2010-10-09'],
    [
      'the first miner out “om 05.11 uur Nederlandse tijd”',
      'Om 05.11 uur Nederlandse tijd kwam de eerste man boven',
      '2010-10-13',
    ],
    [
      'the first miner out “at 00:11 hours” of the translation',
      'at 00:11 hours, when the miner',
      '2010-10-13',
    ],
    ['the last miner out “at 9.55pm local time”', 'stepped out of the Fénix capsule at 9.55pm', '2010-10-13'],
    ['the last miner out “late on Wednesday”', 'was winched to the surface late on Wednesday', '2010-10-13'],
    [
      'the first miner out “just after midnight … at 12.11am”, told back after the evening',
      'emerged at 12.11am to embrace his weeping son',
      '2010-10-13',
    ],
  ])('%s is dated %s', (_what, words, day) => {
    for (const e of citing(words)) expect(e.when.start.slice(0, 10)).toBe(day);
    expect(citing(words).length).toBeGreaterThan(0);
  });

  it('the collapse is one event of Spiegel, AP and the Guardian, in the Atacama region', () => {
    const collapse = onlyCiting(file, 'Der Stollen war am Donnerstag gegen 14 Uhr');
    expect(collapse?.when.value).toBe('2010-08-05T14:00');
    expect(documentsOf(collapse)).toEqual(
      expect.arrayContaining(['de_spiegel_0806', 'en_ap_0823', 'en_guardian_1014']),
    );
    expect(collapse?.places).toContain('atacama');
  });

  it('the breakthrough of Plan B at 8.05 on Saturday is one event of the FAZ, the Guardian and the translation', () => {
    const through = onlyCiting(file, 'durchstieß um 8.05 Uhr Ortszeit');
    expect(through?.when.value).toBe('2010-10-09T08:05');
    expect(documentsOf(through)).toEqual(
      expect.arrayContaining(['de_faz_1009', 'en_guardian_1014', 'en_mt_undated']),
    );
  });

  it('Florencio Ávalos, out “om 05.11 uur Nederlandse tijd”, is out at 00:11 of the 13th in Chile', () => {
    const first = onlyCiting(file, 'Om 05.11 uur Nederlandse tijd kwam de eerste man boven');
    expect(first?.when.value).toBe('2010-10-13T00:11');
    expect(first?.actors).toContain('avalos');
    expect(onlyCiting(file, 'at 00:11 hours, when the miner')?.when.value).toBe('2010-10-13T00:11');
  });

  it('Florencio Ávalos out at 00:11 is one event of NOS, the Guardian and the translation', () => {
    const first = onlyCiting(file, 'Om 05.11 uur Nederlandse tijd kwam de eerste man boven');
    expect(documentsOf(first)).toEqual(['en_guardian_1014', 'en_mt_undated', 'nl_nos_1013']);
  });

  it('Luis Urzúa, the 33rd out at 21:55, is one event of the Guardian and the translation, on the 13th', () => {
    const last = onlyCiting(file, 'stepped out of the Fénix capsule at 9.55pm');
    expect(last?.when.value).toBe('2010-10-13T21:55');
    expect(last?.actors).toContain('urzua');
    expect(documentsOf(last)).toEqual(['en_guardian_1014', 'en_mt_undated']);
  });

  it('Codelco’s word that it would bring in more rigs is AP’s news, not of the Christmas the miners may not be out by', () => {
    const codelco = onlyCiting(file, 'Codelco, which has been leading the search');
    expect(codelco?.when.start).toBe('2010-08-22');
  });

  it.each([
    ['AP', '17 days after the collapse'],
    ['the Guardian', 'trapped for 69 days'],
    ['the Guardian', 'Over the next 22 hours'],
    ['the translation', '69 days after the landslide'],
    ['the translation', 'in 22 hours and 37 minutes'],
    ['NOS', 'Pas na 17 dagen'],
  ])('no event of %s is dated by the duration “%s” alone', (_outlet, words) => {
    for (const e of citing(words)) {
      expect(e.when.start >= '2010-08-05' && e.when.start < '2010-10-15').toBe(true);
    }
  });

  it('Piñera is one actor, with or without the tilde', () => {
    const his = mentions().filter((m) => /Pi[ñn]era/.test(m.text));
    expect(his.map((m) => m.text)).toContain('Piñera');
    expect(new Set(his.map((m) => m.id))).toEqual(new Set(['pinera']));
  });

  it.each([
    ['Lawrence Golborn', 'golborne'],
    ['Golborne', 'golborne'],
    ['Luis Urzua', 'urzua'],
    ['Luis Urzúa', 'urzua'],
    ['Florencio Ávalos', 'avalos'],
    ['Florence Avalos', 'avalos'],
    ['Codelco', 'codelco'],
  ])('“%s” is %s', (text, id) => {
    const found = mentions().filter((m) => m.text === text);
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found.map((m) => m.id))).toEqual(new Set([id]));
  });

  it('the places are the San José mine, Copiapó and the Atacama region', () => {
    const places = new Set(file.events.flatMap((e) => e.places));
    for (const id of ['san-jose-mine', 'copiapo', 'atacama']) expect(places).toContain(id);
  });

  it('the disaster of 1945 “in der Mine El Teniente” is at that mine, a place, not an actor', () => {
    const disaster = onlyCiting(file, 'in der Mine El Teniente');
    expect(disaster?.places).toEqual(['el-teniente-mine']);
    expect(disaster?.actors).toEqual([]);
  });

  it('dates the undated translation to Wednesday 13 October, the day the rescue “concluded this Wednesday”', () => {
    const published = publishedOf(file, 'en_mt_undated');
    expect(published).toMatchObject({ date: '2010-10-13', precision: 'day', inferred: true });
  });
});
