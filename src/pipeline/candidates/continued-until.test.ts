import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('a happening said to go on until a day is no happening of that day', () => {
  it.each<[string, string, string, string[]]>([
    [
      'tagesschau’s “Die Evakuierung werde wie geplant bis zum 31. August fortgesetzt”',
      'de',
      'Die Evakuierung werde wie geplant bis zum 31. August fortgesetzt.',
      [],
    ],
    [
      'an English evacuation that “will continue until August 31”',
      'en',
      'The evacuation will continue until August 31.',
      [],
    ],
    [
      'a Dutch evacuation “tot 31 augustus voortgezet”',
      'nl',
      'De evacuatie wordt tot 31 augustus voortgezet.',
      [],
    ],
    [
      'Dutch countries that “gaan nog door met evacueren tot uiterlijk dinsdag”',
      'nl',
      'Frankrijk en Groot-Brittannië gaan nog door met evacueren tot uiterlijk dinsdag.',
      [],
    ],
    [
      'an evacuation that “continued until Tuesday” took place',
      'en',
      'The evacuation continued until Tuesday.',
      ['evacuation'],
    ],
  ])('%s', (_name, lang, text, kinds) => {
    expect(kindsAndTitles(lang, text, '2021-08-26').map((c) => c.kind)).toEqual(kinds);
  });
});
