/**
 * A German family name made of ordinary words, which a machine translation put into English
 * ("Guido Stone Mountain" for Guido Steinberg, "Ralf Hunter" for Ralf Jäger), is still the listed
 * person after his given name; the English words alone, or after another given name, are not.
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
