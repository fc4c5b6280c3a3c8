/**
 * An undated statement in an article whose news is of the day of publication or the day before
 * ("He said 45 countries had offered to help" under a lede of that Monday) was made on one of those
 * two days, not any day of the week before.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from './stage.ts';
import { article, day, type SentenceSpec } from './test-helpers.ts';

const ERDOGAN: [string, 'actor', string][] = [['Tayyip Erdogan', 'actor', 'name:recep-tayyip-erdogan']];

/** The statements' and calls' times; the fixtures give an undated sentence the week up to 2022-01-08. */
function statementWhen(lang: string, specs: SentenceSpec[], published: string): string[] {
  return extractCandidates(article('doc', lang, specs, published))
    .filter((c) => c.kind === 'statement' || c.kind === 'call')
    .map((c) => `${c.when.start}..${c.when.end} ${c.when.precision}`);
}

const quakeMonday: SentenceSpec = {
  text: 'A 7.8 magnitude earthquake struck southern Turkey before dawn on Monday, killing more than 2,300 people.',
  times: [day('2023-02-06', 'on Monday')],
};

describe('an undated statement in fresh news', () => {
  it.each<[string, string, SentenceSpec[], string, string[]]>([
    [
      'Erdogan, who "said 45 countries had offered to help" in Monday’s report of Monday’s quake, spoke on Sunday or Monday',
      'en',
      [
        quakeMonday,
        { text: 'President Tayyip Erdogan said 45 countries had offered to help.', mentions: ERDOGAN },
      ],
      '2023-02-06',
      ['2023-02-05..2023-02-06 day'],
    ],
    [
      'a Dutch "zei Erdogan" the day after a quake told in the lede spoke on the quake’s day or the next',
      'nl',
      [
        {
          text: 'De aardbeving vond maandag plaats in de buurt van Gaziantep.',
          times: [day('2023-02-06', 'maandag')],
        },
        { text: 'Tayyip Erdogan zei dat 45 landen hulp hadden aangeboden.', mentions: ERDOGAN },
      ],
      '2023-02-07',
      ['2023-02-06..2023-02-07 day'],
    ],
    [
      'a report of news a week old leaves its undated statement anywhere in that week',
      'en',
      [
        quakeMonday,
        { text: 'President Tayyip Erdogan said 45 countries had offered to help.', mentions: ERDOGAN },
      ],
      '2023-02-13',
      ['2022-01-01..2022-01-08 before-publication'],
    ],
    [
      'a call told in the pluperfect came before the news it stands beside',
      'de',
      [
        {
          text: 'Am Montag standen in ganz Deutschland die Züge still.',
          times: [day('2023-03-27', 'Am Montag')],
        },
        { text: 'Die Gewerkschaften Verdi und EVG hatten zu dem Ausstand aufgerufen.' },
      ],
      '2023-03-27',
      ['2022-01-01..2022-01-08 before-publication'],
    ],
  ])('%s', (_name, lang, specs, published, expected) => {
    expect(statementWhen(lang, specs, published)).toEqual(expected);
  });
});
