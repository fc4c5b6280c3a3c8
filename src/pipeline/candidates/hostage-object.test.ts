/**
 * Who was taken hostage: the noun of the hostage phrase. Where that noun names nobody ("Kunden",
 * "customers", "klanten"), the person the sentence names took them and is not the one kidnapped.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const kidnapping = (lang: string, text: string, mentions: MentionSpec[]) =>
  kindsAndTitles(lang, text, '2015-01-09', mentions).find((c) => c.kind === 'kidnapping')?.title;

describe('the hostage-taker is not the one kidnapped', () => {
  it.each<[string, string, MentionSpec[], string]>([
    [
      'de',
      'Dort hatte Amedy Coulibaly gegen 13 Uhr den jüdischen Supermarkt Hyper Cacher überfallen und Kunden als Geiseln genommen.',
      [['Amedy Coulibaly', 'unknown']],
      'Kidnapping',
    ],
    [
      'en',
      'Amedy Coulibaly took customers hostage at a kosher supermarket.',
      [['Amedy Coulibaly', 'unknown']],
      'Kidnapping',
    ],
    [
      'nl',
      'Amedy Coulibaly heeft klanten in gijzeling genomen.',
      [['Amedy Coulibaly', 'unknown']],
      'Kidnapping',
    ],
    ['de', 'Am Montag hat ein Mann vier Menschen als Geiseln genommen.', [], '4 people taken hostage'],
  ])('[%s] “%s” is titled “%s”', (lang, text, mentions, title) => {
    expect(kidnapping(lang, text, mentions)).toBe(title);
  });

  it.each<[string, string, MentionSpec[], string]>([
    [
      'de',
      'Peter Jansen wurde als Geisel genommen.',
      [['Peter Jansen', 'unknown']],
      'Peter Jansen kidnapped',
    ],
    [
      'en',
      'Amedy Coulibaly took Peter Jansen hostage.',
      [
        ['Amedy Coulibaly', 'unknown'],
        ['Peter Jansen', 'unknown'],
      ],
      'Peter Jansen kidnapped',
    ],
    [
      'en',
      'Tuesday Peter Jansen was abducted outside his home.',
      [['Peter Jansen', 'unknown']],
      'Peter Jansen kidnapped',
    ],
  ])('[%s] “%s”: the one named taken is kidnapped, “%s”', (lang, text, mentions, title) => {
    expect(kidnapping(lang, text, mentions)).toBe(title);
  });
});
