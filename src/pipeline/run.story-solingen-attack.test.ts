/**
 * The Solingen knife attack of August 2024, told by five outlets in en, nl and de: the attack, the
 * claim, the suspect's surrender and remand, the chancellor's visit, and a month-only report read
 * in the week after every dated one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('solingen-attack');
}, 60_000);

describe('the Solingen attack as five outlets told it', () => {
  it.each<[string, string, string[]]>([
    [
      '3 people killed in attack in Solingen',
      '2024-08-23',
      // The Volkskrant's "de aanslag in Solingen van vorige week" names the attack again.
      ['de_tagesschau_0824', 'en_reuters_0826', 'nl_nos_0825', 'nl_volkskrant_08'],
    ],
    [
      'Islamic State claims responsibility',
      '2024-08-24',
      ['de_spiegel_0825', 'en_reuters_0826', 'nl_nos_0825'],
    ],
    ['Suspect remanded in custody', '2024-08-25', ['de_spiegel_0825', 'en_reuters_0826']],
    ['Olaf Scholz visits Solingen', '2024-08-26', ['en_reuters_0826', 'nl_volkskrant_08']],
  ])('“%s” on %s, told by %j', (title, day, docs) => {
    const e = mostTold(file, title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('the suspect turning himself in is told in Dutch and German', () => {
    const documents = documentsOf(mostTold(file, 'Suspect surrenders to police'));
    expect(documents).toEqual(expect.arrayContaining(['de_spiegel_0825', 'nl_nos_0825']));
  });

  it('the month-only report of Thursday’s measures and Monday’s visit is dated that Thursday', () => {
    const published = publishedOf(file, 'nl_volkskrant_08');
    expect(published).toMatchObject({ date: '2024-08-29', precision: 'day', inferred: true });
  });
});
