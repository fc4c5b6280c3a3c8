/** A count after a fraction of it is the whole those befallen are a part of, no count of them. */
import { describe, expect, it } from 'vitest';
import { candidatesOfSentence } from './test-helpers.ts';

const counted = (lang: string, text: string) =>
  candidatesOfSentence(lang, { text }).flatMap((c) => c.figures.map((f) => `${f.value} ${f.counts}`));

describe('a count after a fraction of it', () => {
  it.each<[string, string, string[]]>([
    ['en', "About half of the village's 4,800 residents were evacuated.", []],
    ['nl', 'De helft van de 4800 inwoners van het dorp werd geëvacueerd.', []],
    ['de', 'Die Hälfte der 4800 Einwohner des Dorfes wurde evakuiert.', []],
    ['en', 'About 2,000 residents were evacuated.', ['2000 people']],
  ])('[%s] “%s” counts %j', (lang, text, expected) => {
    expect(counted(lang, text)).toEqual(expected);
  });
});
