/**
 * Protesters who "clashed with police" riot, in a sentence that may tell a strike as well, while a
 * politician who clashed with a rival does not; a person shot dead is killed, not just dead; a
 * driver who refused to stop at a traffic check made no statement: the
 * lexicon in data/event-lexicon.json read through the candidate stage.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const NAHEL: MentionSpec = ['Nahel M.', 'actor', 'nahel-merzouk'];
const LE_PEN: MentionSpec = ['Marine Le Pen', 'unknown', 'name:marine-le-pen'];

describe('clashes with the police are riots', () => {
  it.each<[string, string, string[]]>([
    [
      'en',
      "Greek rail workers walked off the job Thursday and protesters clashed with police in Athens for a second night, as anger mounted over the country's deadliest rail disaster, which killed at least 46 people.",
      ['Strike', 'Riots'],
    ],
    ['en', 'Demonstrators clashed with riot police outside parliament on Thursday.', ['Riots']],
    ['nl', 'Donderdag raakten betogers voor het parlement slaags met de politie.', ['Riots']],
    ['nl', 'Donderdag botsten demonstranten in Athene met de politie.', ['Riots']],
    ['de', 'Am Donnerstag lieferten sich Demonstranten Straßenschlachten mit der Polizei.', ['Riots']],
  ])('[%s] “%s” tells %j', (lang, text, titles) => {
    const found = kindsAndTitles(lang, text, '2023-03-03').map((c) => c.title);
    expect(found).toEqual(expect.arrayContaining(titles));
  });

  it('a politician who clashed with a rival over pensions did not riot', () => {
    const found = kindsAndTitles(
      'en',
      'On Wednesday Macron clashed with Marine Le Pen over pensions.',
      '2023-03-03',
      [LE_PEN],
    );
    expect(found.map((c) => c.kind)).not.toContain('riot');
  });
});

describe('a listed person shot dead is titled as killed', () => {
  it.each<[string, string]>([
    [
      'en',
      'The teenager, identified by prosecutors as Nahel M., was shot in the chest on Tuesday morning and died at the scene.',
    ],
    ['nl', 'Nahel M. werd dinsdag door een agent doodgeschoten en overleed ter plaatse.'],
    ['de', 'Nahel M. wurde am Dienstag von einem Polizisten erschossen und starb noch am Tatort.'],
  ])('[%s] “%s”', (lang, text) => {
    const deaths = kindsAndTitles(lang, text, '2023-06-28', [NAHEL]).filter((c) => c.kind === 'death');
    expect(deaths).toHaveLength(1);
    expect(deaths[0]?.title).toMatch(/^Nahel (?:M\.|Merzouk) killed$/);
  });
});

describe('a driver who refused to stop at a traffic check', () => {
  it('made no statement', () => {
    const found = kindsAndTitles(
      'en',
      'Youths set cars ablaze in Nanterre overnight after a police officer shot dead a 17-year-old driver who had refused to stop at a traffic check on Tuesday.',
      '2023-06-28',
    );
    expect(found.map((c) => c.kind)).not.toContain('statement');
  });
});
