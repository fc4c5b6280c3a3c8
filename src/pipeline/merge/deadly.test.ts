/** A crash or an attack and the dead the same sentence reports are one event with a joint title. */
import { describe, expect, it } from 'vitest';
import { article, day, type MentionSpec, type SentenceSpec } from '../candidates/test-helpers.ts';
import { extractCandidates } from '../candidates/stage.ts';
import { mergeCandidates } from './stage.ts';
import { eventFileOf } from '../test-articles.ts';

const TVER: MentionSpec = ['Tver', 'place', 'tver'];
const TWER: MentionSpec = ['Twer', 'place', 'tver'];
/** The English wire report of the crash, with its dead. */
const TVER_CRASH = 'Wednesday a private jet crashed in the Tver region, killing all 10 people on board.';
const POKHARA: MentionSpec = ['Pokhara', 'place', 'pokhara'];
const BALTIMORE: MentionSpec = ['Baltimore', 'place', 'baltimore'];
const MAGDEBURG: MentionSpec = ['Magdeburg', 'place', 'magdeburg'];

/** A sentence dated by its first word to `date`. */
function dated(date: string, text: string, mentions: MentionSpec[] = []): SentenceSpec {
  return { text, times: [day(date, text.split(/\s+/)[0])], mentions };
}

/** The titles of the events of articles, each given as [language, sentences]. */
function titles(published: string, docs: [string, SentenceSpec[]][]): string[] {
  const candidates = docs.flatMap(([lang, specs], i) =>
    extractCandidates(article(`${lang}${i}`, lang, specs, published)),
  );
  return mergeCandidates(candidates)
    .map((e) => e.title)
    .sort();
}

describe('deaths told with their crash or attack', () => {
  it.each<[string, string, [string, SentenceSpec[]][], string[]]>([
    [
      'a jet that crashed killing all on board is one event that says both',
      '2023-08-24',
      [['en', [dated('2023-08-23', TVER_CRASH, [TVER])]]],
      ['10 people killed in crash in Tver'],
    ],
    [
      'a German report of the crash joins the English one and its dead',
      '2023-08-24',
      [
        ['en', [dated('2023-08-23', TVER_CRASH, [TVER])]],
        ['de', [dated('2023-08-23', 'Mittwochabend stürzte ein Privatjet im Gebiet Twer ab.', [TWER])]],
      ],
      ['10 people killed in crash in Tver'],
    ],
    [
      'a plane that crashed while landing, killing at least 68, is one event',
      '2025-01-26',
      [
        [
          'en',
          [
            dated(
              '2025-01-26',
              'Sunday a passenger plane carrying 72 people crashed while landing in Pokhara, killing at least 68 people, officials said.',
              [POKHARA],
            ),
          ],
        ],
      ],
      ['At least 68 people killed in crash in Pokhara'],
    ],
    [
      'a bridge a ship crashed into keeps its crash title beside bodies recovered the next day',
      '2024-03-28',
      [
        [
          'en',
          [
            dated(
              '2024-03-26',
              'Tuesday a container ship crashed into the Francis Scott Key Bridge in Baltimore.',
              [BALTIMORE],
            ),
            dated('2024-03-27', 'Wednesday divers recovered the bodies of two workers who were killed.'),
          ],
        ],
      ],
      ['2 workers killed', 'Bodies recovered', 'Crash in Baltimore'],
    ],
    [
      'dead told before the attack that killed them ("killed … when a car drove into a crowd") are its toll',
      '2024-12-21',
      [
        [
          'en',
          [
            dated(
              '2024-12-20',
              'Friday five people were killed and more than 200 injured when a car drove into a crowded Christmas market in Magdeburg.',
              [MAGDEBURG],
            ),
          ],
        ],
      ],
      ['5 people killed in attack in Magdeburg', 'More than 200 people injured'],
    ],
    [
      'two reports of the attack beside the same dead are one attack with its toll',
      '2024-12-21',
      [
        [
          'en',
          [
            dated(
              '2024-12-20',
              'Friday five people were killed when a car drove into a crowded market in Magdeburg.',
              [MAGDEBURG],
            ),
            dated('2024-12-20', 'Friday five people were killed in an attack on a market in Magdeburg.', [
              MAGDEBURG,
            ]),
          ],
        ],
      ],
      ['5 people killed in attack in Magdeburg'],
    ],
  ])('%s', (_name, published, docs, want) => {
    expect(titles(published, docs)).toEqual(want);
  });

  it.each<[string, string, string]>([
    [
      'en',
      "Monday Russia fired more than 40 missiles at Ukrainian cities, killing at least 36 people and striking a children's hospital in Kyiv.",
      'Kyiv',
    ],
    [
      'de',
      'Montag waren bei den Angriffen landesweit mindestens 41 Menschen getötet worden, davon 33 in Kiew.',
      'Kiew',
    ],
  ])(
    '[%s] the dead of strikes across a country are not put in the one city where some of them died: “%s”',
    (lang, text, city) => {
      const got = titles('2024-07-09', [[lang, [dated('2024-07-08', text, [[city, 'place', 'kyiv']])]]]);
      expect(
        got.some((t) => t.includes('in Kyiv') && t.includes('killed')),
        JSON.stringify(got),
      ).toBe(false);
    },
  );
});

describe('deaths told beside two happenings of different days', () => {
  it.each([
    [
      'Radios exploded across Lebanon on Wednesday, killing at least 20 people, a day after thousands of pagers blew up.',
    ],
    [
      'Walkie-talkies used by Hezbollah exploded across Lebanon on Wednesday, killing at least 20 people and wounding more than 450, a day after thousands of pagers blew up in a similar attack.',
    ],
  ])('are the toll of the happening of their own day: “%s”', async (sentence) => {
    const file = await eventFileOf({ 'en_wire.txt': ` date 2024-09-18 Report\n\n${sentence}\n` });
    const dead = file.events.find((e) => e.figures.some((f) => f.counts === 'people killed'));
    expect(dead?.title).toBe('At least 20 people killed in explosions in Lebanon');
    expect(dead?.when.value).toBe('2024-09-18');
  });
});

describe('shootings and the dead they caused', () => {
  it.each<[string, string, string]>([
    [
      'de',
      'Bei Schüssen in Hanau sind am Mittwochabend neun Menschen getötet worden.',
      '9 people killed in shootings in Hanau',
    ],
    [
      'en',
      'Nine people were killed in shootings at two shisha bars in Hanau on Wednesday night.',
      '9 people killed in shootings in Hanau',
    ],
  ])('[%s] “%s” is one event: %s', async (lang, sentence, title) => {
    const file = await eventFileOf({ [`${lang}_wire.txt`]: ` date 2020-02-20 Report\n\n${sentence}\n` });
    expect(file.events.map((e) => e.title)).toEqual([title]);
  });

  it('the gunman found dead after he opened fire is no toll of his shooting', async () => {
    const sentence =
      'Tobias Rathjen opened fire at two shisha bars on Wednesday shortly before 10 p.m. and was later found dead at his home, police said.';
    const file = await eventFileOf({ 'en_wire.txt': ` date 2020-02-21 Report\n\n${sentence}\n` });
    expect(file.events.map((e) => [e.title, e.when.value])).toEqual([
      ['Tobias Rathjen killed', '2020-02-19TNI'],
      ['Shots fired', '2020-02-19'],
    ]);
  });

  it('a shooting told only beside dead of shootings and explosions joins no café shooting', async () => {
    const text = [
      ' date 2015-11-14 Paris',
      'Gunmen have opened fire on the terraces of the Le Carillon bar in the 10th arrondissement, witnesses say.',
      'At least 18 people have been killed in shootings and explosions in Paris, according to AFP.',
    ].join('\n\n');
    const file = await eventFileOf({ 'en_live.txt': `${text}\n` });
    const shooting = file.events.find((e) => e.sources.some((s) => s.sentence.includes('Le Carillon')));
    expect(shooting?.sources.map((s) => s.sentence).join(' ')).not.toContain('At least 18 people');
  });
});

describe('further wounded told after the dead of an attack', () => {
  it.each<[string, string[]]>([
    [
      'de',
      [
        'Bei Schüssen in Hanau sind am Mittwochabend neun Menschen getötet worden.',
        'Nach Angaben der Ermittler wurden fünf weitere Menschen verletzt, einer von ihnen schwer.',
      ],
    ],
    [
      'en',
      [
        'Nine people were killed in shootings at two shisha bars in Hanau on Wednesday night.',
        'Five more people were injured, one of them seriously, investigators said.',
      ],
    ],
  ])('[%s] add to its toll: one event', async (lang, sentences) => {
    const file = await eventFileOf({
      [`${lang}_wire.txt`]: ` date 2020-02-20 Report\n\n${sentences.join(' ')}\n`,
    });
    expect(file.events.map((e) => [e.title, e.sources.length])).toEqual([
      ['9 people killed in shootings in Hanau', 2],
    ]);
  });
});
