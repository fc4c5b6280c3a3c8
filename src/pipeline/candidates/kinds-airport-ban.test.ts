/**
 * An airport closed to flights, a social media app or gatherings banned, and foreign nationals
 * flown out: the unrest in New Caledonia, May 2024, in English, Dutch and German.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const NC: MentionSpec = ['New Caledonia', 'place', 'new-caledonia'];
const NC_NL: MentionSpec = ['Nieuw-Caledonië', 'place', 'new-caledonia'];
const PARIJS: MentionSpec = ['Parijs', 'place', 'paris'];
const TIKTOK: MentionSpec = ['TikTok', 'unknown', 'name:tiktok'];

describe('a report of the unrest gets its kind and title', () => {
  it.each<[string, string, MentionSpec[], string, string]>([
    [
      'en',
      'Tuesday La Tontouta international airport was closed to commercial flights, leaving about 3,200 travellers stranded.',
      [],
      'disruption',
      'Airport closed',
    ],
    [
      'nl',
      'Dinsdag ging de internationale luchthaven La Tontouta dicht voor commerciële vluchten.',
      [],
      'disruption',
      'Airport closed',
    ],
    [
      'de',
      'Dienstag wurde der internationale Flughafen La Tontouta für Linienflüge gesperrt.',
      [],
      'disruption',
      'Airport closed',
    ],
    [
      'de',
      'Mittwoch sperrte die Regierung die Videoplattform TikTok.',
      [TIKTOK],
      'ban',
      'Social media app banned',
    ],
    [
      'nl',
      'Woensdag heeft Parijs de sociale-mediadienst TikTok in Nieuw-Caledonië verboden.',
      [PARIJS, TIKTOK, NC_NL],
      'ban',
      'Social media app banned in New Caledonia',
    ],
    [
      'en',
      'Tuesday Australia and New Zealand began flying their stranded citizens out of the territory.',
      [
        ['Australia', 'place', 'australia'],
        ['New Zealand', 'place', 'new-zealand'],
      ],
      'evacuation',
      'Foreign nationals evacuated',
    ],
  ])('[%s] “%s” is %s: “%s”', (lang, text, mentions, kind, title) => {
    const found = kindsAndTitles(lang, text, '2024-05-14', mentions);
    expect(found).toContainEqual({ kind, title });
  });

  it('keeps a ban on gatherings apart from a social media app in its title', () => {
    const found = kindsAndTitles(
      'en',
      'Tuesday all public gatherings were banned in New Caledonia.',
      '2024-05-14',
      [NC],
    );
    expect(found).toEqual([{ kind: 'ban', title: 'Gatherings banned in New Caledonia' }]);
  });

  it('reports the ban a sentence names beside troops deployed', () => {
    const found = kindsAndTitles(
      'en',
      "Wednesday Attal said the government had also banned TikTok in New Caledonia, and that troops had been deployed to secure the territory's ports and airport.",
      '2024-05-15',
      [['Attal', 'actor', 'gabriel-attal'], TIKTOK, NC],
    );
    expect(found.map((c) => c.kind).sort()).toEqual(['ban', 'troops']);
    expect(found.find((c) => c.kind === 'ban')?.title).toBe('Social media app banned in New Caledonia');
  });
});
