/** Election campaigning suspended after an attack on a candidate's speaker. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('election campaigning suspended', () => {
  it.each<[string, string, string]>([
    [
      'Reuters’ “Political parties suspended campaigning for the rest of the day”',
      'en',
      'Political parties suspended campaigning for the rest of the day, but Kishida said the election would go ahead as planned on Sunday.',
    ],
    [
      'a Dutch “schortten de verkiezingscampagne … op”',
      'nl',
      'De partijen schortten de verkiezingscampagne voor de rest van de dag op.',
    ],
    [
      'a German “setzten den Wahlkampf … aus”',
      'de',
      'Die Parteien setzten den Wahlkampf für den Rest des Tages aus.',
    ],
  ])('%s', (_name, lang, text) => {
    expect(kindsAndTitles(lang, text, '2022-07-08')).toContainEqual({
      kind: 'disruption',
      title: 'Election campaigning suspended',
    });
  });

  it('a Dutch army that “schortte de militaire campagne op” suspends no election campaign', () => {
    const titles = kindsAndTitles('nl', 'Het leger schortte de militaire campagne op.', '2022-07-08').map(
      (c) => c.title,
    );
    expect(titles).not.toContain('Election campaigning suspended');
  });
});
