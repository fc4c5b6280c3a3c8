import { describe, expect, it } from 'vitest';
import { candidatesOf } from '../candidates/test-helpers.ts';
import { joinNameVariants, oneEditApart } from './name-variants.ts';

/** The candidates of one sentence of report `document`, the name in it nobody listed. */
function reported(document: string, text: string, name: string) {
  const id = `name:${name.toLowerCase().replace(/ /g, '-')}`;
  return candidatesOf('en', text, '2024-12-20', [[name, 'unknown', id]]).map((c) => ({ ...c, document }));
}

const order = (ids: string[]) => (document: string) => ids.indexOf(document);

describe('one person nobody listed, spelled two ways by two reports', () => {
  it.each([
    ['cavallo', 'cavalli', true],
    ['cavallo', 'cavall', true],
    ['schmidt', 'schmid', true],
    ['cavallo', 'cavallo', false],
    ['cavallo', 'cavalieri', false],
  ])('“%s” and “%s” are one letter apart: %s', (a, b, expected) => {
    expect(oneEditApart(a, b)).toBe(expected);
  });

  it('a machine translation\'s "Daniela Cavalli" is the wire report\'s "Daniela Cavallo", under the earlier report\'s spelling', () => {
    const joined = joinNameVariants(
      [
        ...reported('mt', 'Friday Daniela Cavalli said the deal was fair.', 'Daniela Cavalli'),
        ...reported('wire', 'Monday Daniela Cavallo said plants would close.', 'Daniela Cavallo'),
      ],
      order(['wire', 'mt']),
    );
    const mt = joined.find((c) => c.document === 'mt');
    expect(mt?.agent).toBe('name:daniela-cavallo');
    expect(mt?.title).toBe('Daniela Cavallo makes a statement');
    expect(mt?.sentence.mentions[0]).toMatchObject({ text: 'Daniela Cavalli', resolution: 'fuzzy' });
  });

  it('a machine translation\'s "Mayor Femke Halsey", its ending garbled, is the Dutch report\'s "Femke Halsema"', () => {
    const joined = joinNameVariants(
      [
        ...reported('nl', 'Monday mayor Femke Halsema said the ban would stay.', 'Femke Halsema'),
        ...reported('mt', 'Mayor Femke Halsey on Monday said the ban would stay.', 'Femke Halsey'),
      ],
      order(['nl', 'mt']),
    );
    expect(joined.find((c) => c.document === 'mt')?.agent).toBe('name:femke-halsema');
  });

  it('a garbled ending joins no name its own report writes beside the other', () => {
    const joined = joinNameVariants(
      [
        ...reported('wire', 'Monday Anna Hallbeck said plants would close.', 'Anna Hallbeck'),
        ...reported('wire', 'Monday Anna Hallberg said the deal was fair.', 'Anna Hallberg'),
      ],
      order(['wire']),
    );
    expect(new Set(joined.flatMap((c) => c.actors))).toEqual(
      new Set(['name:anna-hallbeck', 'name:anna-hallberg']),
    );
  });

  it.each([
    ['other given names', 'Anna Cavalli', 'Daniela Cavallo'],
    ['short family names', 'Giovanni Battista Ray', 'Giovanni Battista Re'],
  ])('names with %s stay two people', (_why, a, b) => {
    const joined = joinNameVariants(
      [
        ...reported('mt', `Friday ${a} said the deal was fair.`, a),
        ...reported('wire', `Monday ${b} said plants would close.`, b),
      ],
      order(['wire', 'mt']),
    );
    expect(joined.find((c) => c.document === 'mt')?.agent).not.toBe(
      joined.find((c) => c.document === 'wire')?.agent,
    );
  });
});

describe('a lone family name garbled by a machine translation', () => {
  it('"Bolvarte refused a resignation" beside "Dina Bolvarte" is titled by the other report\'s "Dina Boluarte", her given name once', () => {
    const joined = joinNameVariants(
      [
        ...reported('wire', 'Wednesday Dina Boluarte said she would serve out the term.', 'Dina Boluarte'),
        ...reported('mt', 'Wednesday Dina Bolvarte declared a state of emergency.', 'Dina Bolvarte'),
        ...candidatesOf('en', 'Saturday Bolvarte refused a resignation.', '2022-12-17', [
          ['Bolvarte', 'unknown', 'name:dina-bolvarte'],
        ]).map((c) => ({ ...c, document: 'mt', title: 'Dina Bolvarte refuses to resign' })),
      ],
      order(['wire', 'mt']),
    );
    const refusal = joined.find((c) => c.sentence.text.startsWith('Saturday'));
    expect(refusal?.title).toBe('Dina Boluarte refuses to resign');
  });
});

describe('a lone family name whose report gives the full name only in a sentence of no event', () => {
  it('"Already on Wednesday Amado had described …" is titled by the wire report\'s "Yukiya Amano", his given name once', () => {
    const joined = joinNameVariants(
      [
        ...reported(
          'wire',
          'Monday Yukiya Amano said the agency was in contact with Japanese authorities.',
          'Yukiya Amano',
        ),
        ...candidatesOf(
          'en',
          'Already on Wednesday Amado had described the situation in Vienna as "very serious".',
          '2011-03-18',
          [['Amado', 'unknown', 'name:yukiya-amado']],
        ).map((c) => ({ ...c, document: 'mt', title: 'Yukiya Amado makes a statement' })),
      ],
      order(['wire', 'mt']),
    );
    const amado = joined.find((c) => c.document === 'mt');
    expect(amado?.title).toBe('Yukiya Amano makes a statement');
  });
});
