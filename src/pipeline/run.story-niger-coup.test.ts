/**
 * The July–August 2023 coup in Niger as ten outlets told it in en, nl and de (Bazoum detained,
 * Tchiani in power, the French embassy attacked, ECOWAS's ultimatum, its expiry and the standby
 * force), run through the whole pipeline: the events a reader expects, on the right day, citing
 * every report, and none that a warning, a fear or a release that never came would make.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('niger-coup');
}, 60_000);

const event = (title: string) => mostTold(file, title);

describe('events of the coup in Niger', () => {
  it.each<[string, string, string[]]>([
    ['Mohamed Bazoum ousted', '2023-07-26', ['en_bbc_0801', 'en_reuters_0727', 'nl_nos_0727']],
    ['Curfew imposed in Niger', '2023-07-26', ['en_reuters_0727', 'nl_nos_0727']],
    // "Alle instellingen van het land zijn opgeschort, zei kolonel-majoor Amadou Abdramane."
    ['Amadou Abdramane makes a statement', '2023-07-26', ['nl_nos_0727']],
    // Told in the sentences of the curfew: one closure, whether the day is the paragraph's or "woensdagavond".
    ['Borders of Niger closed', '2023-07-26', ['en_reuters_0727', 'nl_nos_0727']],
    ['Arson attack', '2023-07-27', ['en_reuters_0727', 'nl_nos_0727']],
    ['Abdourahamane Tchiani declares himself leader', '2023-07-28', ['de_tagesschau_0730', 'en_ap_0730']],
    // France's suspension and the German minister's are two measures of the same Saturday.
    ['France suspends aid to Niger', '2023-07-29', ['en_ap_0730']],
    ['Svenja Schulze suspends aid to Niger', '2023-07-29', ['de_tagesschau_0730']],
    // Two reports tell it in a clause opened by "a day after" the Monday the evacuation was announced.
    // The march on the French embassy is its attack: one happening, however each outlet tells it.
    ['Attack in Niamey', '2023-07-30', ['de_tagesschau_0730', 'en_ap_0730', 'en_bbc_0801', 'nl_nrc_0802']],
    // "Am Sonntag demonstrierten in Niamey rund 30.000 Anhänger der Junta in einem Stadion", a week on.
    ['Protests in Niamey', '2023-08-06', ['de_dpa_undated']],
    [
      'ECOWAS issues an ultimatum',
      '2023-07-30',
      ['de_dpa_undated', 'de_spiegel_0803', 'de_tagesschau_0730', 'en_ap_0730', 'nl_nrc_0802'],
    ],
    // "A first plane carrying 262 people left Niamey on Tuesday evening, the French foreign ministry said."
    ['262 people evacuated from Niamey', '2023-08-01', ['en_bbc_0801']],
    ['Agreements revoked', '2023-08-03', ['de_spiegel_0803']],
    // The undated dpa report tells them "am Sonntagabend" and "in der Nacht zum Montag" of that week.
    ['Ultimatum expires', '2023-08-06', ['de_dpa_undated', 'en_undated_standby', 'nl_volkskrant_0811']],
    ['Airspace of Niger closed', '2023-08-06', ['de_dpa_undated', 'nl_volkskrant_0811']],
    ['Ali Mahaman Lamine Zeine appointed prime minister', '2023-08-07', ['nl_volkskrant_0811']],
    ['ECOWAS orders its standby force deployed', '2023-08-10', ['en_undated_standby', 'nl_volkskrant_0811']],
  ])('“%s” on %s, citing %j', (title, day, documents) => {
    const found = event(title);
    expect(found?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(found)).toEqual(documents);
  });

  it.each<[string, string]>([
    ['Mohamed Bazoum freed', "the ultimatum expired 'zonder dat Bazoum werd vrijgelaten'"],
    ['Attack in France', "Macron warned that 'any attack against France' would be met with a response"],
    ['Attack', "Macron threatened to respond 'falls … angegriffen würden'"],
    ['Attack in Niger', "the airspace was closed 'uit vrees voor een aanval'"],
    ['Ministry makes a statement', 'the first evacuation flight the ministry told of is an evacuation'],
    [
      'Neighbouring makes a statement',
      "the British 'Neighbouring' is an ordinary word, not a speaker's name",
    ],
  ])('no “%s”: %s', (title) => {
    expect(event(title)).toBeUndefined();
  });

  it('takes the machine translation’s “US Secretary of State Tony Blair” for Antony Blinken', () => {
    const mention = file.events
      .flatMap((e) => e.sources)
      .filter((s) => s.document === 'en_undated_standby')
      .flatMap((s) => s.mentions ?? [])
      .find((m) => m.text === 'Tony Blair');
    expect(mention?.id).toBe('blinken');
  });

  it('dates the undated dpa report of the airspace closed after that Sunday, not to a sister of the week before', () => {
    const published = publishedOf(file, 'de_dpa_undated');
    expect(published).toMatchObject({ date: '2023-08-07', precision: 'day', inferred: true });
  });

  it('dates the NRC report of the evacuation “sinds dinsdag” to the Wednesday after, not that Tuesday', () => {
    const published = publishedOf(file, 'nl_nrc_0802');
    expect(published).toMatchObject({ date: '2023-08-02', precision: 'day', inferred: true });
  });

  it('dates the undated English report of the standby force ordered "on Thursday" by the ultimatum it tells expired "on Sunday" and the arrest it dates: Thursday 10 August', () => {
    const published = publishedOf(file, 'en_undated_standby');
    expect(published).toMatchObject({ date: '2023-08-10', precision: 'day', inferred: true });
  });
});
