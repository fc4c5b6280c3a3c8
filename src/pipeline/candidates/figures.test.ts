/**
 * What a number counts, read through the candidate stage with data/event-lexicon.json: a vague
 * quantity followed by a noun of its own counts that noun, not people; a tally of the dead counts people.
 */
import { describe, expect, it } from 'vitest';
import { findFigures } from './figures.ts';
import { defaultLexicon } from './lexicon.ts';
import { extractCandidates } from './stage.ts';
import { article, candidatesOf, day, kindsAndTitles } from './test-helpers.ts';

function figures(lang: string, text: string) {
  return candidatesOf(lang, text, '2023-02-06').flatMap((c) =>
    c.figures.map((f) => `${f.value} ${f.counts}`),
  );
}

function titles(lang: string, text: string) {
  return candidatesOf(lang, text, '2023-02-06').map((c) => c.title);
}

describe('a vague number followed by a noun of its own counts that noun', () => {
  it.each([
    [
      'en',
      'Monday a magnitude 7.8 earthquake struck, killing more than 5,000 people and flattening thousands of buildings.',
      ['5000 people killed'],
    ],
    [
      'nl',
      'Maandag zijn meer dan 5000 mensen omgekomen en zijn duizenden van de gebouwen ingestort.',
      ['5000 people killed'],
    ],
    [
      'de',
      'Am Montag kamen mehr als 5000 Menschen ums Leben, Tausende Gebäude stürzten ein.',
      ['5000 people killed'],
    ],
    [
      'nl',
      "Bij de explosies aan de Nord Stream-gasleidingen zijn waarschijnlijk enkele honderden kilo's explosieven gebruikt.",
      [],
    ],
    ['nl', 'Uit de lekken stromen duizenden kubieke meters gas.', []],
  ])('[%s] “%s” counts only people', (lang, text, expected) => {
    expect(figures(lang, text)).toEqual(expected);
  });

  it.each([
    ['en', 'Monday thousands of them were killed in the quake.', '2000 people killed'],
    ['en', 'Monday thousands of Kurds protested in the capital.', '2000 protesters'],
    ['de', 'Am Montag demonstrierten Tausende in der Hauptstadt.', '2000 protesters'],
  ])('[%s] “%s” still counts people', (lang, text, expected) => {
    expect(figures(lang, text)).toContain(expected);
  });

  it('titles the quake by the people it killed alone', () => {
    expect(
      titles(
        'en',
        'Monday a magnitude 7.8 earthquake struck, killing more than 5,000 people and flattening thousands of buildings.',
      ),
    ).toContain('More than 5,000 people killed');
  });
});

describe('a number inside a time expression counts time, not people', () => {
  it('reads no arrest figure in "two days after soldiers detained President Mohamed Bazoum"', () => {
    const found = extractCandidates(
      article('doc', 'en', [
        {
          text: 'The general took power on Friday, two days after soldiers detained President Mohamed Bazoum.',
          times: [
            day('2023-07-28', 'Friday'),
            { ...day('2023-07-26', 'two days'), value: 'P2D', precision: 'day' },
          ],
          mentions: [['Mohamed Bazoum', 'actor', 'name:mohamed-bazoum']],
        },
      ]),
    );
    expect(found.map((c) => c.kind)).toContain('coup');
    expect(found.flatMap((c) => c.figures)).toEqual([]);
  });
});

describe('a tally of the dead counts people', () => {
  it.each([
    [
      'en',
      "The death toll from Friday's attack on the concert hall near Moscow has risen to 133, investigators say.",
      { value: 133, counts: 'people killed', text: '133', qualifier: 'exact' },
    ],
    [
      'en',
      'The death toll rose to more than 200 on Sunday.',
      { value: 200, counts: 'people killed', text: 'more than 200', qualifier: 'more-than' },
    ],
    [
      'nl',
      'Het dodental is opgelopen tot 133.',
      { value: 133, counts: 'people killed', text: '133', qualifier: 'exact' },
    ],
    [
      'de',
      'Die Zahl der Toten stieg am Sonntag auf 133.',
      { value: 133, counts: 'people killed', text: '133', qualifier: 'exact' },
    ],
  ])('[%s] “%s”', (lang, text, figure) => {
    expect(findFigures(text, lang, 'death', defaultLexicon).map((f) => f.figure)).toEqual([figure]);
  });

  it.each([
    ['en', 'Police said the attack happened at 8.'],
    ['de', 'Die Zahl der Toten in 3 Provinzen stieg.'],
    ['en', 'The toll was high. Officials met at 10.'],
  ])('[%s] reads no tally in “%s”', (lang, text) => {
    expect(findFigures(text, lang, 'death', defaultLexicon)).toEqual([]);
  });
});

describe('the occupants of a plane or a car are people', () => {
  it.each([
    ['nl', 'Alle tien inzittenden kwamen om het leven.'],
    ['de', 'Alle zehn Insassen kamen ums Leben.'],
    ['en', 'All ten occupants were killed.'],
  ])('[%s] “%s” counts ten occupants killed', (lang, text) => {
    expect(
      findFigures(text, lang, 'death', defaultLexicon).map((f) => [f.figure.value, f.figure.counts]),
    ).toEqual([[10, 'occupants killed']]);
  });
});

describe('those who did the deed are counted apart from everyone it befell', () => {
  it.each([
    [
      'en',
      'Russia said it had detained 11 people, including the four gunmen.',
      [
        [11, 'people arrested'],
        [4, 'attackers arrested'],
      ],
    ],
    [
      'de',
      'Die vier mutmaßlichen Täter waren im Gebiet Brjansk festgenommen worden.',
      [[4, 'attackers arrested']],
    ],
    ['nl', 'De politie heeft de twee daders aangehouden.', [[2, 'attackers arrested']]],
  ])('[%s] “%s”', (lang, text, expected) => {
    expect(
      findFigures(text, lang, 'arrest', defaultLexicon).map((f) => [f.figure.value, f.figure.counts]),
    ).toEqual(expected);
  });
});

describe('the figure a title counts', () => {
  it.each<[string, string, string, string]>([
    [
      'en',
      'Thursday a gunman opened fire, killing two people and wounding six, police said.',
      'death',
      '2 people killed',
    ],
    [
      'en',
      'Thursday a gunman opened fire, killing two people and wounding six others, police said.',
      'injury',
      '6 people injured',
    ],
    [
      'en',
      'Friday flash floods swept through the region, killing at least 51 people, including 15 children.',
      'death',
      'At least 51 people killed',
    ],
    ['de', 'Mittwoch wurden zwei Feuerwehrleute leicht verletzt.', 'injury', '2 firefighters injured'],
    [
      'en',
      'Thursday the attack killed at least 23 people, including four children, and injured more than 50.',
      'death',
      'At least 23 people killed',
    ],
    [
      'en',
      'Thursday the attack killed at least 23 people, including four children, and injured more than 50.',
      'injury',
      'More than 50 people injured',
    ],
    ['en', 'Friday gunmen killed 12 in the market.', 'death', '12 people killed'],
    // A part of a whole told without a number is not the count of all.
    [
      'de',
      'Am Donnerstag wurden mehrere Menschen verletzt, darunter zwei Polizisten.',
      'injury',
      'People injured',
    ],
    ['nl', 'Donderdag raakten meerdere mensen gewond, onder wie twee agenten.', 'injury', 'People injured'],
    [
      'en',
      'On Thursday several people were injured, including two police officers.',
      'injury',
      'People injured',
    ],
    ['nl', 'Woensdag raakten drie brandweerlieden gewond.', 'injury', '3 firefighters injured'],
    // A bare number before a passive of wounding counts people, as one after an active verb does.
    [
      'de',
      'Bei der Explosion waren am 4. August mehr als 160 Menschen ums Leben gekommen, rund 6000 wurden verletzt.',
      'injury',
      'About 6,000 people injured',
    ],
    [
      'nl',
      'Bij de explosie kwamen dinsdag 137 mensen om, zeker 5000 raakten gewond.',
      'injury',
      'At least 5,000 people injured',
    ],
    [
      'en',
      'On Tuesday 135 people died and more than 5,000 were injured.',
      'injury',
      'More than 5,000 people injured',
    ],
  ])('[%s] “%s” is %s “%s”', (lang, text, kind, title) => {
    expect(kindsAndTitles(lang, text, '2025-04-17')).toContainEqual({ kind, title });
  });
});

describe('a bare number before a passive of killing or wounding counts people', () => {
  it.each<[string, string, string, [number, string][]]>([
    [
      'de',
      'Bei der Explosion waren am 4. August mehr als 160 Menschen ums Leben gekommen, rund 6000 wurden verletzt.',
      'injury',
      [
        [160, 'people injured'],
        [6000, 'people injured'],
      ],
    ],
    ['nl', 'Zeker 5000 raakten gewond.', 'injury', [[5000, 'people injured']]],
    ['en', 'More than 5,000 were injured in the blast.', 'injury', [[5000, 'people injured']]],
    // "weitere", "andere", "others" before the passive: the injured besides the dead, no addition.
    ['de', '133 weitere wurden verletzt, wie die Behörden mitteilten.', 'injury', [[133, 'people injured']]],
    [
      'de',
      'Zwölf Menschen starben, 40 andere wurden verletzt.',
      'injury',
      [
        [12, 'people injured'],
        [40, 'people injured'],
      ],
    ],
    [
      'nl',
      'Twaalf mensen kwamen om, 40 anderen raakten gewond.',
      'injury',
      [
        [12, 'people injured'],
        [40, 'people injured'],
      ],
    ],
    [
      'en',
      'Twelve people died and 40 others were injured.',
      'injury',
      [
        [12, 'people injured'],
        [40, 'people injured'],
      ],
    ],
    // "of the 242 people on board, 241 were killed": the 241 are some of the 242, no second count.
    [
      'en',
      '"Of the 242 people on board, 241 were killed," Air India said in a statement.',
      'death',
      [[242, 'people killed']],
    ],
  ])('[%s] “%s” as a report of %s counts %j', (lang, text, kind, expected) => {
    expect(
      findFigures(text, lang, kind, defaultLexicon).map((f) => [f.figure.value, f.figure.counts]),
    ).toEqual(expected);
  });
});
