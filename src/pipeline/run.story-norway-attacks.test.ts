/**
 * The Oslo bomb and the Utøya massacre of Friday 22 July 2011, told by five files in en, nl and de:
 * a Reuters wire of the Saturday with its date line glued to the headline, a Spiegel report of the
 * Sunday, an undated NOS report of the Tuesday ("Vier dagen na de aanslagen"), a machine
 * translation of a tagesschau text dated only "2011-07" and written on the Monday of the custody
 * hearing ("Three days after the double attack"), and a report of Monday 1 August a week on. The
 * toll on the island goes from "at least 80" to 86, 68 and 69, in Oslo from seven to eight; the
 * translation garbles the judge Kim Heger into "Kim Hegel" and the lawyer Geir Lippestad into
 * "Geir Lippstadt"; Spiegel's "Breivik wolle sich am Montag … erklären" is a plan, no Monday past.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { allCiting, documentsOf, mostTold, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('norway-attacks');
}, 60_000);

const WIRE = '01_reuters_oslo-bomb-utoya';
const SPIEGEL = '02_spiegel_breivik-gesteht';
const NOS = '03_nos_dodental-bijgesteld';
const MT = '04_worldnewsdaily_mt-two-cells';
const LOCAL = '05_thelocal_one-week-on';

const titled = (title: string) => mostTold(file, title);

describe('the Oslo and Utøya attacks as five files told them', () => {
  it.each<[string, string, boolean]>([
    [WIRE, '2011-07-23', false],
    [SPIEGEL, '2011-07-24', false],
    // "Vier dagen na de aanslagen" of Friday; Spiegel's Monday of the hearing lies ahead of it.
    [NOS, '2011-07-26', true],
    // The header gives "2011-07"; "Three days after the double attack", the hearing "on Monday afternoon".
    [MT, '2011-07-25', true],
    [LOCAL, '2011-08-01', false],
  ])('the report %s is dated %s (inferred: %s)', (id, day, inferred) => {
    expect(publishedOf(file, id)).toMatchObject({ date: day, precision: 'day', inferred });
  });

  it.each<[string, string, string[]]>([
    ['Shootings on Utøya', '2011-07-22', [WIRE, SPIEGEL, LOCAL]],
    ['Gro Harlem Brundtland holds talks', '2011-07-22', [WIRE]],
    ['Barack Obama offers condolences', '2011-07-22', [WIRE]],
    ['Memorial service in Oslo', '2011-07-24', [SPIEGEL, NOS]],
    ['Suspect remanded in custody', '2011-07-25', [NOS]],
    ['Synne Sørheim and Torgeir Husby appointed', '2011-07-28', [LOCAL]],
  ])('“%s” on %s, told by %j', (title, day, docs) => {
    const e = titled(title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('the bomb went off at 15:26 on the Friday, the NOS’s 15.25 told with the wire’s time', () => {
    const bomb = titled('Explosions reported');
    expect(bomb?.when.start).toBe('2011-07-22T15:26');
    expect(documentsOf(bomb)).toEqual([WIRE, NOS]);
    expect(bomb?.sources.map((s) => s.sentence)).toContain('De bom ontplofte om 15.25 uur.');
  });

  it('the shooting was on Utøya, the island the wire writes “Utoeya”', () => {
    expect(titled('Shootings on Utøya')?.places).toContain('utoya');
    const arrest = onlyCiting(file, 'Police arrested a 32-year-old Norwegian man on the island of Utoeya');
    expect(arrest?.places).toContain('utoya');
    // "where around 600 young people had gathered" counts the campers, not the arrested.
    expect(arrest?.figures).toEqual([]);
    // The arrest of the 32-year-old is Breivik's, who surrendered.
    expect(arrest?.title).toBe('Suspect surrenders to police');
  });

  it('the Saturday’s news is of the Saturday: the toll at dawn, the lawyer at night, the farm searched', () => {
    expect(onlyCiting(file, 'We have found at least 80 dead on the island')?.when.start).toBe('2011-07-23');
    expect(onlyCiting(file, 'Die Polizei durchsuchte den Hof am Samstag')?.when.start).toBe('2011-07-23');
    expect(onlyCiting(file, 'Am Samstag war noch von 91 Toten die Rede gewesen')?.when.start).toBe(
      '2011-07-23',
    );
    const admitted = onlyCiting(file, 'Er habe die Taten zugegeben');
    expect(admitted?.when.start).toBe('2011-07-23');
    // "bestreite aber eine strafrechtliche Schuld": guilt, not the town of Schuld in the Ahr valley.
    expect(admitted?.places).toEqual([]);
    expect(admitted?.actors).toContain('sveinung-sponheim');
  });

  it('the flat searched in the night to Saturday is no raid “in Breivik”', () => {
    const raid = onlyCiting(file, 'Schon in der Nacht zu Samstag hatten Beamte die Wohnung');
    expect(raid?.title).toBe('Raid');
    expect(raid?.when.start).toBe('2011-07-22');
  });

  it('the translation’s “Geir Lippstadt” is the lawyer Geir Lippestad, whose words of the weekend Spiegel dates to Saturday evening', () => {
    const atrocious = onlyCiting(file, 'sein Mandant halte die Anschläge für „grausam, aber notwendig“');
    expect(atrocious?.when.start).toBe('2011-07-23');
    expect(atrocious?.actors).toEqual(['geir-lippestad']);
    expect(documentsOf(atrocious)).toEqual([SPIEGEL, MT]);
  });

  it('the lawyer’s “insane” of the Tuesday afternoon is one statement, told by the NOS and a week on', () => {
    const insane = onlyCiting(file, 'zei Geir Lippestad vanmiddag op een persconferentie in Oslo');
    expect(insane?.when.start).toBe('2011-07-26');
    expect(documentsOf(insane)).toEqual([NOS, LOCAL]);
  });

  it('the translation’s judge “Kim Hegel” is Kim Heger of the NOS, heard on the Monday afternoon', () => {
    const judge = onlyCiting(file, 'This said the judge Kim Hegel after the hearing');
    expect(judge?.when.start).toBe('2011-07-25');
    expect(judge?.actors).toEqual(['kim-heger']);
    expect(titled('Suspect remanded in custody')?.actors).toEqual(['kim-heger']);
  });

  it('the royal family mourned at a memorial service, no funeral of theirs; the crown prince is Haakon', () => {
    const service = titled('Memorial service in Oslo');
    expect(service?.actors).toContain('name:haakon');
    expect(file.events.filter((e) => e.kind === 'funeral').map((e) => e.title)).toEqual([
      'Funeral of Bano Rashid',
    ]);
  });

  it('the crown princess’s step-brother among the dead is no death of hers', () => {
    const dead = onlyCiting(file, 'Unter den Toten ist auch Trond Berntsen');
    expect(dead?.title).not.toContain('Mette-Marit');
    expect(file.events.some((e) => e.title.includes('Mette-Marit'))).toBe(false);
  });

  it('Oslo’s seven dead and the later eight are told as a conflict', () => {
    const toll = allCiting(file, 'Bij de bomaanslag in het regeringskwartier in Oslo vielen acht doden').find(
      (e) => e.kind === 'death',
    );
    const values = toll?.conflicts
      .find((c) => c.field === 'figures.people killed')
      ?.values.map((v) => v.value);
    expect(values).toEqual(expect.arrayContaining([7, 8]));
  });

  it('the surrender is one event, its time told at 18:27 by the wire and at 18:35 by the revised timeline', () => {
    const surrender = allCiting(
      file,
      'the suspect gave himself up to them at 6:27 p.m. without resisting',
    ).find((e) => e.kind === 'arrest');
    expect(surrender?.title).toBe('Suspect surrenders to police');
    expect(documentsOf(surrender)).toEqual([WIRE, MT, LOCAL]);
    expect(surrender?.actors).toContain('anders-behring-breivik');
    const when = surrender?.conflicts.find((c) => c.field === 'when');
    expect(when?.values.map((v) => v.value)).toEqual(['2011-07-22T18:27', '2011-07-22T18:35']);
  });

  it('the minute of silence at noon on the Monday, "Gisteren om 12.00 uur" in the Tuesday’s NOS', () => {
    const silence = onlyCiting(file, 'een minuut stilte gehouden');
    expect(silence?.kind).toBe('silence');
    expect(silence?.when.start).toBe('2011-07-25T12:00');
  });

  it('"last Monday’s rose march" a week on is a memorial march of Monday 25 July', () => {
    const march = onlyCiting(file, "after last Monday's rose march");
    expect(march?.title).toBe('Memorial march');
    expect(march?.when.start).toBe('2011-07-25');
  });
});
