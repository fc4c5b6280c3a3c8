import { describe, expect, it } from 'vitest';
import { FuzzyIndex } from './fuzzy.ts';

const index = new FuzzyIndex();
index.add('Tokayev', { type: 'actor', id: 'tokayev', form: 'alias' });
index.add('Massimov', { type: 'actor', id: 'massimov', form: 'alias' });
index.add('Almaty', { type: 'place', id: 'almaty', form: 'exact' });
index.add('Aktau', { type: 'place', id: 'aktau', form: 'exact' });

describe('FuzzyIndex.lookup', () => {
  it.each([
    ['Dokayev', 'tokayev', 0],
    ['Tokajew', 'tokayev', 0],
    ['Massimo', 'massimov', 1],
    ['Almati', 'almaty', 0],
  ])('finds %s close to %s (distance %i)', (word, id, distance) => {
    expect(index.lookup(word)[0]).toMatchObject({ target: { id }, distance });
  });

  it.each(['Djokovic', 'Moscow', 'Tok', 'Akta'])('finds nothing close to %s', (word) => {
    expect(index.lookup(word)).toEqual([]);
  });
});
