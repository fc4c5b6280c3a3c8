/**
 * A government that announces it will send soldiers reports a deployment, not only a statement:
 * the announcement of 5,000 more soldiers for a disaster area is one event with the deployment.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const VALENCIA: MentionSpec = ['Valencia', 'place', 'valencia'];

describe('soldiers sent to a region', () => {
  it.each<[string, string, MentionSpec[], { kind: string; title: string }[]]>([
    [
      'en',
      'Saturday the government announced it would send a further 5,000 soldiers to Valencia.',
      [VALENCIA],
      [{ kind: 'troops', title: '5,000 more troops sent to Valencia' }],
    ],
    [
      'en',
      'Saturday the government said it will send 500 soldiers to Valencia.',
      [VALENCIA],
      [{ kind: 'troops', title: '500 troops sent to Valencia' }],
    ],
    [
      'nl',
      'Zaterdag kondigde de regering aan nog eens 5000 militairen naar Valencia te sturen.',
      [VALENCIA],
      [{ kind: 'troops', title: '5,000 more troops sent to Valencia' }],
    ],
    [
      'de',
      'Samstag kündigte die Regierung an, weitere 5000 Soldaten nach Valencia zu schicken.',
      [VALENCIA],
      [{ kind: 'troops', title: '5,000 more troops sent to Valencia' }],
    ],
    [
      'en',
      'Saturday the army said it would send aid to Valencia.',
      [VALENCIA],
      [{ kind: 'statement', title: 'Army makes a statement' }],
    ],
  ])('[%s] “%s”', (lang, text, mentions, expected) => {
    expect(kindsAndTitles(lang, text, '2024-11-02', mentions)).toEqual(expected);
  });
});

describe('police officers sent as reinforcements', () => {
  const NOUMEA: MentionSpec = ['Nouméa', 'place', 'noumea'];
  it.each<[string, string, string]>([
    ['en', '1,000 additional police officers were being sent to Nouméa.', 'Troops sent to Nouméa'],
    ['nl', 'Frankrijk stuurt duizend extra agenten naar Nouméa.', 'Troops sent to Noumea'],
    ['de', 'Frankreich schickt 1000 weitere Polizisten nach Nouméa.', 'Troops sent to Noumea'],
  ])('[%s] “%s” is titled “%s”', (lang, text, title) => {
    expect(kindsAndTitles(lang, text, '2024-05-15', [NOUMEA])).toEqual([{ kind: 'troops', title }]);
  });
});
