/**
 * The Costa Concordia, which struck a rock off the Tuscan island of Giglio on the night of Friday
 * 13 January 2012 and capsized, told by five files in en, nl and de: an AP wire report of the
 * Saturday with its date line glued to the headline (01), an undated NOS report of the Wednesday
 * that counts "Vijf dagen na de ramp" only in its second paragraph (02), a Spiegel report of the
 * Tuesday with front matter on the published recording of De Falco's call "aus der Nacht zu
 * Samstag" (03), a machine translation of a tagesschau report dated only "2012-01", three days
 * after the disaster, that garbles Giglio and Schettino (04), and a recap a week on (05). Captain
 * Schettino is arrested on the Saturday and sent to house arrest in Meta di Sorrento on the
 * Tuesday; Costa's chief executive blames him on the Monday; Italy declares an emergency on Friday 20.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { allCiting, documentsOf, mostTold, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('costa-concordia');
}, 60_000);

const AP = '01_ap_giglio-aground';
const NOS = '02_nos_zoektocht-smit';
const SPIEGEL = '03_spiegel_funkspruch-de-falco';
const MT = '04_newsflash24_shipping-company-captain';
const RECAP = '05_reuters-style_week-after';

const titled = (title: string) => mostTold(file, title);
const citing = (words: string) => allCiting(file, words);

describe('the Costa Concordia disaster as five files told it', () => {
  it.each<[string, string, boolean]>([
    [AP, '2012-01-14', false],
    // "Vijf dagen na de ramp staat het dodental op elf", opening its second paragraph.
    [NOS, '2012-01-18', true],
    [SPIEGEL, '2012-01-17', false],
    // "Three days after the ship misfortune": only "2012-01" in its header.
    [MT, '2012-01-16', true],
    [RECAP, '2012-01-20', false],
  ])('the report %s is dated %s (inferred: %s)', (id, day, inferred) => {
    expect(publishedOf(file, id)).toMatchObject({ date: day, precision: 'day', inferred });
  });

  it.each<[string, string, string[]]>([
    ['Ship runs aground near Giglio', '2012-01-13', [AP]],
    ['Francesco Schettino arrested', '2012-01-14', [AP, NOS, SPIEGEL, RECAP]],
    ['Arrival in Frankfurt am Main', '2012-01-15', [MT]],
    ['Pier Luigi Foschi makes a statement', '2012-01-16', [MT, RECAP]],
    ['Placed under house arrest', '2012-01-17', [NOS, SPIEGEL]],
    ['Italy declares a state of emergency', '2012-01-20', [RECAP]],
    ['Franco Gabrielli appointed', '2012-01-20', [RECAP]],
  ])('“%s” on %s, told by %j', (title, day, docs) => {
    const e = titled(title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('the ship struck the rock off Giglio, the island a place and no one who acts', () => {
    expect(titled('Ship runs aground near Giglio')?.places).toEqual(['giglio']);
    expect(titled('Shipwreck off Giglio')?.when.start).toBe('2012-01-13T21:42');
    expect(file.events.some((e) => e.actors.includes('name:giglio'))).toBe(false);
  });

  it('the call from De Falco was in the small hours of Saturday, and Schettino not going back is no return', () => {
    expect(onlyCiting(file, 'De Falco fordert ihn auf')?.when.start).toBe('2012-01-14T01:46');
    expect(citing('Schettino kehrte nicht zurück')).toEqual([]);
  });

  it('the judge sent Schettino home on the evening of the Tuesday, not of the Saturday he was arrested', () => {
    const house = onlyCiting(file, 'Die Richterin ordnete am Abend an');
    expect(house?.when.start).toBe('2012-01-17');
    expect(house?.places).toContain('meta-di-sorrento');
    expect(house?.sources.map((s) => s.sentence).join(' | ')).toContain(
      'Gisteren besloot een onderzoeksrechter in Grosseto',
    );
    expect(onlyCiting(file, 'kündigte an, Beschwerde einzulegen')?.when.start).toBe('2012-01-17');
  });

  it('the arrest cites every file’s own report of it and names the first officer too', () => {
    const arrest = titled('Francesco Schettino arrested');
    expect(arrest?.actors).toEqual(
      expect.arrayContaining(['name:francesco-schettino', 'name:ciro-ambrosio']),
    );
    const sentences = arrest?.sources.map((s) => s.sentence).join(' | ');
    expect(sentences).toContain('Late Saturday, police detained the ship');
    expect(sentences).toContain('Hij werd zaterdag gearresteerd');
    expect(sentences).toContain('Schettino war am Samstag festgenommen worden');
    expect(sentences).toContain('was arrested on Saturday');
  });

  it('the chief executive keeps his given name Pier in the recap', () => {
    expect(titled('Pier Luigi Foschi makes a statement')?.actors).toContain('name:pier-luigi-foschi');
    expect(file.events.some((e) => e.actors.includes('name:luigi-foschi'))).toBe(false);
  });

  it.each<[string, string, string]>([
    ['the NOS’s search halted “vanochtend”', 'is vanochtend stilgelegd', '2012-01-18'],
    ['the recap’s search halted on Wednesday', 'The search was halted on Wednesday', '2012-01-18'],
    ['Clini’s warning “gisteravond”', 'waarschuwde gisteravond', '2012-01-17'],
    ['the 29 missing of “gisteren”', 'spraken gisteren nog van 29 vermisten', '2012-01-17'],
    ['the Spiegel’s 29 missing', 'werden noch 29 Menschen vermisst', '2012-01-17'],
    ['the German passengers flown home on Sunday', 'special flights in Frankfurt and Munich', '2012-01-15'],
  ])('%s is dated %s', (_, words, day) => {
    expect(onlyCiting(file, words)?.when.start.slice(0, 10)).toBe(day);
  });

  it('the toll rose 3, 6, 11 as the reports came in: neither “vier Männer und eine Frau” nor the two found on Sunday is a rival toll', () => {
    const toll = titled('11 people killed');
    const values = toll?.conflicts
      .find((c) => c.field === 'figures.people killed')
      ?.values.map((v) => v.value);
    expect(values).toEqual([3, 6, 11]);
    expect(toll?.conflicts.some((c) => c.field === 'when')).toBe(false);
    const found = onlyCiting(file, 'had found two dead older men');
    expect(found?.when.start).toBe('2012-01-15');
    expect(found?.title).toBe('2 more people killed');
  });

  it('no Dutch among the dead or missing is no death and no missing in The Hague', () => {
    expect(citing('bevinden zich geen Nederlanders onder de doden')).toEqual([]);
  });

  it('passengers lifted off by helicopter are no rocket launch', () => {
    expect(citing('others were lifted off by helicopter')).toEqual([]);
    expect(file.events.some((e) => e.title.startsWith('Rocket launch'))).toBe(false);
  });

  it.each([
    'Read more',
    'Share this',
    'Copyright © 2012',
    'Mehr zum Thema',
    'This website uses cookies',
    'Leave a Reply',
    'Back To Top',
    'Related coverage',
  ])('no event cites the site’s “%s” line', (words) => {
    expect(citing(words)).toEqual([]);
  });
});
