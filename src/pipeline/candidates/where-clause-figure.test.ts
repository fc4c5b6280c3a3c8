/** A count in a ", where …" clause of who were there counts those present, not whom the happening befell. */
import { describe, expect, it } from 'vitest';
import { candidatesOf } from './test-helpers.ts';

describe('a count in a clause describing the place by who were there', () => {
  it.each<[string, string, string, string, number[]]>([
    [
      "Reuters' 'arrested a man on the island, where around 600 young people had gathered' arrests no 600",
      'en',
      'Police arrested a 32-year-old Norwegian man on the island of Utoeya, about 40 km (25 miles) northwest of the capital, where around 600 young people had gathered for the annual camp of the party’s youth wing AUF.',
      'arrest',
      [],
    ],
    [
      "a Dutch attack 'bij de Abbey Gate, waar duizenden Afghanen wachtten' counts no thousands",
      'nl',
      'De aanslag werd gisteravond gepleegd bij de Abbey Gate, een van de toegangspoorten van het vliegveld, waar duizenden Afghanen wachtten in de hoop op een plek in een evacuatievlucht.',
      'attack',
      [],
    ],
    [
      'a count before the clause is still the arrest’s',
      'en',
      'Police arrested 12 people in the square, where the protest had begun.',
      'arrest',
      [12],
    ],
    [
      "a Dutch clause that tells the dead (', waar … meer dan honderd mensen omkwamen') still counts them",
      'nl',
      'De zwaarste aanslag was in de Sint-Sebastiaankerk in Negombo, ten noorden van Colombo, waar tijdens de paasmis meer dan honderd mensen omkwamen.',
      'attack',
      [100],
    ],
  ])('%s', (_name, lang, text, kind, expected) => {
    const found = candidatesOf(lang, text, '2011-07-23', []);
    expect(found.some((c) => c.kind === kind)).toBe(true);
    expect(found.filter((c) => c.kind === kind).flatMap((c) => c.figures.map((f) => f.value))).toEqual(
      expected,
    );
  });
});
