/**
 * The attack on Charlie Hebdo in Paris on Wednesday 7 January 2015 and the manhunt that followed,
 * told by five files in en, nl and de: an AP wire report of the evening itself with its date line
 * glued to the headline, an undated NOS report of the Thursday ("gisteren" the attack, "vanochtend"
 * the policewoman shot in Montrouge), a Spiegel report of the Friday's two police assaults at
 * Dammartin-en-Goële and the Hyper Cacher, a machine translation of a tagesschau report dated only
 * "2015-01" (the Saturday), and a Reuters report of the "survivors' issue" a week on, whose
 * weekdays point to two weeks ("Last Wednesday" the attack, "on Wednesday" the sale).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { allCiting, documentsOf, mostTold, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('charlie-hebdo-attack');
}, 60_000);

const AP = '01_ap_charlie-hebdo-shooting';
const NOS = '02_nos_agente-montrouge';
const SPIEGEL = '03_spiegel_geiseldramen-beendet';
const MT = '04_euronewshub24_search-companion-mt';
const REUTERS = '05_reuters_survivors-issue-week-after';

const titled = (title: string) => mostTold(file, title);
const citing = (words: string) => allCiting(file, words);

describe('the Charlie Hebdo attack and the Paris manhunt as five files told them', () => {
  it.each<[string, string, boolean]>([
    [AP, '2015-01-07', false],
    // "gisteren" of the declaration of mourning that AP dates the 7th: written the day after.
    [NOS, '2015-01-08', true],
    [SPIEGEL, '2015-01-09', false],
    // Only "2015-01"; it counts 17 dead, more than Spiegel's 12 of the Friday.
    [MT, '2015-01-10', true],
    [REUTERS, '2015-01-14', false],
  ])('the report %s is dated %s (inferred: %s)', (id, day, inferred) => {
    expect(publishedOf(file, id)).toMatchObject({ date: day, precision: 'day', inferred });
  });

  it('the attack on the editorial meeting is one event of Wednesday, told by four files, its toll 11 then 12', () => {
    const attack = titled('12 people, 2 police and soldiers killed in attack');
    expect(attack?.when.start).toBe('2015-01-07T11:20');
    expect(attack?.places).toEqual(['paris']);
    expect(documentsOf(attack)).toEqual([AP, NOS, SPIEGEL, REUTERS]);
    const sentences = attack?.sources.map((s) => s.sentence).join(' | ');
    expect(sentences).toContain('Een dag na de aanslag, waarbij woensdag twaalf mensen om het leven kwamen');
    expect(sentences).toContain('Last Wednesday, brothers Said and Cherif Kouachi shot dead 12 people');
    const values = attack?.conflicts
      .find((c) => c.field === 'figures.people killed')
      ?.values.map((v) => v.value);
    expect(values).toEqual(expect.arrayContaining([11, 12]));
  });

  it('the policewoman shot “vanochtend” in Montrouge is Thursday’s attack, not Wednesday’s', () => {
    const montrouge = titled('Attack in Montrouge');
    expect(montrouge?.when.start.slice(0, 10)).toBe('2015-01-08');
    expect(montrouge?.places).toContain('montrouge-fr');
    expect(montrouge?.actors).toContain('name:amedy-coulibaly');
    expect(documentsOf(montrouge)).toEqual([NOS, SPIEGEL]);
    expect(onlyCiting(file, 'is vanochtend een politieagente doodgeschoten')).toBe(montrouge);
    expect(onlyCiting(file, 'Ze overleed later in het ziekenhuis')).toBe(montrouge);
  });

  it('the national day of mourning was declared on Wednesday, as AP and the NOS’s “gisteren” tell', () => {
    const mourning = titled('François Hollande declares national mourning');
    expect(mourning?.when.start).toBe('2015-01-07');
    expect(mourning?.actors).toContain('hollande');
    expect(documentsOf(mourning)).toEqual([AP, NOS]);
  });

  it.each<[string, string, string]>([
    ['Rutte’s word in the NOS’s paragraph of “gisteravond”', 'Premier Rutte noemde de aanslag', '2015-01-07'],
    [
      'Mourad’s surrender “gisteravond laat”',
      'meldde zich gisteravond laat zelf bij de politie',
      '2015-01-07',
    ],
    [
      'Mourad’s surrender “Shortly before midnight”, after “Late Wednesday … overnight”',
      'Shortly before midnight, the 18-year-old turned himself in',
      '2015-01-07T23:59',
    ],
    [
      'the suspects named “Late Wednesday”',
      'Late Wednesday, a police official identified three suspects',
      '2015-01-07',
    ],
    [
      'the jogger shot “on Wednesday evening” in Fontenay-aux-Roses',
      'to have shot at a jogger',
      '2015-01-07',
    ],
    [
      'the Peugeot stolen “am Freitagmorgen gegen 8 Uhr”',
      'Dort raubten sie einer Autofahrerin ihren Peugeot',
      '2015-01-09T08:00',
    ],
    [
      'the first shots at Dammartin “Kurz vor 17 Uhr … am Freitagnachmittag”',
      'fielen am Freitagnachmittag in Dammartin',
      '2015-01-09',
    ],
    [
      'Hollande’s address of “yesterday evening”, at the 20:00 the Spiegel announced',
      'said yesterday evening in a television speech',
      '2015-01-09T20:00',
    ],
    ['the march “On Sunday”', 'On Sunday at least 3.7 million people marched', '2015-01-11'],
    [
      'Le Drian’s soldiers announced “On Monday”',
      'On Monday, Defence Minister Jean-Yves Le Drian said',
      '2015-01-12',
    ],
    [
      'Cavusoglu’s word “the same day”',
      'Turkish Foreign Minister Mevlut Cavusoglu said the same day',
      '2015-01-12',
    ],
    ['Valls in parliament', 'In parliament, Prime Minister Manuel Valls declared', '2015-01-13'],
    [
      'Dieudonné detained “on Wednesday” of the week after',
      'was detained on Wednesday on suspicion of condoning terrorism',
      '2015-01-14',
    ],
  ])('%s is dated %s', (_, words, day) => {
    expect(onlyCiting(file, words)?.when.start).toBe(day);
  });

  it('the translation’s “President Holland” is François Hollande: his televised address is one event of two files', () => {
    const address = titled('François Hollande gives a televised address');
    expect(documentsOf(address)).toEqual([SPIEGEL, MT]);
    expect(address?.actors).toContain('hollande');
    expect(file.events.some((e) => e.actors.includes('name:holland'))).toBe(false);
  });

  it('Coulibaly took the customers hostage at 13:00 on Friday; he is not the one kidnapped', () => {
    const kidnapping = citing('Kunden als Geiseln genommen').find((e) => e.kind === 'kidnapping');
    expect(kidnapping?.when.start).toBe('2015-01-09T13:00');
    expect(kidnapping?.title).toBe('Kidnapping');
    expect(kidnapping?.actors).toContain('name:amedy-coulibaly');
  });

  it('the four men killed at the supermarket were buried on Tuesday: a funeral, not deaths of that day', () => {
    const funeral = onlyCiting(file, 'the four men killed at the supermarket were buried in Jerusalem');
    expect(funeral?.kind).toBe('funeral');
    expect(funeral?.title).toBe('Funeral in Jerusalem');
    expect(funeral?.when.start).toBe('2015-01-13');
    expect(funeral?.places).toContain('jerusalem');
  });

  it('the preacher who financed Chérif Kouachi is named Anwar al-Awlaki, without the German “Prediger”', () => {
    expect(onlyCiting(file, 'Awlaki war 2011 bei einem US-Drohnenangriff')?.actors).toEqual([
      'name:anwar-al-awlaki',
    ]);
  });

  it.each<[string, string, string]>([
    ['Chérif Kouachi’s conviction', 'Cherif Kouachi was convicted in 2008', '2008-01-01'],
    ['al-Awlaki’s death', 'Awlaki war 2011 bei einem US-Drohnenangriff', '2011-01-01'],
  ])('%s is background of its own year, not January 2015', (_, words, start) => {
    expect(onlyCiting(file, words)?.when).toMatchObject({ start, precision: 'year' });
  });

  it('"17 died in the three days" is the toll of all three days, not of the Hyper Cacher', () => {
    const total = onlyCiting(file, 'In all, 17 people died in the three days of violence');
    expect(total?.when).toMatchObject({ start: '2015-01-07', end: '2015-01-09' });
    expect(documentsOf(total)).toEqual([MT, REUTERS]);
    expect(total?.sources.map((s) => s.sentence)).not.toContain(
      'Im Osten von Paris starben bei einem zweiten Geiseldrama vier Geiseln.',
    );
  });

  it('the first shots at the printing works are in Dammartin-en-Goële, one name with its particle', () => {
    const shots = onlyCiting(file, 'fielen am Freitagnachmittag in Dammartin-en-Goële die ersten Schüsse');
    expect(shots?.title).toBe('Shootings in Dammartin-en-Goële');
    expect(shots?.actors).toEqual(['name:dammartin-en-goele']);
  });

  it('the jogger Coulibaly is suspected of shooting was shot in Fontenay-aux-Roses, a town on the map', () => {
    expect(
      onlyCiting(file, 'in Fontenay-aux-Roses south of Paris to have shot at a jogger')?.places,
    ).toContain('fontenay-aux-roses-fr');
  });

  it('the four hostages of the Hyper Cacher are one happening, told by three files', () => {
    const hostages = onlyCiting(
      file,
      'Im Osten von Paris starben bei einem zweiten Geiseldrama vier Geiseln.',
    );
    expect(hostages?.when.start.slice(0, 10)).toBe('2015-01-09');
    expect(documentsOf(hostages)).toEqual([SPIEGEL, MT, REUTERS]);
  });

  it.each([
    'Berichten dat de broers in een bos bij Longpont zijn omsingeld',
    'ziet geen aanleiding om het dreigingsniveau',
    'Vanavond om acht uur gaan de lichten van de Eiffeltoren uit',
  ])('the denied, the not done and the still to come make no event: “%s”', (words) => {
    expect(citing(words)).toEqual([]);
  });

  it.each([
    'Associated Press writers',
    'Copyright 2015',
    'Lees ook',
    'Deel dit artikel',
    'MEHR AUF SPIEGEL ONLINE',
    'This website uses cookies',
    'Share this',
    'You may also like',
    'Pegida wants to march',
    'Leave a Reply',
    'Back To Top',
    'Read more',
    'Hyper Cacher hero Lassana Bathily',
  ])('no event cites the site’s “%s” line', (words) => {
    expect(citing(words)).toEqual([]);
  });
});
