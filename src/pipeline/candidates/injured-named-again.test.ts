/** "The injured", "de gewonden", "die Verletzten" without a count are those counted before: no injury of their own. */
import { describe, expect, it } from 'vitest';
import { candidatesOfSentence, day } from './test-helpers.ts';

function kindsOf(lang: string, text: string): string[] {
  return candidatesOfSentence(lang, { text, times: [day('2025-03-28', text.split(' ')[0])] }).map(
    (c) => c.kind,
  );
}

describe('the injured named again', () => {
  it.each<[string, string]>([
    ['en', 'Roads buckled in the capital Naypyitaw, where a hospital treated the injured in the open air.'],
    ['nl', 'Vrijdag werden in Naypyidaw de gewonden in de open lucht behandeld.'],
    ['de', 'Freitag wurden in Naypyidaw die Verletzten unter freiem Himmel behandelt.'],
  ])('[%s] “%s” reports no injury', (lang, text) => {
    expect(kindsOf(lang, text)).not.toContain('injury');
  });

  it.each<[string, string, string]>([
    ['en', 'Friday the blast injured 12 people in the city.', 'injury'],
    ['de', 'Freitag stieg die Zahl der Toten auf 2719.', 'death'],
    ['nl', 'Vrijdag raakten 732 mensen gewond.', 'injury'],
    ['en', 'Friday the injured man was flown to Reykjavík.', 'injury'],
  ])('[%s] “%s” still reports a %s', (lang, text, kind) => {
    expect(kindsOf(lang, text)).toContain(kind);
  });
});
