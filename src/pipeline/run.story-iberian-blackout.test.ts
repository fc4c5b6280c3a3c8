/**
 * The Iberian blackout of 28 April 2025, told by five outlets in en, nl and de: the outage at
 * 12:33, the power coming back over the night, the passengers freed from stranded trains (35,000
 * or 30,000), the family found dead in Galicia, the prime minister's words and the court's
 * investigation; a month-only report read on the Wednesday it tells, an undated machine
 * translation that calls Pedro Sánchez "Pedro Almodóvar", and Portugal's prime minister Luís
 * Montenegro, whose surname is a country's name.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('iberian-blackout');
}, 60_000);

describe('the Iberian blackout as five outlets told it', () => {
  it.each<[string, string, string[]]>([
    ['Power outage in Spain', '2025-04-28T12:33', ['en_reuters_0428', 'nl_nos_0429', 'nl_volkskrant_04']],
    ['Evacuation from Madrid', '2025-04-28T12:33', ['en_reuters_0428', 'nl_nos_0429']],
    [
      'More than 35,000 passengers rescued',
      '2025-04-28',
      ['de_tagesschau_0430', 'en_mt_undated', 'nl_nos_0429'],
    ],
    [
      'Power restored in Spain',
      '2025-04-28',
      ['en_mt_undated', 'en_reuters_0428', 'nl_nos_0429', 'nl_volkskrant_04'],
    ],
    ['3 people killed', '2025-04-29', ['en_mt_undated', 'nl_nos_0429']],
    [
      'Pedro Sánchez makes a statement',
      '2025-04-29',
      ['de_tagesschau_0430', 'en_mt_undated', 'nl_nos_0429', 'nl_volkskrant_04'],
    ],
  ])('“%s” from %s, told by %j', (title, start, docs) => {
    const e = mostTold(file, title);
    expect(e?.when.start.slice(0, start.length)).toBe(start);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('the sources disagree on how many train passengers were freed, and both counts are kept', () => {
    const e = mostTold(file, 'More than 35,000 passengers rescued');
    const counts = e?.conflicts.find((c) => c.field === 'figures.passengers rescued');
    expect(counts?.values.map((v) => [v.value, v.reported])).toEqual([
      [35000, '2025-04-29'],
      [30000, '2025-04-30'],
    ]);
  });

  it('the machine translation’s “Prime Minister Pedro Almodóvar” is Pedro Sánchez', () => {
    const e = onlyCiting(file, 'Prime Minister Pedro Almodóvar');
    expect(e?.title).toBe('Pedro Sánchez makes a statement');
    const mention = e?.sources.flatMap((s) => s.mentions ?? []).find((m) => m.text === 'Pedro Almodóvar');
    expect(mention).toMatchObject({ id: 'pedro-sanchez', resolution: 'context' });
  });

  it('“de Portugese premier Montenegro” is Portugal’s prime minister, not the country', () => {
    const e = onlyCiting(file, 'De Portugese premier Montenegro');
    expect(e?.title).toBe('Luís Montenegro makes a statement');
    expect(e?.places).not.toContain('montenegro');
  });

  it('the grid operator ruling out a cyberattack reports no cyberattack', () => {
    expect(onlyCiting(file, 'schließt einen Cyberangriff')?.title).toBe('Red Eléctrica makes a statement');
  });

  it('the German head of operations who speaks after his verb makes a statement of his own', () => {
    expect(onlyCiting(file, 'sagte Betriebsleiter Eduardo Prieto')?.title).toBe(
      'Eduardo Prieto makes a statement',
    );
  });

  it.each<[string, string]>([
    ['en_mt_undated', '2025-04-29'],
    ['nl_volkskrant_04', '2025-04-30'],
  ])('the report %s without a day of its own is dated %s', (id, day) => {
    expect(publishedOf(file, id)).toMatchObject({ date: day, precision: 'day', inferred: true });
  });

  it('no German nouns are taken for a person’s name', () => {
    const names = file.actors.filter((a) => a.kind === 'unknown').map((a) => a.name);
    expect(names).not.toEqual(expect.arrayContaining([expect.stringMatching(/Sekunden|Stromkonzernen/)]));
  });
});
