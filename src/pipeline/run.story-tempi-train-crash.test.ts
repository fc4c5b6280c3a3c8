/**
 * The train collision at Tempi in Greece, late on 28 February 2023, told by five outlets in en, nl
 * and de over the five days after it: the crash near Larissa, a death toll rising from 36 to 57,
 * the transport minister's resignation, the stationmaster arrested, charged and remanded, strikes
 * and protests, and the prime minister's apology, which a translation puts in the mouth of
 * "Konstantinos Mitsotakis"; one report undated, one dated by front matter, one by a timestamp line.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('tempi-train-crash');
}, 60_000);

const titled = (title: string) => mostTold(file, title);

describe('the Tempi train collision as five outlets told it', () => {
  it.each<[string, string, string[]]>([
    [
      '57 people killed in crash in Tempi',
      '2023-02-28',
      ['de_tagesschau_0303', 'en_ap_undated', 'en_mt_0305', 'en_reuters_0301', 'nl_nos_0302'],
    ],
    ['Kostas Karamanlis resigns', '2023-03-01', ['de_tagesschau_0303', 'en_ap_undated', 'en_reuters_0301']],
    ['Arrests in Larissa', '2023-03-01', ['en_reuters_0301', 'nl_nos_0302']],
    ['Kyriakos Mitsotakis visits the crash site', '2023-03-01', ['en_reuters_0301']],
    ['Government declares national mourning', '2023-03-01', ['en_reuters_0301']],
    ['Riots in Athens', '2023-03-01', ['nl_nos_0302']],
    ['Charges brought', '2023-03-02', ['de_tagesschau_0303', 'en_ap_undated', 'nl_nos_0302']],
    // The NOS's strike "uit protest tegen de treinramp bij Larissa" is the same walkout, not at Larissa.
    ['Strike in Athens', '2023-03-02', ['en_ap_undated', 'nl_nos_0302']],
    ['Thousands of people protest in Athens', '2023-03-02', ['de_tagesschau_0303']],
    ['More than 10,000 people protest in Athens', '2023-03-05', ['en_mt_0305']],
    ['Kyriakos Mitsotakis apologises', '2023-03-05', ['en_mt_0305']],
  ])('“%s” on %s, told by %j', (title, day, docs) => {
    const e = titled(title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('the trains collided at 23:21 on Tuesday night, as the Dutch and German night of Tuesday to Wednesday tells too', () => {
    const crash = titled('57 people killed in crash in Tempi');
    expect(crash?.when.start).toBe('2023-02-28T23:21');
    expect(crash?.places).toEqual(expect.arrayContaining(['tempi', 'larissa']));
    const sentences = crash?.sources.map((s) => s.sentence).join(' | ');
    expect(sentences).toContain('In de nacht van dinsdag op woensdag reed een passagierstrein');
    expect(sentences).toContain('In der Nacht zu Mittwoch war ein Intercity');
  });

  it('the carriages on fire are the crash, no fire of their own', () => {
    expect(file.events.filter((e) => e.kind === 'fire')).toEqual([]);
    expect(onlyCiting(file, 'De eerste wagons vlogen in brand')?.title).toBe(
      '57 people killed in crash in Tempi',
    );
    expect(onlyCiting(file, 'The first carriages were crushed and caught fire')?.title).toBe(
      '57 people killed in crash in Tempi',
    );
  });

  it('one death toll, from 36 on the day after to 57 five days on, dated to the night of the crash', () => {
    const crash = titled('57 people killed in crash in Tempi');
    const sentences = crash?.sources.map((s) => s.sentence).join(' | ');
    for (const told of [
      'killing at least 36 people',
      'waarbij zeker 43 mensen om het leven kwamen',
      'Mindestens 46 Menschen kamen ums Leben',
      'which killed at least 46 people',
      'The number of dead rose to 57.',
    ])
      expect(sentences).toContain(told);
    const values = crash?.conflicts
      .find((c) => c.field === 'figures.people killed')
      ?.values.map((v) => v.value);
    expect(values).toEqual(expect.arrayContaining([36, 43, 46, 57]));
    expect(file.events.filter((e) => e.kind === 'death')).toEqual([]);
  });

  it('relatives giving DNA samples to help identify the dead report no deaths', () => {
    const cited = file.events.flatMap((e) => e.sources.map((s) => s.sentence));
    expect(cited).not.toContain(
      'Relatives gave DNA samples at the hospital in Larissa to help identify the dead.',
    );
  });

  it('the prime minister a translation calls “Konstantinos Mitsotakis” is Kyriakos Mitsotakis, as written kept', () => {
    const apology = titled('Kyriakos Mitsotakis apologises');
    expect(apology?.actors).toEqual(['mitsotakis']);
    const mention = apology?.sources[0]?.mentions?.find((m) => m.id === 'mitsotakis');
    expect(mention?.text).toBe('Konstantinos Mitsotakis');
  });

  it('the stationmaster remanded on Sunday is another step than his arrest on Wednesday', () => {
    const remand = onlyCiting(file, 'The station chief of Larissa was taken into custody on Sunday');
    expect(remand?.when.start).toBe('2023-03-05');
    // "… after he was heard by an investigating judge": a remand, not a second arrest.
    expect(remand?.title).toBe('Suspect remanded in custody');
    expect(onlyCiting(file, 'Police arrested the stationmaster at Larissa on Wednesday')?.title).toBe(
      'Arrests in Larissa',
    );
  });

  it('the AP sentence tells both the rail strike and the clashes of the second night, another night than the Dutch one', () => {
    const told = file.events.filter((e) =>
      e.sources.some((src) =>
        src.sentence.includes('protesters clashed with police in Athens for a second night'),
      ),
    );
    // It also gives the toll of the crash (at least 46).
    expect(told.map((e) => e.title).sort()).toEqual([
      '57 people killed in crash in Tempi',
      'Riots in Athens',
      'Strike in Athens',
    ]);
    const clashes = told.find((e) => e.kind === 'riot');
    expect(clashes?.when.value).toBe('2023-03-02TNI');
    expect(documentsOf(clashes)).toEqual(['en_ap_undated']);
    expect(onlyCiting(file, 'Afgelopen nacht kwam het in Athene tot botsingen')?.when.value).toBe(
      '2023-03-01TNI',
    );
  });

  it('the general strike called for Wednesday is not dated before the call was reported', () => {
    const call = onlyCiting(file, 'The unions have called a general strike for Wednesday.');
    expect(call?.title).toBe('Call for a strike');
    expect(call?.when.end.localeCompare('2023-03-06')).toBeLessThan(0);
  });

  it.each([
    'Cookies',
    'cookies',
    'Lees ook',
    'Mehr zum Thema',
    'Deel dit artikel',
    'Artikel teilen',
    'Share this',
    'Reporting by',
    'Copyright',
    'automatically translated',
  ])('no event cites the site’s “%s” line', (words) => {
    expect(file.events.filter((e) => e.sources.some((s) => s.sentence.includes(words)))).toEqual([]);
  });

  it.each([
    ['en_reuters_0301', '2023-03-01', false],
    ['nl_nos_0302', '2023-03-02', false],
    ['de_tagesschau_0303', '2023-03-03', false],
    ['en_mt_0305', '2023-03-05', false],
  ])('the report %s is dated %s (inferred: %s)', (id, day, inferred) => {
    expect(publishedOf(file, id)).toMatchObject({ date: day, precision: 'day', inferred });
  });

  it('the undated AP report, which tells of Thursday as past, is dated to the Thursday or the day after', () => {
    const published = publishedOf(file, 'en_ap_undated');
    expect(published).toMatchObject({ precision: 'day', inferred: true });
    expect(['2023-03-02', '2023-03-03']).toContain(published?.date);
  });
});
