/**
 * The loss of OceanGate's Titan submersible on a dive to the Titanic on Sunday 18 June 2023, told
 * by five outlets in en, nl and de: contact lost on the Sunday, the US Navy's sound recorded that
 * day, the noises a Canadian plane picked up on the Tuesday, the debris found and the five declared
 * dead on the Thursday, Canada's inquiry on the Friday; a month-only Dutch report, an undated
 * translation of a German report that garbles the Coast Guard admiral's family name.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('titan-submersible');
}, 60_000);

describe('the loss of the Titan as five outlets told it', () => {
  it('OceanGate\'s list of the five dead ("topman Stockton Rush, … en zijn 19-jarige zoon Suleman") counts five', () => {
    const listed = onlyCiting(file, 'zijn 19-jarige zoon Suleman');
    expect(listed?.title).toBe('5 people killed');
  });

  it.each<[string, string, string[]]>([
    ['Contact lost', '2023-06-18', ['en_mt_undated', 'en_reuters_0620', 'nl_nos_0622']],
    ['US Navy detects sounds', '2023-06-18', ['de_tagesschau_0623']],
    ['Sounds detected', '2023-06-20', ['nl_volkskrant_06']],
    ['Wreckage of the submersible found', '2023-06-22', ['de_tagesschau_0623', 'nl_nos_0622']],
    ['5 occupants killed', '2023-06-22', ['de_tagesschau_0623', 'en_mt_undated', 'nl_nos_0622']],
    ['Transportation Safety Board of Canada opens investigation', '2023-06-23', ['en_mt_undated']],
  ])('“%s” on %s, told by %j', (title, day, docs) => {
    const e = mostTold(file, title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('the admiral telling reporters on Monday how much oxygen it had “when it was reported missing” is his statement', () => {
    const statement = onlyCiting(file, 'told reporters in Boston on Monday');
    expect(statement?.title).toBe('John Mauger makes a statement');
    expect(statement?.when.start.slice(0, 10)).toBe('2023-06-19');
  });

  it('the sound the US Navy recorded “bereits am Sonntag” is dated that Sunday, not the day it was made known', () => {
    const sound = onlyCiting(file, 'ein Geräusch aufgezeichnet');
    expect(sound?.title).toMatch(/detects sounds$/);
    expect(sound?.when.start.slice(0, 10)).toBe('2023-06-18');
  });

  it('the Coast Guard declaring the five dead is a death, not a statement, in German too', () => {
    const deaths = onlyCiting(file, 'erklärte daraufhin alle fünf Insassen für tot');
    expect(deaths?.title).toBe('5 occupants killed');
  });

  it('whether the remains can be recovered is no death of its own', () => {
    expect(file.events.some((e) => e.sources.some((s) => s.sentence.startsWith('Of de stoffelijke')))).toBe(
      false,
    );
  });

  it('the occupants of the missing submarine are reported dead, not missing', () => {
    expect(mostTold(file, '5 occupants missing')).toBeUndefined();
  });

  it('the translation’s “Rear Admiral John Major” is John Mauger, as the wire report names him', () => {
    const statement = onlyCiting(file, 'Rear Admiral John Major of the US Coast Guard');
    expect(statement?.title).toBe('John Mauger makes a statement');
    const mention = statement?.sources[0]?.mentions?.find((m) => m.text === 'John Major');
    expect(mention).toMatchObject({ id: 'name:john-mauger' });
  });

  it('the undated translation that tells Thursday, Friday and Saturday after the Sunday is dated that Saturday', () => {
    const published = publishedOf(file, 'en_mt_undated');
    expect(published).toMatchObject({ date: '2023-06-24', precision: 'day', inferred: true });
  });

  it('the month-only Dutch report of the noises is read in the week of the search, not a week later for sharing “Amerikaanse” and “Britse” with the NOS', () => {
    const date = publishedOf(file, 'nl_volkskrant_06')?.date ?? '';
    expect(date >= '2023-06-21' && date <= '2023-06-22').toBe(true);
  });

  it('the month-only Dutch report whose oxygen “raakt donderdagochtend op” is of the Wednesday before the NOS report of that Thursday', () => {
    const published = publishedOf(file, 'nl_volkskrant_06');
    expect(published).toMatchObject({ date: '2023-06-21', precision: 'day', inferred: true });
  });

  it('the ISO timestamp line dates the NOS report', () => {
    const published = publishedOf(file, 'nl_nos_0622');
    expect(published).toMatchObject({ date: '2023-06-22', inferred: false });
  });
});
