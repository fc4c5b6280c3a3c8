/**
 * The fall of Bashar al-Assad, November–December 2024, told by five outlets in en, nl and de: the
 * towns the rebels took, the flight to Moscow, the talks on the handover, Israel's strikes, the
 * caretaker prime minister, the rising toll, a machine translation that names the HTS leader
 * "Abu Mohammed al-Baghdadi", and a month-only report read on the Monday after Damascus fell.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('assad-fall');
}, 60_000);

/** The event of that title citing that document. */
function toldBy(title: string, document: string) {
  return file.events.find((e) => e.title === title && e.sources.some((s) => s.document === document));
}

describe('the fall of Assad as five outlets told it', () => {
  it.each<[string, string, string[]]>([
    ['Rebels capture Aleppo', '2024-11-30', ['en_reuters_1130']],
    ['Rebels capture Hama', '2024-12-05', ['nl_nos_1205']],
    // "Een dag nadat rebellen Damascus innamen, zochten … maandag …": the Sunday before.
    ['Rebels capture Damascus', '2024-12-08', ['nl_volkskrant_12']],
    ['Bashar al-Assad flees to Moscow', '2024-12-08', ['nl_volkskrant_12']],
    ['Kremlin makes a statement', '2024-12-09', ['en_mt_1210', 'nl_volkskrant_12']],
    ['Israel strikes Syria', '2024-12-09', ['en_mt_1210', 'nl_volkskrant_12']],
    [
      'Mohammed al-Bashir holds talks with Mohammed Ghazi al-Jalali',
      '2024-12-09',
      ['en_mt_1210', 'nl_volkskrant_12'],
    ],
    // "… shall lead the transitional government until 1 March, he announced on Tuesday".
    ['Prime minister appointed', '2024-12-10', ['en_mt_1210']],
  ])('“%s” on %s, told by %j', (title, day, docs) => {
    const e = toldBy(title, docs[0] as string);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('the toll since the offensive began rises from more than 300 to 700, kept as a conflict', () => {
    const killed = file.events.find((e) => e.title === 'At least 700 people killed');
    expect(documentsOf(killed)).toEqual(['en_reuters_1130', 'nl_nos_1205']);
    const conflict = killed?.conflicts.find((c) => c.field.startsWith('figures'));
    expect(conflict?.values.map((v) => v.value)).toEqual([300, 700]);
  });

  it('the machine translation’s “HTS leader Abu Mohammed al-Baghdadi” is Ahmed al-Sharaa', () => {
    const talks = toldBy('Mohammed al-Bashir holds talks with Mohammed Ghazi al-Jalali', 'en_mt_1210');
    expect(talks?.actors).toContain('al-sharaa');
    expect(file.actors.map((a) => a.name).join(' ')).not.toContain('Baghdadi');
  });

  it('the agreement of 1974 dates no statement', () => {
    expect(file.events.filter((e) => e.when.start.startsWith('1974'))).toEqual([]);
  });

  it('the month-only report of Sunday’s fall and Monday’s talks is dated that Monday', () => {
    const published = publishedOf(file, 'nl_volkskrant_12');
    expect(published).toMatchObject({ date: '2024-12-09', precision: 'day', inferred: true });
  });

  // Known miss: the undated German report shares only the story's common names with the dated
  // ones and is read the day after the Reuters report of Aleppo, a week early.
  it.fails('the undated report of the night Damascus fell is dated that Sunday', () => {
    const published = publishedOf(file, 'de_spiegel_undated');
    expect(published).toMatchObject({ date: '2024-12-08', precision: 'day', inferred: true });
  });
});
