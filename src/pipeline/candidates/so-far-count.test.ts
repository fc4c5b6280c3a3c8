/**
 * An undated count of those arrested that the report gives as its total so far ("inzwischen",
 * "inmiddels", "so far", or the present perfect) is the count of the report's day, not of any day
 * in the week before it; one told as what someone said is of the day that was said.
 */
import { describe, expect, it } from 'vitest';
import { countsSoFarAfterDay, countsSoFarByReport } from './since-start.ts';
import { article } from './test-helpers.ts';
import { extractCandidates } from './stage.ts';
import type { Lang } from '../time/lexicon.ts';
import type { When } from '../types.ts';

describe('a count the report gives as its total so far', () => {
  it.each<[string, Lang, string, boolean]>([
    [
      'Spiegel’s “inzwischen 4404 Menschen festgenommen”',
      'de',
      'Nach Angaben des Innenministeriums wurden landesweit inzwischen 4404 Menschen festgenommen.',
      true,
    ],
    [
      'Volkskrant’s “Meer dan 5800 mensen zijn aangehouden”',
      'nl',
      'Meer dan 5800 mensen zijn aangehouden.',
      true,
    ],
    [
      'NOS’s “inmiddels elf mensen aangehouden”',
      'nl',
      'Het Openbaar Ministerie heeft inmiddels elf mensen aangehouden, onder wie de voormalige minister.',
      true,
    ],
    ['an English “so far”', 'en', 'So far 4,404 people were detained across the country.', true],
    [
      'Spiegel’s “mehr als 100 Menschen wurden bereits festgenommen”',
      'de',
      'Das FBI hat nach eigenen Angaben mehr als 200 Verdächtige identifiziert, mehr als 100 Menschen wurden bereits festgenommen.',
      true,
    ],
    ['an English “already”', 'en', 'More than 100 people have already been arrested, the FBI said.', true],
    [
      'Maduro’s “zei dat ruim 1200 mensen zijn opgepakt” is of the day he said it',
      'nl',
      'President Maduro zei dat ruim 1200 mensen zijn opgepakt.',
      false,
    ],
    [
      'a count of one night in the simple past is that night’s',
      'de',
      'In der Nacht wurden 200 Menschen festgenommen.',
      false,
    ],
  ])('%s', (_name, lang, text, expected) => {
    expect(countsSoFarByReport(lang, text)).toBe(expected);
  });

  it.each<[string, string, string]>([
    [
      'Spiegel’s 4,404 of Saturday 8 January are that day’s count',
      'de',
      'Nach Angaben des Innenministeriums wurden landesweit inzwischen 4404 Menschen festgenommen.',
    ],
    ['Volkskrant’s more than 5,800 are its day’s count', 'nl', 'Meer dan 5800 mensen zijn aangehouden.'],
  ])('%s', (_name, lang, text) => {
    const arrests = extractCandidates(article('doc', lang, [{ text }], '2022-01-08')).filter(
      (c) => c.kind === 'arrest',
    );
    expect(arrests.map((c) => [c.when.start, c.when.end, c.when.precision])).toEqual([
      ['2022-01-08', '2022-01-08', 'day'],
    ]);
  });

  it.each<[string, string, string, When, string, string[]]>([
    [
      'dpa’s “hatten mehr als 10.000 festgenommen” after the unrest “Anfang Januar” is a count of its report’s day',
      'de',
      'Bei den Unruhen Anfang Januar waren nach offiziellen Angaben 225 Menschen getötet worden.',
      earlyJanuary('Anfang Januar'),
      'Die Behörden hatten mehr als 10.000 Menschen festgenommen.',
      ['2022-01-11', '2022-01-11', 'day'],
    ],
    [
      'an English count after the unrest “in early January” is too',
      'en',
      'In early January 225 people were killed in the unrest.',
      earlyJanuary('In early January'),
      'The authorities had detained more than 10,000 people.',
      ['2022-01-11', '2022-01-11', 'day'],
    ],
    [
      'the suspects arrested “toen”, last summer, were arrested then',
      'nl',
      'Afgelopen zomer werd ook het Maasstad Ziekenhuis in Rotterdam getroffen door hackers.',
      {
        start: '2021-06-01',
        end: '2021-08-31',
        precision: 'month',
        value: '2021-SU',
        text: 'Afgelopen zomer',
        confidence: 0.6,
      },
      'Toen werden twee verdachten aangehouden.',
      ['2021-06-01', '2021-08-31', 'month'],
    ],
  ])('%s', (_name, lang, first, stretch, second, expected) => {
    // The next sentence borrows the time, not the words that told it.
    const borrowed: When = { ...stretch, text: undefined };
    const doc = article(
      'doc',
      lang,
      [
        { text: first, times: [stretch], paragraph: 'p1' },
        { text: second, when: borrowed, paragraph: 'p1' },
      ],
      '2022-01-11',
    );
    const arrests = extractCandidates(doc).filter((c) => c.kind === 'arrest');
    expect(arrests.map((c) => [c.when.start, c.when.end, c.when.precision])).toEqual([expected]);
  });
});

describe('a count in the present perfect after a sentence of an earlier day', () => {
  it.each<[string, Lang, string, boolean]>([
    [
      'NOS’s “zijn ruim 2000 mensen opgepakt” stands as of the report',
      'nl',
      'Volgens het ministerie van Binnenlandse Zaken zijn ruim 2000 mensen opgepakt.',
      true,
    ],
    [
      'an English “have been detained” does too',
      'en',
      'More than 3,000 people have been detained across the country.',
      true,
    ],
    [
      'a German “dabei … festgenommen worden” counts those of that day',
      'de',
      'Dabei sind 30 Menschen festgenommen worden.',
      false,
    ],
    ['a Dutch “daarbij … opgepakt” does too', 'nl', 'Daarbij zijn 30 mensen opgepakt.', false],
    [
      'one told as someone’s is of the day it was said',
      'nl',
      'Maduro zei dat ruim 1200 mensen zijn opgepakt.',
      false,
    ],
  ])('%s', (_name, lang, text, expected) => {
    expect(countsSoFarAfterDay(lang, text)).toBe(expected);
  });

  const wednesday: When = {
    start: '2022-01-05',
    end: '2022-01-05',
    precision: 'day',
    value: '2022-01-05',
    confidence: 0.8,
  };

  it.each<[string, Lang, string, string, string, string[]]>([
    [
      '“Betogers bestormden gisteren het stadhuis … zijn ruim 2000 mensen opgepakt” counts as of Thursday’s report',
      'nl',
      'gisteren',
      'Betogers bestormden gisteren het stadhuis van Almaty en staken het in brand.',
      'Volgens het ministerie van Binnenlandse Zaken zijn ruim 2000 mensen opgepakt.',
      ['2022-01-06', '2022-01-06', 'day'],
    ],
    [
      '“Am Mittwoch stürmten Demonstranten das Rathaus. Dabei sind 30 Menschen festgenommen worden” counts Wednesday’s',
      'de',
      'Am Mittwoch',
      'Am Mittwoch stürmten Demonstranten das Rathaus.',
      'Dabei sind 30 Menschen festgenommen worden.',
      ['2022-01-05', '2022-01-05', 'day'],
    ],
  ])('%s', (_name, lang, words, first, second, expected) => {
    const doc = article(
      'doc',
      lang,
      [
        { text: first, times: [{ ...wednesday, text: words }], paragraph: 'p1' },
        { text: second, when: wednesday, paragraph: 'p1' },
      ],
      '2022-01-06',
    );
    const arrests = extractCandidates(doc).filter((c) => c.kind === 'arrest');
    expect(arrests.map((c) => [c.when.start, c.when.end, c.when.precision])).toEqual([expected]);
  });
});

/** "Anfang Januar", "in early January": its first ten days, as the time stage gives them. */
function earlyJanuary(text: string): When {
  return {
    start: '2022-01-01',
    end: '2022-01-10',
    precision: 'month',
    value: '2022-01',
    text,
    confidence: 0.6,
  };
}
