/**
 * The Pahalgam attack of April 2025 and what followed, told by five outlets in en, nl and de: the
 * attack, India's and Pakistan's answers, India's strikes of 7 May, the ceasefire of 10 May; a
 * month-only Dutch report and an undated English translation, each dated by what it tells.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('pahalgam-attack');
}, 60_000);

describe('the Pahalgam attack and the weeks after it as five outlets told them', () => {
  it.each<[string, string, string[]]>([
    [
      '26 people killed in attack in Pahalgam',
      '2025-04-22',
      ['de_tagesschau_0507', 'en_reuters_0423', 'nl_nos_0424', 'nl_volkskrant_05'],
    ],
    ['The Resistance Front claims responsibility', '2025-04-22', ['en_reuters_0423']],
    ['Amit Shah visits Srinagar', '2025-04-23', ['en_reuters_0423']],
    ['Pakistan closes the airspace of India', '2025-04-24', ['nl_nos_0424']],
    ['India strikes Pakistan', '2025-05-07', ['de_tagesschau_0507', 'en_mt_undated', 'nl_volkskrant_05']],
    ['31 people killed', '2025-05-06', ['de_tagesschau_0507', 'en_mt_undated']],
    ['Ceasefire agreed', '2025-05-10', ['en_mt_undated', 'nl_volkskrant_05']],
    ['Explosions in Srinagar', '2025-05-10', ['en_mt_undated', 'nl_volkskrant_05']],
  ])('“%s” on %s, told by %j', (title, day, docs) => {
    const e = mostTold(file, title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it.each<[string, string, string]>([
    [
      'the month-only Volkskrant, telling 7 May and then Saturday and Sunday, is of Sunday 11 May',
      'nl_volkskrant_05',
      '2025-05-11',
    ],
    [
      'the undated translation, telling Saturday’s explosions in Srinagar, is of Saturday 10 May',
      'en_mt_undated',
      '2025-05-10',
    ],
  ])('%s', (_, id, day) => {
    expect(publishedOf(file, id)).toMatchObject({ date: day, precision: 'day', inferred: true });
  });

  it('India attacking “in der Nacht zum Mittwoch” is news, not a Dutch “indien” (if)', () => {
    const strike = onlyCiting(file, 'Indien hat in der Nacht zum Mittwoch Ziele in Pakistan');
    expect(strike?.kind).toBe('attack');
    expect(strike?.actors).toContain('india');
  });

  it('the translation’s “Prime Minister Nawaz Sharif” is Shehbaz Sharif, whom it names later', () => {
    const statement = onlyCiting(file, 'Prime Minister Nawaz Sharif spoke of');
    expect(statement?.title).toBe('Shehbaz Sharif makes a statement');
    const garbled = statement?.sources.find((s) => s.sentence.includes('Nawaz Sharif'));
    expect(garbled?.mentions).toContainEqual(
      expect.objectContaining({ text: 'Nawaz Sharif', id: 'shehbaz-sharif' }),
    );
  });

  it('Pakistan’s toll of the strikes, 26 on the day and 31 in the later report, is a conflict', () => {
    const toll = mostTold(file, '31 people killed');
    const conflict = toll?.conflicts.find((c) => c.field === 'figures.people killed');
    expect(conflict?.values.map((v) => v.value)).toEqual([26, 31]);
  });

  it('the 26 the gunmen killed, told in sentences that name no attack, are the attack’s dead, no event of their own', () => {
    const attack = mostTold(file, '26 people killed in attack in Pahalgam');
    expect(attack?.sources.map((s) => s.sentence).join(' ')).toContain('a day after gunmen killed 26 people');
    expect(attack?.sources.map((s) => s.sentence)).toContain(
      'Most of the dead were tourists from other parts of India.',
    );
    expect(file.events.filter((e) => e.title.startsWith('Deaths in'))).toEqual([]);
  });

  it('the 26 dead of the attack, told in the clause after “in response to the attack”, are no toll of the strikes', () => {
    const strike = onlyCiting(file, 'India on Wednesday struck targets in Pakistan');
    expect(strike?.figures).toEqual([]);
  });

  it('site boilerplate is cited as no news', () => {
    const cited = file.events.flatMap((e) => e.sources.map((s) => s.sentence));
    for (const words of [
      'Lees ook',
      'cookies',
      'Mehr zum Thema',
      'Leave a Reply',
      '© de Volkskrant',
      'Reporting by',
    ])
      expect(cited.filter((s) => s.includes(words))).toEqual([]);
  });
});
