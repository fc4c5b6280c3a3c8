/**
 * The counts of the unrest in Kazakhstan in January 2022 as sixteen reports in en, nl and de gave
 * them from 5 to 19 January: the dead and the injured of the security forces counted apart from the
 * tolls of all the dead and injured, the parts of a toll ("103 of the dead were in Almaty") no rival figure of it, and the final
 * toll of 225, with 19 of the security forces among them, told by Reuters on the 15th and again by
 * dpa and NOS.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, onlyCiting, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('kazakhstan-unrest');
}, 60_000);

type Event = EventFile['events'][number];

function conflictValues(e: Event | undefined, counts: string): (string | number)[] | undefined {
  return e?.conflicts.find((c) => c.field === `figures.${counts}`)?.values.map((v) => v.value);
}

describe('the counts of the dead in Kazakhstan as sixteen reports told them', () => {
  it('the health ministry’s toll of 164 on Sunday 9 January titles the event, its only rival the “more than 160” of the same day', () => {
    const toll = onlyCiting(file, 'The figure of 164 deaths, reported on Sunday');
    expect(toll?.title).toBe('164 people killed');
    expect(toll?.when.start).toBe('2022-01-09');
    expect(conflictValues(toll, 'people killed')).toEqual([160, 164]);
    expect(documentsOf(toll)).toEqual(expect.arrayContaining(['en_bbc_0109', 'nl_volkskrant_undated']));
  });

  it('the toll of 164 withdrawn on Monday 10 January is an event of its own, however each report tells it', () => {
    const withdrawn = onlyCiting(file, 'Kazakh officials on Monday withdrew a death toll of 164');
    expect(withdrawn?.title).toBe('Death toll withdrawn');
    expect(withdrawn?.when.start).toBe('2022-01-10');
    expect(withdrawn?.figures.map((f) => f.value)).toEqual([164]);
    expect(onlyCiting(file, 'diese Angabe später aber wieder zurückgezogen')).toBe(withdrawn);
    expect(onlyCiting(file, 'reported by state media last Sunday and later withdrawn')).toBe(withdrawn);
  });

  it.each([
    ['Thirteen members of the security forces have been killed', 13],
    ['18 members of the security forces had been killed', 18],
  ])('“%s” counts police and soldiers killed, no rival of the toll of all the dead', (words, value) => {
    const deaths = file.events.filter(
      (e) => e.kind === 'death' && e.sources.some((s) => s.sentence.includes(words)),
    );
    expect(deaths).toHaveLength(1);
    const e = deaths[0];
    expect(e?.figures).toContainEqual(
      expect.objectContaining({ value, counts: 'police and soldiers killed' }),
    );
    expect(e?.figures.filter((f) => f.counts === 'people killed').map((f) => f.value)).not.toContain(value);
  });

  it.each([
    'The authorities said 103 of the dead were in Almaty',
    'Two of the dead officers had been decapitated',
  ])('“%s” counts some of the dead: no figure of any event', (words) => {
    const citing = file.events.filter((e) => e.sources.some((s) => s.sentence.includes(words)));
    for (const e of citing)
      expect(e.figures.map((f) => f.value)).not.toContain(words.startsWith('Two') ? 2 : 103);
  });

  it('the toll of 225 Reuters gave on the 15th is one event with dpa’s and NOS’s, 19 of the security forces among them', () => {
    const toll = onlyCiting(file, 'Kazakhstan said on Saturday that 225 people had been killed');
    expect(onlyCiting(file, 'Bei den Unruhen Anfang Januar waren nach offiziellen Angaben 225')).toBe(toll);
    expect(toll?.title).toBe('225 people killed');
    expect(documentsOf(toll)).toEqual(
      expect.arrayContaining(['de_dpa_0118', 'en_reuters_0115', 'nl_nos_0119']),
    );
    expect(toll?.figures).toContainEqual(
      expect.objectContaining({ value: 19, counts: 'police and soldiers killed' }),
    );
    expect(conflictValues(toll, 'people killed')).toBeUndefined();
  });

  it.each<[string, string, string, string[]]>([
    [
      'Nach Angaben des Innenministeriums wurden landesweit inzwischen 4404 Menschen festgenommen.',
      '4,404 people arrested',
      '2022-01-08',
      ['de_spiegel_undated'],
    ],
    // The BBC's "The interior ministry said 5,800 people had been detained" of the same Sunday.
    [
      'Meer dan 5800 mensen zijn aangehouden.',
      '5,800 people arrested',
      '2022-01-09',
      ['en_bbc_0109', 'nl_volkskrant_undated'],
    ],
  ])(
    '“%s” is the count so far of the day it was told, no rival of another day’s',
    (words, title, day, documents) => {
      const count = onlyCiting(file, words);
      expect(count?.title).toBe(title);
      expect([count?.when.start, count?.when.end]).toEqual([day, day]);
      expect(documentsOf(count)).toEqual(documents);
      expect(count?.conflicts).toEqual([]);
    },
  );

  it('the 7,939 detained that the interior ministry counted on Monday 10 January are one count of that day', () => {
    const count = onlyCiting(file, 'Nach Angaben des Innenministeriums wurden landesweit 7939');
    expect(count?.title).toBe('7,939 people arrested');
    expect(count?.when.start).toBe('2022-01-10');
    expect(documentsOf(count)).toEqual(['de_dw_0110', 'en_aljazeera_0111']);
  });
});

/** The events of a kind that cite a sentence with those words. */
function citing(kind: string, words: string): Event[] {
  return file.events.filter((e) => e.kind === kind && e.sources.some((s) => s.sentence.includes(words)));
}

describe('the injured and the dead of the security forces as a count of their own', () => {
  it('the security forces’ injured, 95 on the 5th, 353 and then 748, are one running count apart from NOS’s “more than 1,000 people”', () => {
    const police = citing(
      'injury',
      'Thirteen members of the security forces have been killed and 353 injured',
    );
    expect(police).toHaveLength(1);
    expect(citing('injury', 'had been killed and 748 injured')).toEqual(police);
    expect(police[0]?.title).toBe('748 police and soldiers injured');
    expect(documentsOf(police[0])).toEqual([
      'de_tagesschau_0105',
      'en_ap_0107',
      'en_guardian_0106',
      'en_reuters_0105',
    ]);
    expect(conflictValues(police[0], 'police and soldiers injured')).toEqual([95, 353, 748]);
    const people = onlyCiting(file, 'Meer dan 1000 mensen raakten gewond.');
    expect(people?.title).toBe('More than 1,000 people injured');
    expect(documentsOf(people)).toEqual(['nl_nos_0106']);
  });

  it('the security forces’ dead, twelve, 13 and then 18, are one running count apart from the health ministry’s toll of all the dead', () => {
    const police = onlyCiting(file, 'Ook zijn twaalf agenten gedood.');
    expect(police?.title).toBe('18 police and soldiers killed');
    expect(conflictValues(police, 'police and soldiers killed')).toEqual([12, 13, 18]);
    expect(citing('death', 'had been killed and 748 injured')).toEqual([police]);
    expect(documentsOf(police)).toEqual(['de_faz_0107', 'en_ap_0107', 'en_guardian_0106', 'nl_nos_0106']);
    const toll = onlyCiting(file, 'The figure of 164 deaths, reported on Sunday');
    expect(toll?.figures.map((f) => f.counts)).not.toContain('police and soldiers killed');
  });
});
