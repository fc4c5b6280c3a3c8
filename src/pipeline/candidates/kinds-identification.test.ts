/**
 * Who the police name, and who a bullet hit (the shooting at Trump's rally in Butler, July 2024),
 * in English, Dutch and German: the person named after "as" is the one identified, never the one
 * who names him; a man hit by a bullet is injured, one shot who died of it is not; a president who
 * "spoke to" another held talks.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const crooks: MentionSpec = ['Thomas Matthew Crooks', 'unknown', 'name:thomas-matthew-crooks'];
const shapiro: MentionSpec = ['Josh Shapiro', 'actor', 'shapiro'];
const comperatore: MentionSpec = ['Corey Comperatore', 'unknown', 'name:corey-comperatore'];
const trump: MentionSpec = ['Donald Trump', 'actor', 'trump'];

describe('a person identified', () => {
  it.each<[string, string, MentionSpec[], string]>([
    [
      'en',
      'The FBI on Sunday identified the shooter as Thomas Matthew Crooks, a 20-year-old man from Bethel Park.',
      [crooks],
      'Thomas Matthew Crooks identified',
    ],
    [
      'en',
      'Pennsylvania Governor Josh Shapiro on Sunday identified the dead spectator as Corey Comperatore, 50, a former volunteer fire chief who died shielding his family.',
      [shapiro, comperatore],
      'Corey Comperatore identified',
    ],
    [
      'nl',
      'De FBI heeft de schutter vannacht geïdentificeerd als de 20-jarige Thomas Matthew Crooks uit Bethel Park.',
      [crooks],
      'Thomas Matthew Crooks identified',
    ],
    [
      'de',
      'Gouverneur Josh Shapiro identifizierte den getöteten Besucher am Sonntag als Corey Comperatore.',
      [shapiro, comperatore],
      'Corey Comperatore identified',
    ],
  ])('[%s] “%s”', (lang, text, mentions, title) => {
    const got = kindsAndTitles(lang, text, '2024-07-14', mentions);
    expect(got.map((c) => c.title)[0]).toBe(title);
  });
});

describe('a person hit by a bullet', () => {
  it.each<[string, string]>([
    ['en', 'Donald Trump was shot in the ear at an election rally in Pennsylvania on Saturday.'],
    ['nl', 'Donald Trump is gisteravond bij een verkiezingsbijeenkomst in zijn oor geraakt door een kogel.'],
    ['de', 'Am Samstag wurde Donald Trump bei einer Kundgebung von einer Kugel am Ohr getroffen.'],
  ])('[%s] “%s” is Trump injured', (lang, text) => {
    const got = kindsAndTitles(lang, text, '2024-07-14', [trump]);
    expect(got.find((c) => c.kind === 'injury')?.title).toMatch(/Trump injured$/);
  });
});

describe('a person shot who died of it', () => {
  it.each<[string, MentionSpec[]]>([
    [
      'The teenager, identified by prosecutors as Nahel M., was shot in the chest at close range on Tuesday morning and died at the scene.',
      [['Nahel M.', 'unknown', 'name:nahel-m']],
    ],
  ])('“%s” is a death, no injury', (text, mentions) => {
    const kinds = kindsAndTitles('en', text, '2023-06-28', mentions).map((c) => c.kind);
    expect(kinds).toContain('death');
    expect(kinds).not.toContain('injury');
  });
});

describe('a president who spoke to another', () => {
  const biden: MentionSpec = ['Joe Biden', 'actor', 'biden'];
  it.each<[string, string]>([
    ['en', 'President Joe Biden spoke to Donald Trump on Saturday night and condemned the attack.'],
    ['nl', 'President Joe Biden sprak zaterdagavond met Donald Trump.'],
    ['de', 'Präsident Joe Biden sprach am Samstagabend mit Donald Trump.'],
  ])('[%s] “%s” held talks with him', (lang, text) => {
    const got = kindsAndTitles(lang, text, '2024-07-14', [biden, trump]);
    expect(got[0]?.kind).toBe('talks');
  });

  it('“spoke to reporters” holds no talks', () => {
    const got = kindsAndTitles('en', 'Joe Biden spoke to reporters on Saturday.', '2024-07-14', [biden]);
    expect(got.map((c) => c.kind)).not.toContain('talks');
  });
});
