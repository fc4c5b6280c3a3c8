import { describe, expect, it } from 'vitest';
import { NameIndex, type Target } from './name-index.ts';
import { tokenize } from './text.ts';

const place = (id: string, form: Target['form'] = 'exact'): Target => ({ type: 'place', id, form });

function matches(index: NameIndex, text: string, i = 0): string[] {
  return index
    .matchAt(tokenize(text), text, i)
    .map((h) => `${h.name.tokens.join(' ')}=${h.name.target.id}/${h.name.target.form}`);
}

describe('NameIndex', () => {
  it.each<[string, [string, Target][], string, string[]]>([
    [
      'the longest name first',
      [
        ['San', place('san')],
        ['San José', place('san-jose')],
      ],
      'San José',
      ['san jose=san-jose/exact', 'san=san/exact'],
    ],
    [
      'the first target listed for a name',
      [
        ['Georgia', place('georgia')],
        ['Georgia', place('georgia-us')],
      ],
      'Georgia',
      ['georgia=georgia/exact'],
    ],
    [
      'an exact name over an alias of the same target',
      [
        ['Kiev', place('kyiv', 'alias')],
        ['Kiev', place('kyiv')],
      ],
      'Kiev',
      ['kiev=kyiv/exact'],
    ],
    [
      'an all-capitals name only as written',
      [
        ['Almaty', place('almaty')],
        ['ALMATY', place('other')],
      ],
      'Almaty',
      ['almaty=almaty/exact'],
    ],
    ['nothing where no name begins', [['Almaty', place('almaty')]], 'Astana', []],
    [
      'in lower case only the names that need no capital',
      [
        ['The Hague', place('the-hague')],
        ['the interior ministry', { type: 'actor', id: 'interior-ministry', form: 'alias' }],
      ],
      'the interior ministry said',
      ['the interior ministry=interior-ministry/alias'],
    ],
    [
      'a capitalised word every name of its first word',
      [
        ['The Hague', place('the-hague')],
        ['the interior ministry', { type: 'actor', id: 'interior-ministry', form: 'alias' }],
      ],
      'The Hague',
      ['the hague=the-hague/exact'],
    ],
  ])('matches %s', (_, names, text, expected) => {
    const index = new NameIndex();
    for (const [name, target] of names) index.add(name, target);
    expect(matches(index, text)).toEqual(expected);
  });

  it('takes names added after a first lookup after those added before', () => {
    const index = new NameIndex();
    index.add('Almaty', place('almaty'));
    expect(matches(index, 'Almaty')).toEqual(['almaty=almaty/exact']);
    index.add('Almaty Region', place('almaty-region'));
    index.add('Almaty', place('other'));
    expect(matches(index, 'Almaty Region')).toEqual([
      'almaty region=almaty-region/exact',
      'almaty=almaty/exact',
    ]);
  });

  it('takes a lower-case name added after a lower-case lookup', () => {
    const index = new NameIndex();
    index.add('The Hague', place('the-hague'));
    expect(matches(index, 'the hague')).toEqual([]);
    index.add('the hague', place('the-hague', 'alias'));
    expect(matches(index, 'the hague')).toEqual(['the hague=the-hague/alias']);
  });

  it('knows the first tokens of its names and its one-token names before any lookup', () => {
    const index = new NameIndex();
    index.add('Santa Cruz', place('santa-cruz'));
    index.add('Nice', place('nice'));
    expect([
      index.has('santa'),
      index.has('cruz'),
      index.single('santa').length,
      index.single('nice').length,
    ]).toEqual([true, false, 0, 1]);
  });
});
