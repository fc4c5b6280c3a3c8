/**
 * A name whose particle a machine translation turned into "of" or "of the" is still the listed
 * person, one mention, not a second name beside it.
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

describe('a name particle translated as "of" or "of the"', () => {
  it.each([
    [
      'Judge Alexander of Moraes had suspended the governor for 90 days.',
      ['Alexander of Moraes=alexandre-de-moraes'],
    ],
    ['Lula of the Silva had decreed on Sunday a federal intervention.', ['Lula of the Silva=lula']],
  ])('“%s” names one listed person', (sentence, expected) => {
    expect(mentions(sentence)).toEqual(expected);
  });

  it.each([
    ['Luigi Of May said that "the state will not accept alms".', ['Luigi Of May=luigi-di-maio']],
    [
      'In the first row sat the vice-premiers Luigi Of May and Matthew Salvini.',
      ['Luigi Of May=luigi-di-maio', 'Matthew Salvini=matteo-salvini'],
    ],
  ])(
    '“%s”: the family word translated with its particle is still the listed person',
    (sentence, expected) => {
      expect(mentions(sentence)).toEqual(expected);
    },
  );

  it.each([
    [
      'In the first row sat the President of the Republic Sergio Mattarella, the premier Giuseppe Count, the vice-premiers Luigi Of May and Matthew Salvini.',
      'Giuseppe Count=giuseppe-conte',
    ],
    [
      'The premier Giuseppe Count repeated that the government will go ahead with the revocation of the concession.',
      'Giuseppe Count=giuseppe-conte',
    ],
  ])(
    '“%s”: a family word translated as the English word it resembles is still the listed person',
    (sentence, expected) => {
      expect(mentions(sentence)).toContain(expected);
    },
  );

  it('a given name that fits before an unlike word stays a name of its own', () => {
    expect(mentions('Giuseppe Verdi wrote the opera.')).not.toContain('Giuseppe Verdi=giuseppe-conte');
  });

  it('a given name that fits before an unlike word after "of" stays a name of its own', () => {
    expect(mentions('Luigi Of Naples said the bridge must be rebuilt.')).not.toContain(
      'Luigi Of Naples=luigi-di-maio',
    );
  });

  it('a place after "of" stays a place of its own: “the President of Brazil”', () => {
    expect(mentions('Lula of Brazil met the governors.')).toContain('Brazil=brazil');
  });
});
