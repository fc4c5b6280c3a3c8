import { describe, expect, it } from 'vitest';
import { inClosedRelative } from './closed-relative.ts';
import { kindsAndTitles } from './test-helpers.ts';

function closed(text: string, name: string, verb: string): boolean {
  const start = text.indexOf(name);
  return inClosedRelative(text, { start, end: start + name.length }, text.indexOf(verb));
}

describe('a name inside a relative clause that closes before the verb is not its subject', () => {
  it.each<[string, string, string, string, boolean]>([
    [
      'the United States welcomed, not Castillo whom it had urged',
      'The United States, which had urged Castillo to reverse his decision, welcomed the transfer of power.',
      'Castillo',
      'welcomed',
      true,
    ],
    [
      'a German clause of the government Scholz led',
      'Die Regierung, die von Scholz geführt wurde, trat am Mittwoch zurück.',
      'Scholz',
      'trat',
      true,
    ],
    [
      'a Dutch clause of the party Rutte led',
      'De partij, die door Rutte werd geleid, verloor de verkiezingen.',
      'Rutte',
      'verloor',
      true,
    ],
    [
      'a German apposition "die Firma …" names the one who speaks',
      'Der Eigentümer, die Firma Shoei Kisen Kaisha, nannte die Forderung unbegründet.',
      'Shoei Kisen Kaisha',
      'nannte',
      false,
    ],
    [
      'a name right before its verb is its subject',
      'Castillo, who denied the charges, was arrested on Wednesday.',
      'Castillo',
      'arrested',
      false,
    ],
  ])('%s', (_name, text, name, verb, expected) => {
    expect(closed(text, name, verb)).toBe(expected);
  });

  it('titles the statement by the United States', () => {
    const titles = kindsAndTitles(
      'en',
      'Wednesday the United States, which had urged Castillo to reverse his decision, welcomed the transfer of power.',
      '2022-12-07',
      [
        ['United States', 'place', 'united-states'],
        ['Castillo', 'actor', 'castillo'],
      ],
    ).map((c) => c.title);
    expect(titles.join(' ')).not.toMatch(/Castillo/);
  });
});
