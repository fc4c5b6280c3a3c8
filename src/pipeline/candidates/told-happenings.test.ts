import { describe, expect, it } from 'vitest';
import { compile } from './compiled.ts';
import { defaultLexicon } from './lexicon.ts';
import { toldHappenings } from './told-happenings.ts';

const compiled = compile(defaultLexicon);

describe('the happenings an article named, and those a noun names', () => {
  it.each<[string, string[], string[] | undefined, string[]]>([
    ['en', ['statement', 'accident', 'recorder-recovered'], undefined, ['accident']],
    ['en', ['statement', 'accident', 'recorder-recovered'], ['deadly', 'crash'], ['accident']],
    ['de', ['accident', 'evacuation'], ['Absturzes'], ['accident']],
    ['de', ['accident', 'evacuation'], ['Machtübernahme'], []],
  ])('[%s] of %j, %j names %j', (lang, kinds, nouns, expected) => {
    const told = new Map(kinds.map((k, i) => [k, i]));
    expect(toldHappenings(told, compiled.kinds, defaultLexicon, lang)(nouns)).toEqual(expected);
  });
});
