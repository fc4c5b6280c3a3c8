/**
 * The crash of Air India flight AI171 in Ahmedabad on Thursday 12 June 2025, told by five outlets in
 * en, nl and de: the crash and its toll (the police's early 265 against the 260 counted later), the
 * flight recorders found on the Friday and the Monday, the cremation of a former chief minister, the
 * preliminary report of Saturday 12 July and the inspections ordered after it; an undated
 * translation that garbles the British prime minister's name, and a month-only report.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('air-india-crash');
}, 60_000);

describe('the Air India crash as five outlets told it', () => {
  it.each<[string, string, string[]]>([
    [
      'At least 265 people killed in crash in Ahmedabad',
      '2025-06-12',
      ['de_tagesschau_0714', 'en_mt_undated', 'en_reuters_0612', 'nl_nos_0613', 'nl_volkskrant_07'],
    ],
    ['Flight recorder recovered in Ahmedabad', '2025-06-13', ['en_mt_undated', 'nl_nos_0613']],
    ['Flight recorder recovered', '2025-06-16', ['en_mt_undated']],
    ['Funeral of Vijay Rupani', '2025-06-16', ['en_mt_undated']],
    ['Preliminary report published', '2025-07-12', ['de_tagesschau_0714', 'nl_volkskrant_07']],
  ])('“%s” on %s, told by %j', (title, day, docs) => {
    const e = mostTold(file, title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('the German report’s inspections ordered on Monday are the regulator’s, on Monday 14 July', () => {
    const order = onlyCiting(file, 'die Treibstoffschalter ihrer Boeing-Maschinen zu überprüfen');
    expect(order?.title).toBe('Directorate General of Civil Aviation orders inspections');
    expect(order?.when.start.slice(0, 10)).toBe('2025-07-14');
  });

  it('the crash of a plane bound for London happened in Ahmedabad only', () => {
    expect(mostTold(file, 'At least 265 people killed in crash in Ahmedabad')?.places).toEqual(['ahmedabad']);
  });

  it('the police’s early toll of 265 and the 260 counted later are a conflict, the 19 on the ground no third toll', () => {
    const crash = mostTold(file, 'At least 265 people killed in crash in Ahmedabad');
    const conflict = crash?.conflicts.find((c) => c.field === 'figures.people killed');
    expect(conflict?.values.map((v) => [v.value, v.reported])).toEqual([
      [265, '2025-06-13'],
      [260, '2025-07-14'],
    ]);
  });

  it('the translation’s “British Prime Minister Keir Hardie” is Keir Starmer, as the wire report names him', () => {
    const statement = mostTold(file, 'Keir Starmer makes a statement');
    expect(documentsOf(statement)).toEqual(['en_mt_undated', 'en_reuters_0612']);
    const translated = statement?.sources.find((s) => s.document === 'en_mt_undated');
    expect(translated?.mentions).toContainEqual(
      expect.objectContaining({ text: 'Keir Hardie', id: 'starmer', resolution: 'context' }),
    );
  });

  it.each([
    ['en_mt_undated', '2025-06-16'],
    ['nl_volkskrant_07', '2025-07-14'],
  ])('the report %s with no day of its own is dated %s', (id, date) => {
    expect(publishedOf(file, id)).toMatchObject({ date, precision: 'day', inferred: true });
  });
});
