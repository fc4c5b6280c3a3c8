/**
 * A resignation accepted by someone else: the one who accepts it is no one resigning, the one it
 * belongs to is ("accepted the resignation of …", "aanvaardde het ontslag van …").
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const NEHAMMER: MentionSpec = ['Karl Nehammer', 'unknown'];

describe('the person named as resigning resigns, the one who accepts does not', () => {
  it.each<[string, string, string, MentionSpec[]]>([
    ['de', 'Freitag nahm Bundeskanzler Karl Nehammer den Rücktritt an.', 'Resignation', [NEHAMMER]],
    [
      'de',
      'Freitag nahm Bundeskanzler Karl Nehammer den Rücktritt von Leonore Gewessler an.',
      'Leonore Gewessler resigns',
      [NEHAMMER, ['Leonore Gewessler', 'unknown']],
    ],
    ['de', 'Freitag hat Karl Nehammer den Rücktritt der Ministerin angenommen.', 'Resignation', [NEHAMMER]],
    [
      'en',
      'Friday Prime Minister Rishi Sunak accepted the resignation of Dominic Raab.',
      'Dominic Raab resigns',
      [
        ['Rishi Sunak', 'unknown'],
        ['Dominic Raab', 'unknown'],
      ],
    ],
    ['en', 'Friday Rishi Sunak accepted the resignation.', 'Resignation', [['Rishi Sunak', 'unknown']]],
    [
      'nl',
      'Vrijdag aanvaardde premier Mark Rutte het ontslag van minister Sigrid Kaag.',
      'Sigrid Kaag resigns',
      [
        ['Mark Rutte', 'unknown'],
        ['Sigrid Kaag', 'unknown'],
      ],
    ],
    [
      'de',
      'Die Ministerin Leonore Gewessler hat am Freitag ihren Rücktritt erklärt.',
      'Leonore Gewessler resigns',
      [['Leonore Gewessler', 'unknown']],
    ],
    ['en', 'Friday Dominic Raab resigned.', 'Dominic Raab resigns', [['Dominic Raab', 'unknown']]],
    [
      'nl',
      'Zaterdag bood Mark Rutte het ontslag van het kabinet aan bij de koning.',
      'Mark Rutte resigns',
      [['Mark Rutte', 'unknown']],
    ],
    ['en', 'Friday Liz Truss tendered her resignation.', 'Liz Truss resigns', [['Liz Truss', 'unknown']]],
    ['en', 'Friday several ministers resigned within minutes of the speech.', 'Ministers resign', []],
    ['nl', 'Vrijdag traden drie bewindslieden af.', 'Ministers resign', []],
    ['de', 'Freitag traten zwei Ministerinnen zurück.', 'Ministers resign', []],
    [
      'nl',
      'Vrijdag traden meerdere Georgische ambassadeurs af uit protest, onder wie de ambassadeurs in Nederland en Italië.',
      'Diplomats resign',
      [],
    ],
    ['en', 'On Friday, several Georgian ambassadors resigned.', 'Diplomats resign', []],
    ['de', 'Am Freitag traten mehrere georgische Botschafter aus Protest zurück.', 'Diplomats resign', []],
  ])('[%s] “%s” is titled “%s”', (lang, text, title, mentions) => {
    expect(kindsAndTitles(lang, text, '2023-11-17', mentions)).toEqual([{ kind: 'resignation', title }]);
  });
});

describe('a resignation demanded or refused is no resignation', () => {
  it.each<[string, string, string, MentionSpec[]]>([
    [
      'protesters who "forderten den Rücktritt" of the regional president make him resign nowhere',
      'de',
      'Sie forderten am Samstag den Rücktritt des Regionalpräsidenten Carlos Mazón.',
      [['Carlos Mazón', 'unknown']],
    ],
    [
      'a president who "lehnte einen Rücktritt ab" does not resign',
      'de',
      'Mazón lehnte einen Rücktritt bisher ab.',
      [],
    ],
    [
      'an opposition that "called for the resignation" of a minister makes no one resign',
      'en',
      'The opposition called for the immediate resignation of Carlos Mazón.',
      [['Carlos Mazón', 'unknown']],
    ],
    [
      'students who had "den Rücktritt Hasinas gefordert" make her resign nowhere',
      'de',
      'Die Studierenden hatten dann den Rücktritt Hasinas gefordert.',
      [['Hasinas', 'unknown']],
    ],
    [
      'student leaders who announced "a demand for her resignation" make no one resign',
      'en',
      'On Saturday, student leaders announced a "one point" demand for her resignation.',
      [],
    ],
    [
      'a leader who "rejected calls for his resignation" stays',
      'en',
      'Carlos Mazón on Friday rejected calls for his resignation.',
      [['Carlos Mazón', 'unknown']],
    ],
  ])('%s', (_name, lang, text, mentions) => {
    const kinds = kindsAndTitles(lang, text, '2024-11-09', mentions).map((c) => c.kind);
    expect(kinds).not.toContain('resignation');
  });

  it('a resignation announced in German still resigns', () => {
    const found = kindsAndTitles(
      'de',
      'Carlos Mazón hat am Freitag seinen Rücktritt erklärt.',
      '2024-11-09',
      [['Carlos Mazón', 'unknown']],
    );
    expect(found).toEqual([{ kind: 'resignation', title: 'Carlos Mazón resigns' }]);
  });
});

const WICKREMESINGHE: MentionSpec = ['Ranil Wickremesinghe', 'actor', 'name:ranil-wickremesinghe'];
const RAJAPAKSA: MentionSpec = ['Gotabaya Rajapaksa', 'actor', 'name:gotabaya-rajapaksa'];

describe('a resignation announced by the one who resigns', () => {
  it.each<[string, string, MentionSpec[], string[]]>([
    [
      'en',
      'Saturday Prime Minister Ranil Wickremesinghe said he would resign to make way for an all-party government.',
      [WICKREMESINGHE],
      ['Ranil Wickremesinghe announces resignation'],
    ],
    [
      'en',
      'Saturday Gotabaya Rajapaksa announced his resignation.',
      [RAJAPAKSA],
      ['Gotabaya Rajapaksa announces resignation'],
    ],
    [
      'nl',
      'Zaterdag heeft premier Ranil Wickremesinghe aangekondigd op te stappen.',
      [WICKREMESINGHE],
      ['Ranil Wickremesinghe announces resignation'],
    ],
    [
      'de',
      'Samstag kündigte Gotabaya Rajapaksa an, zurückzutreten.',
      [RAJAPAKSA],
      ['Gotabaya Rajapaksa announces resignation'],
    ],
    [
      'nl',
      'Woensdag treedt de president, Gotabaya Rajapaksa, af.',
      [RAJAPAKSA],
      ['Gotabaya Rajapaksa resigns'],
    ],
    [
      'en',
      'Saturday, police urged Gotabaya Rajapaksa to resign.',
      [RAJAPAKSA],
      ["Police call for Gotabaya Rajapaksa's resignation"],
    ],
    [
      'de',
      'Samstag forderte die Opposition Gotabaya Rajapaksa auf, zurückzutreten.',
      [RAJAPAKSA],
      ['Statement issued'],
    ],
    [
      'en',
      'Saturday protesters stormed the residence of Gotabaya Rajapaksa in Colombo, and Prime Minister Ranil Wickremesinghe said he would resign.',
      [RAJAPAKSA, WICKREMESINGHE],
      ['Ranil Wickremesinghe announces resignation', 'Riots'],
    ],
  ])('[%s] “%s”', (lang, text, mentions, titles) => {
    expect(
      kindsAndTitles(lang, text, '2022-07-09', mentions)
        .map((c) => c.title)
        .sort(),
    ).toEqual(titles);
  });

  it('a speaker telling of a relative’s arrest is not the one arrested', () => {
    expect(
      kindsAndTitles('en', 'Saturday Gotabaya Rajapaksa said his brother was arrested.', '2022-07-09', [
        RAJAPAKSA,
      ]).map((c) => c.title),
    ).not.toContain('Gotabaya Rajapaksa arrested');
  });
});
