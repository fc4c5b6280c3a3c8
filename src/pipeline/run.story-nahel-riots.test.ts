/**
 * The riots in France after a police officer shot dead the 17-year-old Nahel M. at a traffic stop
 * in Nanterre on Tuesday 27 June 2023, told by five outlets in en, nl and de over the first five
 * days: the killing, the arrests of each night with figures that disagree, the town hall of
 * Mons-en-Barœul set on fire, the officer charged, the march in Nanterre, Macron's state visit to
 * Germany postponed, the funeral, the burning car driven into the home of the mayor of
 * L'Haÿ-les-Roses, a prime minister a translation misnamed, and the day of an undated report.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('nahel-riots');
}, 60_000);

const titled = (title: string) => mostTold(file, title);

describe('the riots after the killing of Nahel M. as five outlets told them', () => {
  it.each<[string, string, string[]]>([
    ['Nahel Merzouk killed', '2023-06-27', ['en_ap_undated', 'en_reuters_0628', 'nl_nos_0630']],
    ['31 people arrested', '2023-06-27', ['en_reuters_0628']],
    ['180 people arrested', '2023-06-28', ['en_ap_undated']],
    ['Thousands of people protest in Nanterre', '2023-06-29', ['en_ap_undated']],
    ['Arson attack in Mons-en-Barœul', '2023-06-28', ['en_ap_undated', 'nl_nos_0630']],
    ['Charges brought', '2023-06-29', ['nl_nos_0630']],
    ['1,311 people arrested', '2023-06-30', ['de_spiegel_0701']],
    ['Emmanuel Macron holds emergency meeting', '2023-06-30', ['nl_nos_0630']],
    ['Emmanuel Macron postpones state visit', '2023-07-01', ['de_spiegel_0701', 'en_mt_0702']],
    ['Emmanuel Macron holds talks with Frank-Walter Steinmeier', '2023-07-01', ['de_spiegel_0701']],
    ['Funeral of Nahel Merzouk', '2023-07-01', ['de_spiegel_0701', 'en_mt_0702']],
    ["Arson attack in L'Haÿ-les-Roses", '2023-07-01', ['en_mt_0702']],
    ['719 people arrested', '2023-07-01', ['en_mt_0702']],
    ['Élisabeth Borne visits', '2023-07-02', ['en_mt_0702']],
  ])('“%s” on %s, told by %j', (title, day, docs) => {
    const e = titled(title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it.each<[string, string, string]>([
    ['31 people arrested', '2023-06-27TNI', 'the first night, told “overnight” on Wednesday'],
    ['180 people arrested', '2023-06-28TNI', 'the second night, told “overnight” on Thursday'],
    ['1,311 people arrested', '2023-06-30TNI', '“in der Nacht zu Samstag”'],
    ['719 people arrested', '2023-07-01TNI', 'a translation’s “in the night to Sunday”'],
    ["Arson attack in L'Haÿ-les-Roses", '2023-07-01TNI', '“last night” in Sunday’s report'],
  ])('“%s” is the night %s: %s', (title, night) => {
    expect(titled(title)?.when.value).toBe(night);
  });

  it('the riots that began after the death run from the Tuesday of the killing to publication, not that day alone', () => {
    const told = file?.events.filter((e) =>
      e.sources.some((src) => src.sentence.includes('De rellen begonnen na de dood van de 17-jarige Nahel')),
    );
    expect(told?.map((e) => e.kind).sort()).toEqual(['death', 'riot']);
    const began = told?.find((e) => e.kind === 'riot');
    expect(began?.when.start).toBe('2023-06-27');
    expect(began?.when.end).toBe('2023-06-30');
  });

  it('the killing is titled by the teenager the police shot, not by the place alone', () => {
    const killing = onlyCiting(file, 'was shot in the chest at close range');
    expect(killing?.title).toBe('Nahel Merzouk killed');
    expect(killing?.actors).toContain('nahel-merzouk');
  });

  it('Macron saying on Wednesday "the killing was inexplicable" cites the killing and gives no day against it', () => {
    const killing = onlyCiting(file, 'was shot in the chest at close range');
    expect(onlyCiting(file, 'Macron said on Wednesday the killing')).toBe(killing);
    expect(killing?.conflicts.filter((c) => c.field === 'when')).toEqual([]);
  });

  it('the driver who refused to stop at a traffic check made no statement', () => {
    const told = file.events.filter((e) =>
      e.sources.some((src) => src.sentence.includes('who had refused to stop at a traffic check')),
    );
    expect(told.map((e) => e.kind)).not.toContain('statement');
  });

  it('the teenager shot in the chest who died at the scene is among the dead, not the injured', () => {
    const shot = file.events.filter((e) =>
      e.sources.some((src) => src.sentence.includes('was shot in the chest at close range')),
    );
    expect(shot.map((e) => e.kind)).not.toContain('injury');
    expect(shot.map((e) => e.kind)).toContain('death');
  });

  it('the arrests of the third night are one event, 875 against a later 917', () => {
    const third = onlyCiting(file, 'In der Nacht zu Freitag waren 917 Menschen');
    expect(third?.when.value).toBe('2023-06-29TNI');
    expect(documentsOf(third)).toEqual(['de_spiegel_0701', 'nl_nos_0630']);
    const values = third?.conflicts
      .find((c) => c.field === 'figures.people arrested')
      ?.values.map((v) => v.value);
    expect(values).toEqual(expect.arrayContaining([875, 917]));
  });

  it('each night’s arrests stay an event of their own', () => {
    const nights = ['31', '180', '917', '1,311', '719'].map((n) => titled(`${n} people arrested`)?.id);
    expect(new Set(nights).size).toBe(5);
    expect(nights).not.toContain(undefined);
  });

  it('the town hall of Mons-en-Barœul set on fire in the second night is one event in English and Dutch', () => {
    const townHall = onlyCiting(file, 'Rioters set fire to the town hall of Mons-en-Baroeul');
    expect(townHall?.places).toContain('mons-en-baroeul');
    expect(townHall?.when.value).toBe('2023-06-28TNI');
    expect(documentsOf(townHall)).toEqual(['en_ap_undated', 'nl_nos_0630']);
  });

  it('the Nanterre prosecutor and his office are no actor called “Nanterre”', () => {
    expect(file.events.flatMap((e) => e.actors)).not.toContain('name:nanterre');
    expect(onlyCiting(file, 'Nanterre prosecutor Pascal Prache')?.places).toEqual(['nanterre']);
  });

  it('the prime minister a translation calls “Elisabeth Born” is Élisabeth Borne, as written kept', () => {
    const visit = titled('Élisabeth Borne visits');
    expect(visit?.actors).toEqual(['elisabeth-borne']);
    const mention = visit?.sources[0]?.mentions?.find((m) => m.id === 'elisabeth-borne');
    expect(mention?.text).toBe('Elisabeth Born');
  });

  it('those who attended the funeral are no crowd it befell: the German and English reports are one funeral', () => {
    const funeral = titled('Funeral of Nahel Merzouk');
    const sentences = funeral?.sources.map((s) => s.sentence);
    expect(sentences).toEqual(
      expect.arrayContaining([
        'In Nanterre wurde der 17-jährige Nahel am Samstag beerdigt.',
        'Hunderte Menschen nahmen an der Trauerfeier in einer Moschee teil.',
        'On Saturday Nahel was buried in Nanterre.',
      ]),
    );
  });

  it('the cars set on fire at the end of the march are an arson in Nanterre, where the march went', () => {
    const arson = onlyCiting(file, 'The march, led by the teenager');
    expect(arson?.title).toBe('Arson attack in Nanterre');
    expect(arson?.places).toEqual(['nanterre']);
    expect(arson?.when.start).toBe('2023-06-29');
  });

  it.each([
    ['45 police officers were injured.', 'en_mt_0702'],
    ['1350 Autos wurden angezündet, 79 Polizisten wurden verletzt.', 'de_spiegel_0701'],
  ])('“%s” is a sentence of its own in %s, not the end of the one before', (sentence, doc) => {
    const cited = file.events.flatMap((e) => e.sources).filter((s) => s.document === doc);
    expect(cited.some((s) => s.sentence === sentence)).toBe(true);
    expect(cited.filter((s) => s.sentence.includes(sentence) && s.sentence !== sentence)).toEqual([]);
  });

  it.each([
    'cookies',
    'Lees ook',
    'Mehr zum Thema',
    'Deel dit artikel',
    'Artikel teilen',
    'Reporting by',
    'Copyright',
    'automatically translated',
  ])('no event cites the site’s “%s” line', (words) => {
    expect(file.events.filter((e) => e.sources.some((s) => s.sentence.includes(words)))).toEqual([]);
  });

  it('the mayor’s wife and child injured are one event, the 45 police officers injured that night another', () => {
    const family = onlyCiting(file, 'The wife of mayor Vincent Jeanbrun');
    expect(family?.title).toBe('2 people injured');
    expect(family?.sources.map((s) => s.sentence)).toEqual([
      'The wife of mayor Vincent Jeanbrun and one of their two young children were injured as they fled.',
    ]);
    const police = onlyCiting(file, '45 police officers were injured.');
    expect(police?.title).toBe('45 police and soldiers injured');
    expect(police?.when.start).toBe('2023-07-01');
  });

  it.each([
    ['en_ap_undated', '2023-06-29', true],
    ['nl_nos_0630', '2023-06-30', false],
    ['de_spiegel_0701', '2023-07-01', false],
  ])('the report %s is dated %s (inferred: %s)', (id, day, inferred) => {
    expect(publishedOf(file, id)).toMatchObject({ date: day, precision: 'day', inferred });
  });
});
