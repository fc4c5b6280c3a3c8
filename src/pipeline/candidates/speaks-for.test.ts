/**
 * Who speaks for a person ("President Ruto's office", "een woordvoerder van Ruto", "ein Sprecher
 * von Ruto") makes that person's statement; someone else of theirs (a lawyer) does not.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf, type MentionSpec } from './test-helpers.ts';

const RUTO: MentionSpec = ['Ruto', 'unknown', 'name:ruto'];
const ODINGA: MentionSpec = ['Odinga', 'unknown', 'name:odinga'];
/** The genitive of a name (the entity stage gives it the person's id). */
const RUTOS: MentionSpec = ['Rutos', 'unknown', 'name:ruto'];

function statementTitles(lang: string, text: string, mentions: MentionSpec[]): string[] {
  return candidatesOf(lang, text, '2024-06-29', mentions)
    .filter((c) => c.kind === 'statement')
    .map((c) => c.title);
}

describe('an office or spokesperson speaks for its person', () => {
  it.each([
    [
      'en',
      "Saturday President Ruto's office said the situation had stabilised.",
      RUTO,
      'Ruto says the situation has stabilised',
    ],
    ['en', 'Saturday Ruto’s press office said the troops would stay.', RUTO, 'Ruto makes a statement'],
    ['nl', 'Zaterdag zei een woordvoerder van Ruto dat de troepen blijven.', RUTO, 'Ruto makes a statement'],
    ['de', 'Samstag sagte ein Sprecher von Ruto, die Truppen blieben.', RUTO, 'Ruto makes a statement'],
    ['de', 'Samstag sagte ein Sprecher Rutos, die Truppen blieben.', RUTOS, 'Ruto makes a statement'],
    ['en', "Saturday Odinga's lawyer said the charges would be dropped.", ODINGA, 'Statement issued'],
  ])('[%s] “%s” names %j: %s', (lang, text, person, title) => {
    expect(statementTitles(lang, text, [person])).toEqual([title]);
  });
});
