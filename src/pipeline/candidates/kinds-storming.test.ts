/**
 * Storming a police building, a parliament building or a palace is a riot, not a storm: the weather
 * noun and the verb are told apart by what is stormed.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const ALMATY: MentionSpec = ['Almaty', 'place', 'almaty'];
const KATHMANDU: MentionSpec = ['Kathmandu', 'place', 'kathmandu'];

describe('storming a building is a riot, not weather', () => {
  it.each<[string, string, MentionSpec[], string[]]>([
    ['en', 'Thursday attackers in Almaty tried to storm police buildings overnight.', [ALMATY], ['riot']],
    ['nl', 'Donderdag bestormden betogers in Almaty een politiebureau.', [ALMATY], ['riot']],
    [
      'en',
      'Thursday thousands of young people tried to storm the parliament building in Kathmandu.',
      [KATHMANDU],
      ['riot'],
    ],
    ['en', 'Thursday protesters tried to storm the presidential palace in Kathmandu.', [KATHMANDU], ['riot']],
    ['en', 'Thursday a storm hit Almaty, toppling trees.', [ALMATY], ['disaster']],
  ])('%s: “%s” is %j', (lang, text, mentions, kinds) => {
    expect(kindsAndTitles(lang, text, '2022-01-06', mentions).map((c) => c.kind)).toEqual(kinds);
  });
});

describe('storming a seat of government is titled a storming of government buildings', () => {
  it.each<[string, string, MentionSpec[], string]>([
    [
      'en',
      "Thursday protesters stormed the mayor's office in Almaty and set part of the building on fire.",
      [ALMATY],
      'Protesters storm government buildings in Almaty',
    ],
    [
      'de',
      'Am Donnerstag wurde die Stadtverwaltung in Almaty von Demonstranten gestürmt.',
      [ALMATY],
      'Protesters storm government buildings in Almaty',
    ],
    [
      'nl',
      'Donderdag bestormden betogers het stadhuis in Almaty.',
      [ALMATY],
      'Protesters storm government buildings in Almaty',
    ],
    ['nl', 'Donderdag braken er rellen uit in Almaty.', [ALMATY], 'Riots in Almaty'],
    [
      'en',
      'Thursday thousands of young people tried to storm the parliament building in Kathmandu.',
      [KATHMANDU],
      'Protesters try to storm government buildings in Kathmandu',
    ],
  ])('%s: “%s” is titled %j', (lang, text, mentions, title) => {
    expect(kindsAndTitles(lang, text, '2022-01-06', mentions).find((c) => c.kind === 'riot')?.title).toBe(
      title,
    );
  });
});

describe('protesters who only tried to storm a parliament are titled as trying, in every language', () => {
  it.each<[string, string]>([
    ['en', 'Thursday protesters tried to storm the parliament in Kathmandu.'],
    ['nl', 'Donderdag probeerden demonstranten het parlement in Kathmandu te bestormen.'],
    ['nl', 'Betogers hebben donderdag geprobeerd het parlement in Kathmandu te bestormen.'],
    ['de', 'Am Donnerstag versuchten Demonstranten, das Parlament in Kathmandu zu stürmen.'],
    ['de', 'Demonstranten versuchten am Donnerstag, das Parlament in Kathmandu zu erstürmen.'],
  ])('%s: “%s”', (lang, text) => {
    const titles = kindsAndTitles(lang, text, '2022-01-06', [KATHMANDU]).map((c) => c.title);
    expect(titles).toContain('Protesters try to storm government buildings in Kathmandu');
    expect(titles).not.toContain('Protesters storm government buildings in Kathmandu');
  });
});

describe('an infinitive of storming no verb of trying governs reports no storming', () => {
  it.each<[string, string]>([
    ['nl', 'Donderdag dreigden demonstranten het parlement in Kathmandu te bestormen.'],
    ['de', 'Am Donnerstag drohten Demonstranten, das Parlament in Kathmandu zu stürmen.'],
  ])('%s: “%s”', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2022-01-06', [KATHMANDU]).map((c) => c.kind)).not.toContain('riot');
  });
});

describe('a seizure of power only tried is titled as an attempt', () => {
  it.each<[string, string]>([
    ['en', 'Monday Tokayev said armed fighters had tried to seize power.'],
    ['en', 'Armed fighters had tried to seize power in Almaty, Tokayev said on Monday.'],
  ])('%s: “%s”', (lang, text) => {
    const titles = kindsAndTitles(lang, text, '2022-01-10').map((c) => c.title);
    expect(titles).toContain('Attempt to seize power');
    expect(titles).not.toContain('Power seized');
  });
});
