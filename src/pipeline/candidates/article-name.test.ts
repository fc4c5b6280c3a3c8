/**
 * "Dat zei hij": the pronoun is a person named just before, never a thing named by a name after an
 * article ("de Notre-Dame", "die Ever Given", "the Ever Given").
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from './stage.ts';
import { article, day, type MentionSpec } from './test-helpers.ts';

function statementTitles(lang: string, first: string, mentions: MentionSpec[], second: string, when: string) {
  const doc = article('doc', lang, [
    { text: first, mentions, paragraph: 'p1' },
    { text: second, times: [day('2019-04-16', when)], paragraph: 'p1' },
  ]);
  return extractCandidates(doc)
    .filter((c) => c.sentence.text === second && c.kind === 'statement')
    .map((c) => c.title);
}

describe('a pronoun borrows no name written after an article', () => {
  it.each<[string, string, MentionSpec[], string, string, string[]]>([
    [
      'nl',
      'President Macron wil dat de Notre-Dame binnen vijf jaar is herbouwd.',
      [['Notre-Dame', 'unknown', 'name:notre-dame']],
      'Dat zei hij vanavond in een toespraak tot de natie.',
      'vanavond',
      [],
    ],
    [
      'de',
      'Der Präsident will, dass die Notre-Dame in fünf Jahren wieder steht.',
      [['Notre-Dame', 'unknown', 'name:notre-dame']],
      'Das sagte er am Dienstagabend in einer Ansprache an die Nation.',
      'am Dienstagabend',
      [],
    ],
    [
      'nl',
      'President Emmanuel Macron wil dat de Notre-Dame binnen vijf jaar is herbouwd.',
      [
        ['Emmanuel Macron', 'unknown', 'name:emmanuel-macron'],
        ['Notre-Dame', 'unknown', 'name:notre-dame'],
      ],
      'Dat zei hij vanavond in een toespraak tot de natie.',
      'vanavond',
      ['Emmanuel Macron makes a statement'],
    ],
  ])('[%s] “%s” then “%s”', (lang, first, mentions, second, when, titles) => {
    expect(statementTitles(lang, first, mentions, second, when)).toEqual(titles);
  });
});
