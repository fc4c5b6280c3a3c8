/**
 * Those who live where a happening strikes are no count of what befell them: "about 16,000 people
 * lived in the critical zone … and evacuations had begun" evacuated no 16,000.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf } from './test-helpers.ts';

/** The title and counts of the sentence's report of `kind` (its first word dates it). */
function report(lang: string, text: string, kind: string): { title: string; counts: number[] } | undefined {
  const c = candidatesOf(lang, text, '2023-06-06').find((x) => x.kind === kind);
  return c && { title: c.title, counts: c.figures.map((f) => f.value) };
}

describe('a count of those who live somewhere', () => {
  it.each<[string, string, string, string, number[]]>([
    [
      'the English 16,000 who lived in the zone are no evacuated',
      'en',
      'Tuesday the governor said about 16,000 people lived in the critical zone and that evacuations had begun.',
      'evacuation',
      [],
    ],
    [
      'nor the Dutch 16.000 who "wonen" there',
      'nl',
      'Dinsdag begon de evacuatie van de kritieke zone, waar 16.000 mensen wonen.',
      'evacuation',
      [],
    ],
    [
      'nor the German 16.000 who "leben" there',
      'de',
      'Dienstag begann die Evakuierung der Gefahrenzone, in der 16.000 Menschen leben.',
      'evacuation',
      [],
    ],
    [
      'those evacuated who lived near the river are evacuated',
      'en',
      'Tuesday 1,894 people who live near the river were evacuated.',
      'evacuation',
      [1894],
    ],
    [
      'the injured beside those who "lost their lives" are injured',
      'en',
      'Tuesday dozens of police lost their lives and hundreds were injured in the riots.',
      'injury',
      [200],
    ],
    [
      'the German dead who "kamen ums Leben" are dead',
      'de',
      'Dienstag kamen mindestens drei Menschen ums Leben.',
      'death',
      [3],
    ],
  ])('%s', (_, lang, text, kind, counts) => {
    expect(report(lang, text, kind)?.counts).toEqual(counts);
  });
});
