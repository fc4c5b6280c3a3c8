/**
 * Statements: who speaks (the name right before the verb, kept when the sentence holds two times;
 * that a medium is no speaker is in roles.test.ts), statements about troops that are or are not foreign,
 * about negotiations with or without protesters, and a statement about a
 * happening that is no report of it: the lexicon in data/event-lexicon.json read through the
 * candidate stage.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from './stage.ts';
import { article, candidatesOfSentence, day, kindsAndTitles, type MentionSpec } from './test-helpers.ts';

describe('a statement on troops speaks on foreign troops only when they are foreign', () => {
  const BLINKEN: MentionSpec = ['Antony Blinken', 'actor', 'blinken'];
  it.each([
    [
      'Friday Antony Blinken said he was worried about Russian soldiers in the country.',
      'Antony Blinken speaks on foreign troops',
    ],
    [
      'Friday Antony Blinken said the foreign troops should leave soon.',
      'Antony Blinken speaks on foreign troops',
    ],
    [
      'Friday Antony Blinken said soldiers should return to their barracks.',
      'Antony Blinken makes a statement',
    ],
  ])('titles “%s” as “%s”', (text, title) => {
    expect(kindsAndTitles('en', text, '2023-07-28', [BLINKEN]).map((c) => c.title)).toContain(title);
  });
});

describe('the speaker is the name right before the verb', () => {
  it.each<[string, string, string, MentionSpec[]]>([
    [
      'nl',
      'De Amerikaanse minister Antony Blinken zei vrijdag dat de troepen weg moeten.',
      'Blinken makes a statement',
      [
        ['Amerikaanse', 'place', 'united-states'],
        ['Antony Blinken', 'actor', 'blinken'],
      ],
    ],
    [
      'en',
      'Friday the ship hit the pillar, Governor Wes Moore said.',
      'Wes Moore makes a statement',
      [
        ['Governor', 'unknown', 'name:governor'],
        ['Wes Moore', 'unknown', 'name:wes-moore'],
      ],
    ],
    [
      'de',
      'Sonntag kündigte die EU-Kommission Hilfe an.',
      'European Union promises aid',
      [
        ['EU', 'actor', 'european-union'],
        ['Kommission', 'unknown', 'name:kommission'],
      ],
    ],
  ])('[%s] “%s” is titled “%s”', (lang, text, title, mentions) => {
    expect(kindsAndTitles(lang, text, '2023-07-28', mentions).map((c) => c.title)).toContain(title);
  });
});

describe('a statement about a happening is no report of it', () => {
  it.each<[string, string, MentionSpec[], string[]]>([
    [
      'en',
      'Friday Prime Minister Rishi Sunak condemned the attack on the hospital.',
      [['Rishi Sunak', 'unknown', 'name:rishi-sunak']],
      ['statement'],
    ],
    [
      'nl',
      'Vrijdag noemde minister Ernst Kuipers de aanval verwerpelijk.',
      [['Ernst Kuipers', 'unknown', 'name:ernst-kuipers']],
      ['statement'],
    ],
    [
      'nl',
      'Zondag sprak president Biden van een aanval op de democratie.',
      [['Biden', 'actor', 'biden']],
      ['statement'],
    ],
    [
      'de',
      'Am Sonntag sprach Bundeskanzler Olaf Scholz von einem Angriff auf die Demokratie.',
      [['Olaf Scholz', 'actor', 'scholz']],
      ['statement'],
    ],
    [
      'de',
      'Freitag verurteilte Bundeskanzler Olaf Scholz den Anschlag scharf.',
      [['Olaf Scholz', 'unknown', 'name:olaf-scholz']],
      ['statement'],
    ],
    ['en', 'Friday police said the attack killed five people.', [], ['death']],
  ])('[%s] “%s” reports %j', (lang, text, mentions, kinds) => {
    expect(kindsAndTitles(lang, text, '2023-07-28', mentions).map((c) => c.kind)).toEqual(
      expect.arrayContaining(kinds),
    );
    if (kinds[0] === 'statement') {
      expect(kindsAndTitles(lang, text, '2023-07-28', mentions).map((c) => c.kind)).not.toContain('attack');
    }
  });
});

describe('a statement with two times keeps its speaker', () => {
  it('names the governor who said it, not the ship he spoke of', () => {
    const text =
      'The vessel, the Dali, struck a pillar at 1:28 a.m., Governor Wes Moore said at a news conference on Tuesday.';
    const [statement] = candidatesOfSentence('en', {
      text,
      times: [day('2024-03-26', 'Tuesday'), day('2024-03-26', '1:28 a.m.')],
      mentions: [
        ['Dali', 'unknown', 'name:dali'],
        ['Wes Moore', 'unknown', 'name:wes-moore'],
      ],
    }).filter((c) => c.kind === 'statement');
    expect(statement?.title).toBe('Wes Moore makes a statement');
  });
});

describe('a permission denied is no denial spoken', () => {
  const SHIP: MentionSpec = ['Aurora Bianca', 'unknown', 'name:aurora-bianca'];
  const MINISTER: MentionSpec = ['Matteo Piantedosi', 'unknown', 'name:matteo-piantedosi'];
  it.each<[string, MentionSpec, string[]]>([
    ['Wednesday the charity ship Aurora Bianca was denied permission to disembark them.', SHIP, []],
    ['Wednesday the charity ship Aurora Bianca was refused entry to the port.', SHIP, []],
    [
      'Wednesday Matteo Piantedosi denied the allegations.',
      MINISTER,
      ['Matteo Piantedosi makes a statement'],
    ],
    ['Wednesday Matteo Piantedosi refused to comment.', MINISTER, ['Matteo Piantedosi makes a statement']],
  ])('“%s” gives %j', (text, mention, titles) => {
    const found = candidatesOfSentence('en', {
      text,
      times: [day('2025-08-13', 'Wednesday')],
      mentions: [mention],
    });
    expect(found.map((c) => c.title)).toEqual(titles);
  });
});

describe('a statement about negotiations names protesters only where there are some', () => {
  it.each<[string, string, MentionSpec[], string]>([
    [
      'de',
      'Der Eigentümer Shoei Kisen Kaisha teilte am Dienstag mit, man verhandle mit der Kanalbehörde.',
      [['Shoei Kisen Kaisha', 'unknown', 'name:shoei-kisen-kaisha']],
      'Shoei Kisen Kaisha speaks on negotiations',
    ],
    [
      'en',
      'Tokayev said on Tuesday he would not negotiate with the protesters.',
      [['Tokayev', 'actor', 'tokayev']],
      'Tokayev speaks on negotiations with protesters',
    ],
  ])('[%s] “%s”', (lang, text, mentions, title) => {
    const on = /am Dienstag|on Tuesday/.exec(text)?.[0];
    const titles = candidatesOfSentence(lang, { text, times: [day('2021-03-23', on)], mentions }).map(
      (c) => c.title,
    );
    expect(titles).toEqual([title]);
  });
});

describe('a sentence that only says who told the one before it', () => {
  it.each([
    ['de', 'Am Freitag wurden 20 Menschen festgenommen.', 'Das teilten die Behörden am Freitag mit.'],
    [
      'de',
      'Am Dienstag wurden 20 Menschen festgenommen.',
      'Das teilte das Innenministerium am Dienstagabend mit.',
    ],
    ['nl', 'Vrijdag zijn 20 mensen opgepakt.', 'Dat meldt de politie.'],
    ['nl', 'Vrijdag zijn 20 mensen opgepakt.', 'Dat maakte de politie zaterdag bekend.'],
    ['de', 'Am Freitag wurden 20 Menschen festgenommen.', 'Das gab die Polizei am Samstag bekannt.'],
  ])('[%s] after “%s”, “%s” is no statement of its own', (lang, report, text) => {
    const a = article('doc', lang, [{ text: report }, { text }]);
    expect(extractCandidates(a).map((c) => c.kind)).toEqual(['arrest']);
  });

  it('after a sentence that reports nothing, “Dat zei hij maandag” is the statement', () => {
    const a = article('doc', 'nl', [
      {
        text: 'De Kazachse president Tokajev spreekt van een verijdelde staatsgreep.',
        mentions: [['Tokajev', 'actor', 'tokayev']],
        paragraph: 'p1',
      },
      { text: 'Volgens hem wilden terroristen de macht grijpen.', paragraph: 'p1' },
      { text: 'Dat zei hij maandag tijdens een videoconferentie.', paragraph: 'p1' },
    ]);
    expect(extractCandidates(a).map((c) => [c.kind, c.actors])).toEqual([['statement', ['tokayev']]]);
  });

  it('“Das kündigte Rutte am Montag an” is the announcement itself', () => {
    expect(
      kindsAndTitles('de', 'Das kündigte Rutte am Montag in Den Haag an.', '2023-07-10', [
        ['Rutte', 'actor', 'name:mark-rutte'],
      ]).map((k) => k.kind),
    ).toContain('statement');
  });
});

describe('an institution named by a common noun before the verb speaks, the name after it is spoken of', () => {
  const FICO: MentionSpec = ['Fico', 'actor', 'name:robert-fico'];
  it.each([
    [
      'Officials had said Fico would be transferred to a hospital in Bratislava.',
      'Officials make a statement',
    ],
    [
      'Robert Fico, who was shot four days ago, is in serious but stable condition, the hospital treating him said Sunday.',
      'Hospital makes a statement',
    ],
    ['The interior ministry said on Sunday that Fico would be transferred.', 'Ministry makes a statement'],
  ])('“%s” is “%s”', (text, title) => {
    const mentions: MentionSpec[] = text.startsWith('Robert')
      ? [['Robert Fico', 'actor', 'name:robert-fico']]
      : [FICO];
    const [found] = candidatesOfSentence('en', { text, when: day('2024-05-19'), mentions });
    expect(found?.title).toBe(title);
  });
});
