/**
 * A count set among a toll that the sentence names without its number ("Onder de doden zijn drie
 * kinderen") is a part of that toll: no candidate counts it as the dead.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOfSentence } from './test-helpers.ts';
import { tollSetAmong } from './among-toll.ts';

const counted = (lang: string, text: string) =>
  candidatesOfSentence(lang, { text }).flatMap((c) => c.figures.map((f) => `${f.value} ${f.counts}`));

describe('a count set among a toll', () => {
  it.each<[string, string]>([
    ['nl', 'Onder de doden zijn drie kinderen, meldt de Italiaanse regering.'],
    ['en', 'Among the dead were 12 children, the government said.'],
    ['de', 'Unter den Toten sind drei Kinder, teilte die Regierung mit.'],
    [
      'en',
      "According to the children's relief organisation Unicef, at least 45 children are among the victims.",
    ],
    ['nl', 'Volgens Unicef zijn minstens 45 kinderen onder de slachtoffers.'],
    ['de', 'Nach Angaben von Unicef sind mindestens 45 Kinder unter den Opfern.'],
  ])('[%s] “%s” counts no dead of its own', (lang, text) => {
    expect(counted(lang, text)).toEqual([]);
  });

  it.each<[string, string, string]>([
    ['en', 'At least 22 people were killed, officials said.', '22 people killed'],
    ['nl', 'Bij de ramp kwamen 39 mensen om het leven, onder wie drie kinderen.', '39 people killed'],
  ])('[%s] “%s” still counts its toll', (lang, text, count) => {
    expect(counted(lang, text)).toContain(count);
  });

  it('reaches back only over the toll and its verb', () => {
    const text = 'Among the dead are three children';
    expect(tollSetAmong(text, text.indexOf('three'))).toBe(true);
    expect(tollSetAmong('Among the dead, the police found three children', 44)).toBe(false);
  });
});
