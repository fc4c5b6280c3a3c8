/**
 * A machine translation turns a German family name into the English word it means: "Andreas
 * Hostage" for Andreas Geisel. After the holder's title and given name, the ordinary word is the
 * holder; other given names, or a name that is no word of the language, stay someone of their own.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { article } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

function idsOf(sentence: string): (string | undefined)[] {
  return stage.annotate(article('en', [sentence])).sentences[0]?.mentions.map((m) => m.id) ?? [];
}

describe("a title holder's family name translated into the word it means", () => {
  it.each<[string, string]>([
    [
      'The Berlin Interior Senator Andreas Hostage (SPD) said, the city can breathe again, but the investigations are not at the end.',
      'andreas-geisel',
    ],
    // No word but a near spelling: the family name garbled, which the holder's given name backs.
    [
      'At a press conference in Rome on Friday morning the Italian Interior Minister Marco Minnelli said "without any doubt" the dead man was Anis Amri.',
      'marco-minniti',
    ],
  ])('“%s” names %s', (sentence, id) => {
    expect(idsOf(sentence)).toContain(id);
  });

  it.each<[string, string]>([
    // Another given name after the title is another person, whatever word follows.
    ['The Berlin Interior Senator Frank Hostage said the city can breathe again.', 'andreas-geisel'],
    // The holder's given name before a name that is no word: a successor of his own.
    ['The Berlin Interior Senator Andreas Schmidtke said the city can breathe again.', 'andreas-geisel'],
  ])('“%s” does not name %s', (sentence, id) => {
    expect(idsOf(sentence)).not.toContain(id);
  });
});
