/**
 * "Luigi Of May", a machine translation's garble of Luigi Di Maio: a capitalised preposition after
 * a capitalised word mid-sentence is part of a name, and the month after it names no time.
 */
import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';

const DCT = '2018-08-18';
const texts = (sentence: string) => extractTimexes(sentence, { lang: 'en', dct: DCT }).map((t) => t.text);

describe('a month after a capitalised preposition of a name', () => {
  it.each<[string, string[]]>([
    ['Luigi Of May said that "the state will not accept alms from Highways for Italy".', []],
    ['In the first row sat the vice-premiers Luigi Of May and Matthew Salvini.', []],
  ])('“%s” names no month', (sentence, expected) => {
    expect(texts(sentence)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['In May the bridge was inspected for the last time.', 'May'],
    ['The bridge was last inspected in May.', 'May'],
  ])('“%s” still names %s', (sentence, month) => {
    expect(texts(sentence)).toContain(month);
  });
});
