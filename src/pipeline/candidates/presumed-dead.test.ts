/**
 * People missing and presumed dead are reported missing: no deaths, as the unseen Baltimore report
 * tells the road crew. Presumed dead on their own ("The six are presumed dead") are the toll.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

const kinds = (lang: string, text: string) => kindsAndTitles(lang, text, '2024-03-26').map((k) => k.kind);

describe('missing and presumed dead', () => {
  it.each<[string, string, string[]]>([
    [
      'en',
      'Six members of a road crew who were filling potholes on the bridge are missing and presumed dead, officials said late on Tuesday.',
      ['missing'],
    ],
    ['en', 'Late on Tuesday six workers were still missing, presumed dead.', ['missing']],
    [
      'nl',
      'Zes wegwerkers worden vermist en zijn vermoedelijk omgekomen, zeiden functionarissen dinsdagavond.',
      ['missing'],
    ],
    [
      'de',
      'Sechs Bauarbeiter werden vermisst und sind vermutlich ums Leben gekommen, teilten die Behörden mit.',
      ['missing'],
    ],
    ['de', 'Sechs Bauarbeiter werden vermisst, sie kamen vermutlich ums Leben.', ['missing']],
    ['en', 'The six are presumed dead, officials said.', ['death']],
    ['en', 'Six people were killed and two are missing.', ['death', 'missing']],
  ])('[%s] “%s” reports %j', (lang, text, expected) => {
    expect(kinds(lang, text).sort()).toEqual(expected);
  });
});
