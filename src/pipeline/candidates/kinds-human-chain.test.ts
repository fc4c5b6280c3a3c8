/**
 * A human chain is a protest of its own kind: the women's chains of one day are not the march of
 * another, and a chain in one city is not a chain in another.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const MINSK: MentionSpec = ['Minsk', 'place', 'minsk'];

describe('human chains', () => {
  it.each<[string, string, string, string, MentionSpec[]]>([
    [
      'Dutch "menselijke ketens gevormd" is a human chain in the city named',
      'nl',
      'In de Wit-Russische hoofdstad Minsk hebben woensdag honderden vrouwen in het wit menselijke ketens gevormd.',
      'Human chain in Minsk',
      [MINSK],
    ],
    [
      'German "bilden Menschenketten" is a human chain',
      'de',
      'Seit Mittwoch bilden Frauen in Weiß in vielen Städten Menschenketten.',
      'Human chain',
      [],
    ],
    [
      'English "formed a human chain" is a human chain',
      'en',
      'Wednesday hundreds of women dressed in white formed a human chain in Minsk.',
      'Human chain in Minsk',
      [MINSK],
    ],
  ])('%s', (_name, lang, text, title, mentions) => {
    expect(kindsAndTitles(lang, text, '2020-08-12', mentions)).toContainEqual({ kind: 'human-chain', title });
  });
});

describe('apologies', () => {
  it('a German "hatte sich … bei Unbeteiligten entschuldigt" is an apology', () => {
    const text =
      'Am Donnerstag hatte sich Innenminister Juri Karajew bei Unbeteiligten entschuldigt, die bei den Einsätzen verletzt worden waren.';
    const titles = kindsAndTitles('de', text, '2020-08-13', [['Juri Karajew', 'actor', 'karayev']]);
    expect(titles).toEqual([{ kind: 'statement', title: 'Karayev apologises' }]);
  });
});
