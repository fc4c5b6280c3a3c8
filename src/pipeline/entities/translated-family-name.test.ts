/**
 * A machine translation puts a German family name into English: word by word ("Guido Stone
 * Mountain" for Guido Steinberg, "Ralf Hunter" for Ralf Jäger), or as the one word it means after the
 * holder's title ("The Berlin Interior Senator Andreas Hostage" for Andreas Geisel). The listed
 * person is named after given names that fit; other given names, or none that fit, name someone else.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { article } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

function mentions(sentence: string): string[] {
  const [only] = stage.annotate(article('en', [sentence])).sentences;
  return (only?.mentions ?? []).map((m) => `${m.text}=${m.id ?? ''}`);
}

function idsOf(sentence: string): (string | undefined)[] {
  return stage.annotate(article('en', [sentence])).sentences[0]?.mentions.map((m) => m.id) ?? [];
}

describe('a family name translated word by word', () => {
  it.each([
    [
      'The terrorism expert Guido Stone Mountain from the Foundation Science and Politics in Berlin said, the IS wants to show that it can still strike.',
      'Guido Stone Mountain=guido-steinberg',
    ],
    [
      'Under pressure is now especially the North Rhine-Westphalian Interior Minister Ralf Hunter (SPD).',
      'Ralf Hunter=ralf-jaeger',
    ],
  ])('“%s” names the listed person', (sentence, expected) => {
    expect(mentions(sentence)).toContain(expected);
  });

  it.each([
    [
      'The terrorism expert Peter Stone Mountain said the group wants to show it can still strike.',
      'guido-steinberg',
    ],
    ['The actor Ralf Hunter said the film was finished.', 'ralf-jaeger'],
  ])('“%s”: other given names, or none that fit, name someone else', (sentence, id) => {
    expect(mentions(sentence).filter((m) => m.endsWith(`=${id}`))).toEqual([]);
  });
});

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
