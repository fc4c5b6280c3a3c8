/**
 * A law passed by parliament, a law withdrawn and a refusal to sign one, in English, Dutch and
 * German news (Kenya's finance bill, June 2024), and a cabinet dismissed by its leader.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const RUTO: MentionSpec = ['Ruto', 'actor', 'william-ruto'];

describe('laws passed, withdrawn and refused', () => {
  it.each([
    [
      'en',
      'Tuesday lawmakers voted 195 to 106 to approve the finance bill.',
      'law-passed',
      'Parliament passes the law',
    ],
    [
      'en',
      'Tuesday parliament passed the controversial finance bill.',
      'law-passed',
      'Parliament passes the law',
    ],
    [
      'nl',
      'Dinsdag had het parlement ingestemd met een omstreden belastingwet.',
      'law-passed',
      'Parliament passes the law',
    ],
    [
      'de',
      'Dienstag verabschiedete das Parlament das umstrittene Finanzgesetz.',
      'law-passed',
      'Parliament passes the law',
    ],
    [
      'nl',
      'Woensdag heeft Ruto de omstreden belastingwet ingetrokken.',
      'law-withdrawn',
      'Ruto withdraws the law',
    ],
    [
      'de',
      'Mittwoch zog Ruto das umstrittene Finanzgesetz zurück.',
      'law-withdrawn',
      'Ruto withdraws the law',
    ],
    ['en', 'Wednesday Ruto withdrew the finance bill.', 'law-withdrawn', 'Ruto withdraws the law'],
    ['en', 'Wednesday Ruto said he will not sign the finance bill.', 'veto', 'Ruto refuses to sign the law'],
  ])('[%s] “%s” reports %s: %s', (lang, text, kind, title) => {
    const mentions = text.includes('Ruto') ? [RUTO] : [];
    const found = kindsAndTitles(lang, text, '2024-06-26', mentions).find((c) => c.kind === kind);
    expect(found?.title).toMatch(new RegExp(`${title}$`));
  });

  it.each([
    ['en', 'Wednesday the clouds passed over Nairobi.'],
    ['en', 'Wednesday Ruto withdrew from the talks.'],
    ['nl', 'Woensdag werd het voorstel tot een staking aangenomen door de vakbond.'],
  ])('[%s] “%s” passes or withdraws no law', (lang, text) => {
    const mentions = text.includes('Ruto') ? [RUTO] : [];
    const kinds = kindsAndTitles(lang, text, '2024-06-26', mentions).map((c) => c.kind);
    expect(kinds).not.toContain('law-passed');
    expect(kinds).not.toContain('law-withdrawn');
  });
});

describe('a cabinet dismissed', () => {
  it.each([
    ['de', 'Donnerstag hat Kenias Präsident Ruto fast sein gesamtes Kabinett entlassen.'],
    ['en', 'Thursday Ruto dismissed almost his entire cabinet.'],
    ['nl', 'Donderdag heeft Ruto bijna zijn hele kabinet ontslagen.'],
  ])('[%s] “%s”: the leader dismisses the cabinet, he is not dismissed', (lang, text) => {
    const [dismissal] = kindsAndTitles(lang, text, '2024-07-12', [RUTO]);
    expect(dismissal?.kind).toBe('dismissal');
    expect(dismissal?.title).toMatch(/Ruto dismisses the cabinet$/);
  });
});

describe('a government dismissed', () => {
  const TOKAYEV: MentionSpec = ['Tokajev', 'actor', 'tokayev'];
  it.each<[string, string, MentionSpec[], string]>([
    [
      'en',
      'Wednesday Tokayev dismissed the government of Prime Minister Askar Mamin.',
      [['Tokayev', 'actor', 'tokayev']],
      'Tokayev dismisses the government',
    ],
    [
      'nl',
      'Woensdag ontsloeg Tokajev ook de regering van premier Mamin.',
      [TOKAYEV],
      'Tokayev dismisses the government',
    ],
    [
      'de',
      'Mittwoch entließ Tokajew zudem die Regierung.',
      [['Tokajew', 'actor', 'tokayev']],
      'Tokayev dismisses the government',
    ],
  ])('[%s] “%s”: the leader dismisses the government', (lang, text, mentions, title) => {
    const dismissal = kindsAndTitles(lang, text, '2022-01-05', mentions).find((c) => c.kind === 'dismissal');
    expect(dismissal?.title).toMatch(new RegExp(`${title}$`));
  });
});
