/**
 * The Los Angeles wildfires of January 2025, told by five outlets in en, nl and de from the day
 * after they broke out to the fire chief's dismissal six weeks on: the Palisades and Eaton fires
 * of 7 January, the state of emergency and the disaster declaration, the evacuations, the curfew,
 * the looting arrests and the National Guard, one death toll rising from 5 to 29, the inquiry
 * into the water supply after hydrants ran dry, the mayor back from Ghana, a weather warning, the
 * containment told by an undated report, and a machine translation that calls the mayor "Karen
 * Baars".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('la-wildfires');
}, 60_000);

const titled = (title: string) => mostTold(file, title);

describe('the Los Angeles wildfires as five outlets told them', () => {
  it.each<[string, string, string[]]>([
    ['Gavin Newsom declares a state of emergency in California', '2025-01-07', ['en_reuters_0108']],
    ['Fire in Pacific Palisades', '2025-01-07', ['en_reuters_0108']],
    ['Fire in Altadena', '2025-01-07', ['en_latimes_undated', 'en_reuters_0108']],
    ['About 130,000 people evacuated', '2025-01-08', ['en_reuters_0108', 'nl_nos_0111']],
    ['Joe Biden declares a state of emergency', '2025-01-08', ['en_reuters_0108']],
    ['Hundreds of troops arrive in Los Angeles', '2025-01-10', ['nl_nos_0111']],
    ['Curfew imposed', '2025-01-10', ['nl_nos_0111']],
    ['At least 20 people arrested', '2025-01-10', ['nl_nos_0111']],
    ['Gavin Newsom orders investigation', '2025-01-10', ['de_tagesschau_0113', 'nl_nos_0111']],
    ['Hydrants run dry in Pacific Palisades', '2025-01-07', ['en_reuters_0108', 'nl_nos_0111']],
    ['Karen Bass returns', '2025-01-08', ['en_reuters_0108']],
    ['Kristin Crowley dismissed', '2025-02-21', ['nl_mt_0222']],
  ])('“%s” on %s, told by %j', (title, start, docs) => {
    const e = titled(title);
    expect(e?.when.start).toBe(start);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('the containment report’s fires that “erupted on Jan. 7” are the Eaton Fire told before, no wildfire of their own', () => {
    const eaton = onlyCiting(file, 'On Tuesday evening a second blaze, the Eaton Fire');
    expect(eaton?.title).toBe('Fire in Altadena');
    expect(eaton?.actors).toContain('name:eaton-fire');
    expect(file.events.filter((e) => e.title === 'Wildfire' && e.when.start === '2025-01-07')).toEqual([]);
  });

  it('the wildfires that “tore through Los Angeles on Wednesday, killing at least five people” title their dead, no wildfire of their own', () => {
    expect(onlyCiting(file, 'mindestens 24 Menschen ums Leben gekommen')?.title).toBe(
      'At least 29 people killed in wildfire',
    );
    expect(file.events.filter((e) => e.title.startsWith('Wildfire'))).toEqual([]);
  });

  it('the Palisades Fire burns in Pacific Palisades, not in the town the Santa Ana winds are named after', () => {
    const fire = onlyCiting(file, 'The Palisades Fire broke out on Tuesday morning');
    expect(fire?.places).toContain('pacific-palisades');
    expect(file.events.flatMap((e) => e.places)).not.toContain('santa-ana');
  });

  it('one death toll, from 5 to 11 to 24 to 29, in English, Dutch and German, kept as a conflict', () => {
    const toll = onlyCiting(file, 'mindestens 24 Menschen ums Leben gekommen');
    expect(toll?.when.start).toBe('2025-01-08');
    expect(
      toll?.conflicts.find((c) => c.field === 'figures.people killed')?.values.map((v) => v.value),
    ).toEqual([5, 11, 24, 29]);
  });

  // "At least 29 people were killed in the two fires": an undated sentence in the past, the toll of
  // the fires as it stands, not the deaths of the week before the report.
  it('the 29 dead the report of the containment counts join that toll', () => {
    expect(documentsOf(onlyCiting(file, 'mindestens 24 Menschen ums Leben gekommen'))).toEqual([
      'de_tagesschau_0113',
      'en_latimes_undated',
      'en_reuters_0108',
      'nl_nos_0111',
    ]);
  });

  it('the 150,000 who had to leave their homes since Tuesday are the evacuation of 130,000 counted later, kept as a conflict', () => {
    const evacuation = onlyCiting(file, 'Ruim 150.000 mensen moesten hun huis uit');
    expect(evacuation?.when.start).toBe('2025-01-08');
    expect(
      evacuation?.conflicts.find((c) => c.field === 'figures.people')?.values.map((v) => v.value),
    ).toEqual([130000, 150000]);
  });

  it('the undated report of the fires fully contained "on Friday, more than three weeks after" 7 January is of Friday 31 January', () => {
    const published = publishedOf(file, 'en_latimes_undated');
    expect(published).toMatchObject({ date: '2025-01-31', precision: 'day', inferred: true });
    expect(titled('Fire fully contained')?.when.start).toBe('2025-01-31');
  });

  // Monday's paper tells of a warning for Tuesday: issued by then, not on the day it is for.
  it('the weather service’s warning “für Dienstag” was issued on the Monday of the report or the Sunday, and names what it warns of', () => {
    expect(onlyCiting(file, 'warnte für Dienstag')).toMatchObject({
      kind: 'warning',
      title: 'Warning of high winds and fire danger issued',
      when: { start: '2025-01-12', end: '2025-01-13' },
    });
  });

  it('the hydrants the NOS tells of right after the inquiry of “gisteren” ran dry on the Tuesday night Reuters gives, not on the inquiry’s day', () => {
    expect(onlyCiting(file, 'stonden brandkranen droog')?.when.start).toBe('2025-01-07');
  });

  it('the risk of mudslides the rain raised is no mudslide', () => {
    expect(
      file.events.filter((e) => e.sources.some((s) => s.sentence.includes('risk of mudslides'))),
    ).toEqual([]);
  });

  it('the governor’s inquiry into the hydrants is an investigation, not a cancellation', () => {
    expect(onlyCiting(file, 'Hydranten ausgefallen waren')?.kind).toBe('investigation');
    expect(file.events.filter((e) => e.kind === 'cancellation')).toEqual([]);
  });

  it('the mayor the machine translation calls "Karen Baars" is Karen Bass', () => {
    expect(onlyCiting(file, 'Karen Baars heeft vrijdag')?.actors).toContain('karen-bass');
  });

  it('winds of hurricane force are no storm of their own', () => {
    expect(file.events.filter((e) => e.title === 'Storm')).toEqual([]);
  });

  it.each(['Lees ook', 'Deel dit artikel', 'Mehr zum Thema', 'Sign up', 'Copyright', 'Reporting by'])(
    'no event cites the site boilerplate “%s”',
    (words) => {
      expect(file.events.filter((e) => e.sources.some((s) => s.sentence.includes(words)))).toEqual([]);
    },
  );
});
