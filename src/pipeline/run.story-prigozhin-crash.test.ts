/**
 * The crash that killed Yevgeny Prigozhin on Wednesday 23 August 2023 and his burial on Tuesday 29
 * August, told by five outlets in en, nl and de: a named death and the toll of ten counted with it,
 * a funeral told by an undated translation and a month-only report.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('prigozhin-crash');
}, 60_000);

describe("Prigozhin's death as five outlets told it", () => {
  it('his death in the crash of Wednesday is one event with the translation that tells it of "last week"', () => {
    const death = mostTold(file, 'Yevgeny Prigozhin dies in crash north of Moscow');
    expect(death?.when.value).toBe('2023-08-23');
    expect(documentsOf(death)).toContain('en_mt_undated');
    expect(documentsOf(death)).toContain('en_reuters_0823');
  });

  it('the ten dead of the German and Dutch reports are those of his crash, north of Moscow and not in it', () => {
    const death = mostTold(file, 'Yevgeny Prigozhin dies in crash north of Moscow');
    expect(documentsOf(death)).toEqual([
      'de_tagesschau_0827',
      'en_mt_undated',
      'en_reuters_0823',
      'nl_nos_0824',
      'nl_volkskrant_08',
    ]);
    expect(file.events.filter((e) => e.title.endsWith('people killed'))).toEqual([]);
  });

  it('the undated translation of the burial "on Tuesday" after the Kremlin spoke "on Monday" is dated that Tuesday', () => {
    const published = publishedOf(file, 'en_mt_undated');
    expect(published).toMatchObject({ date: '2023-08-29', precision: 'day', inferred: true });
  });

  it('the burial is one event of the translation and the Dutch report, on that Tuesday', () => {
    const funeral = mostTold(file, 'Funeral of Yevgeny Prigozhin');
    expect(documentsOf(funeral)).toEqual(['en_mt_undated', 'nl_volkskrant_08']);
    expect(funeral?.when.value).toBe('2023-08-29');
    expect(funeral?.conflicts).toEqual([]);
  });

  it('the month-only Dutch report of the crash "vorige week woensdag" is dated the Tuesday of the burial', () => {
    const published = publishedOf(file, 'nl_volkskrant_08');
    expect(published).toMatchObject({ date: '2023-08-29', precision: 'day', inferred: true });
    const death = mostTold(file, 'Yevgeny Prigozhin dies in crash north of Moscow');
    expect(documentsOf(death)).toContain('nl_volkskrant_08');
  });

  it("Putin's condolences for the victims of the crash are a statement of their day, not a second crash", () => {
    expect(mostTold(file, 'Vladimir Putin offers condolences')?.when.value).toBe('2023-08-24');
    const crashes = file.events.filter((e) => e.kind === 'accident');
    expect(new Set(crashes.map((e) => e.when.value))).toEqual(new Set(['2023-08-23']));
  });
});
