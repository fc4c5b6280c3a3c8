/**
 * The Beirut port explosion of 4 August 2020 and the week after it, told by five outlets in en, nl
 * and de: the blast and its rising toll, the state of emergency, Macron's visit, the Saturday
 * protests, the donor conference and the government's resignation; an undated translation dated
 * by the days its opening counts, and a garbled president resolved.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('beirut-explosion');
}, 60_000);

describe('the Beirut port explosion as five outlets told it', () => {
  it.each<[string, string, string[]]>([
    [
      'More than 160 people killed in explosions in Beirut',
      '2020-08-04',
      ['de_tagesschau_0810', 'en_mt_undated', 'en_reuters_0805', 'nl_nos_0806', 'nl_volkskrant_08'],
    ],
    ['Government declares a state of emergency in Beirut', '2020-08-05', ['en_reuters_0805', 'nl_nos_0806']],
    ['Emmanuel Macron visits Gemmayzeh', '2020-08-06', ['en_mt_undated', 'nl_nos_0806']],
    ['Thousands of protesters protest in Beirut', '2020-08-08', ['de_tagesschau_0810', 'nl_volkskrant_08']],
    // "rund 6000 wurden verletzt" on 4 August joins the reports of the 5,000 injured and dates them.
    [
      'About 6,000 people injured',
      '2020-08-04',
      ['de_tagesschau_0810', 'en_mt_undated', 'en_reuters_0805', 'nl_nos_0806'],
    ],
    ['728 people injured', '2020-08-08', ['nl_volkskrant_08']],
    ['Aid promised', '2020-08-09', ['de_tagesschau_0810']],
    ['Government resigns', '2020-08-10', ['de_tagesschau_0810']],
  ])('“%s” on %s, told by %j', (title, day, docs) => {
    const e = mostTold(file, title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('port officials put under house arrest, which the Dutch report says the government decided on Wednesday, are that day’s', () => {
    const arrest = onlyCiting(file, 'onder huisarrest moeten worden geplaatst');
    expect(arrest?.title).toBe('Placed under house arrest');
    expect(arrest?.when.start.slice(0, 10)).toBe('2020-08-05');
  });

  it('the toll the reports revise day by day is one conflict on the blast', () => {
    const blast = mostTold(file, 'More than 160 people killed in explosions in Beirut');
    expect(
      blast?.conflicts
        .find((c) => c.field === 'figures.people killed')
        ?.values.map((v) => [v.value, v.reported]),
    ).toEqual([
      [135, '2020-08-05'],
      [137, '2020-08-06'],
      [154, '2020-08-07'],
      [150, '2020-08-09'],
      [160, '2020-08-10'],
    ]);
  });

  it('the 728 hurt at Saturday’s protest are not the blast’s 5,000 injured', () => {
    expect(documentsOf(mostTold(file, 'About 6,000 people injured'))).not.toContain('nl_volkskrant_08');
  });

  it('the undated translation that opens “Three days after the devastating explosion” is dated that Friday', () => {
    const published = publishedOf(file, 'en_mt_undated');
    expect(published).toMatchObject({ date: '2020-08-07', precision: 'day', inferred: true });
    expect(published?.reason).toContain('its opening counts 3 days since');
  });

  it('the month-only report of Saturday’s protests is dated in the week after the blast', () => {
    const published = publishedOf(file, 'nl_volkskrant_08');
    expect(published).toMatchObject({ date: '2020-08-09', precision: 'day', inferred: true });
  });

  it('“Lebanese President Michel Platini” is Michel Aoun, who speaks on Friday, not on the day he learned of the cargo', () => {
    expect(file.actors.map((a) => a.id).filter((id) => id.includes('platini'))).toEqual([]);
    const statement = mostTold(file, 'Michel Aoun makes a statement');
    expect(statement?.when.start.slice(0, 10)).toBe('2020-08-07');
    expect(statement?.sources.map((s) => s.sentence)).toContain(
      'Aoun said he had first learned of the dangerous cargo about 20 days ago and had ordered that something be done about it.',
    );
  });

  it('the ammonium nitrate stored “since 2014” dates neither the blast nor the house arrest', () => {
    expect(file.events.filter((e) => e.when.start.startsWith('2014')).map((e) => e.title)).toEqual([]);
  });

  it('Badri Daher’s arrest joins the sixteen port employees detained, since the report says he is one of them', () => {
    const arrest = onlyCiting(file, 'has arrested the head of the customs authority, Badri Daher');
    expect(arrest?.id).toBe(onlyCiting(file, 'zestien medewerkers van de haven aangehouden')?.id);
  });

  it('“dozens” and “tientallen” still missing are one vague count, not 24 against 20', () => {
    const missing = onlyCiting(file, 'Tientallen mensen worden nog vermist');
    expect(missing?.figures.map((f) => f.text)).toEqual(['dozens']);
    expect(missing?.conflicts).toEqual([]);
  });
});
