/**
 * Phrasings of wire timelines and breaking news the lexicon reads: who is removed from a post, who
 * is authorised to shoot, a crowd storming a building, a storm surge, a party claiming victory, a
 * German compound attack, and aid deliveries suspended (no ban).
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const TOKAYEV: MentionSpec = ['Tokayev', 'actor', 'tokayev'];
const NAZARBAYEV: MentionSpec = ['Nursultan Nazarbayev', 'actor', 'nazarbayev'];

describe('kinds and titles of timeline and breaking-news phrasings', () => {
  it.each<[string, string, { kind: string; title: string }, MentionSpec[]]>([
    [
      'en',
      'On Wednesday Tokayev removes Nursultan Nazarbayev as head of the Security Council.',
      { kind: 'dismissal', title: 'Nursultan Nazarbayev dismissed' },
      [TOKAYEV, NAZARBAYEV],
    ],
    [
      'en',
      'On Friday Tokayev authorises security forces to shoot to kill without warning.',
      { kind: 'order', title: 'Tokayev orders security forces to open fire' },
      [TOKAYEV],
    ],
    [
      'de',
      'Eine schwere Sturmflut hat am Freitag an der Ostseeküste große Schäden angerichtet.',
      { kind: 'disaster', title: 'Disaster' },
      [],
    ],
    [
      'de',
      'Am Freitagabend verübten Unbekannte einen Terroranschlag auf eine Konzerthalle.',
      { kind: 'attack', title: 'Attack' },
      [],
    ],
    [
      'en',
      'On Saturday the ruling party claimed victory in the parliamentary election.',
      { kind: 'election-result', title: 'Election result' },
      [],
    ],
  ])('[%s] “%s” is %o', (lang, text, expected, mentions) => {
    expect(kindsAndTitles(lang, text, '2022-01-08', mentions)[0]).toEqual(expected);
  });

  it('reads protesters storming a building as no weather storm', () => {
    const kinds = kindsAndTitles(
      'en',
      'On Wednesday protesters storm the mayor’s office.',
      '2022-01-08',
      [],
    ).map((k) => k.kind);
    expect(kinds).not.toContain('disaster');
  });

  it('reads aid deliveries suspended as no ban', () => {
    const kinds = kindsAndTitles(
      'en',
      'On Tuesday the UN said aid deliveries through the crossing had been suspended.',
      '2022-01-08',
      [['UN', 'actor', 'united-nations']],
    ).map((k) => k.kind);
    expect(kinds).not.toContain('ban');
  });
});
