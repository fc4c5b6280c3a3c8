/**
 * A claim of responsibility is news of its own, told in each language, and not the attack it
 * claims; a news agency that carries the claim is not the one who claims.
 */
import { describe, expect, it } from 'vitest';
import { article, day, kindsAndTitles, type MentionSpec } from './test-helpers.ts';
import { extractCandidates } from './stage.ts';

const IS: MentionSpec = ['Islamic State', 'actor', 'islamic-state'];

describe('a group claims an attack', () => {
  it.each<[string, string, string, MentionSpec[]]>([
    [
      'an English claim of responsibility',
      'en',
      'Friday the Islamic State claimed responsibility for the attack in a statement on Telegram.',
      [IS],
    ],
    [
      'an English claim posted by the group’s news agency',
      'en',
      'Friday the Islamic State claimed responsibility for the attack in a statement posted by its Amaq news agency.',
      [IS, ['Amaq', 'unknown']],
    ],
    [
      'an English group that claimed the attack',
      'en',
      'Friday the Islamic State claimed the attack within hours.',
      [IS],
    ],
    [
      'a Dutch group that "eiste de aanslag op"',
      'nl',
      'Vrijdag eiste IS de aanslag op.',
      [['IS', 'actor', 'islamic-state']],
    ],
    [
      'a German group that "reklamierte den Anschlag für sich"',
      'de',
      'Freitag reklamierte die Terrormiliz Islamischer Staat den Anschlag in der Nacht für sich.',
      [['Terrormiliz Islamischer Staat', 'actor', 'islamic-state']],
    ],
    [
      'a German group that "reklamierte die Anschläge für sich", in the plural',
      'de',
      'Dienstag reklamierte die Terrormiliz Islamischer Staat die Anschläge über ihr Sprachrohr Amaq für sich.',
      [['Terrormiliz Islamischer Staat', 'actor', 'islamic-state']],
    ],
    [
      'a German chronicle’s group that "reklamiert die Tat für sich", in the historical present',
      'de',
      'Dienstag: Der Islamische Staat reklamiert die Tat für sich.',
      [['Islamische Staat', 'actor', 'islamic-state']],
    ],
  ])('%s is titled "Islamic State claims responsibility"', (_name, lang, text, mentions) => {
    expect(kindsAndTitles(lang, text, '2024-03-22', mentions)[0]).toEqual({
      kind: 'claim',
      title: 'Islamic State claims responsibility',
    });
  });

  it('an English group that “has claimed the attacks”, in the plural, claims them', () => {
    const text =
      'Tuesday the organization Islamic State has claimed the attacks in a message spread by the agency Amaq.';
    expect(kindsAndTitles('en', text, '2016-03-23', [IS]).map((c) => c.kind)).toContain('claim');
  });

  it('a German party that claimed victory still wins an election, claiming no attack', () => {
    expect(
      kindsAndTitles('de', 'Sonntag reklamierte die Partei den Sieg für sich.', '2024-03-24').map(
        (c) => c.kind,
      ),
    ).not.toContain('claim');
  });
});

describe('a claim that is denied or undated', () => {
  it.each<[string, string, string]>([
    [
      'an English "no group has claimed responsibility"',
      'en',
      'Friday no group has claimed responsibility so far.',
    ],
    ['an English "nobody has claimed the attack"', 'en', 'Friday nobody has claimed the attack.'],
  ])('%s claims nothing', (_name, lang, text) => {
    expect(kindsAndTitles(lang, text, '2024-03-22').map((c) => c.kind)).not.toContain('claim');
  });

  it('an undated "claimed responsibility for the attack" is dated to the attack told before', () => {
    const friday = day('2024-03-22', 'on Friday night');
    const candidates = extractCandidates(
      article(
        'doc',
        'en',
        [
          { text: 'Gunmen attacked a concert hall near Moscow on Friday night.', times: [friday] },
          { text: 'The Islamic State group claimed responsibility for the attack.', mentions: [IS] },
        ],
        '2024-03-23',
      ),
    );
    const claim = candidates.find((c) => c.kind === 'claim');
    expect(claim?.when.value).toBe('2024-03-22');
  });
});
