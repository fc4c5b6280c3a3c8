/**
 * A saying a report tells in the present ("President Tokayev says …") was made as of the report:
 * on its day or the day before, not any day of the week before it.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../time/lexicon.ts';
import { saysNow } from './says-now.ts';
import { extractCandidates } from './stage.ts';
import { article } from './test-helpers.ts';

describe('saysNow', () => {
  it.each<[string, Lang, string, boolean]>([
    [
      'English "President Tokayev says" is said now',
      'en',
      'President Tokayev says “counter-terrorism actions” are necessary “until the militants are completely eliminated.”',
      true,
    ],
    [
      'the machine translation’s garbled name says it too',
      'en',
      'President Dokayev says “counter-terrorism” measures are necessary “until the extremists are completely eliminated.”',
      true,
    ],
    [
      'Dutch "President Tokajev vindt dat"',
      'nl',
      'President Tokajev vindt dat „terrorismebestrijdingsacties” nodig zijn „totdat de militanten volledig zijn geëlimineerd”.',
      true,
    ],
    [
      'German "Tokajew sagt"',
      'de',
      'Präsident Tokajew sagt, die Anti-Terror-Operation werde fortgesetzt, bis die Kämpfer vernichtet seien.',
      true,
    ],
    [
      'a saying in the past is no saying now',
      'en',
      'President Tokayev said in an official statement Friday that “order has largely been restored” in Kazakhstan.',
      false,
    ],
    [
      'a present tense inside the quotation is the speaker’s own',
      'en',
      '“Tokayev says he will not negotiate,” a spokesman told reporters on Friday.',
      false,
    ],
    [
      'a German noun before the verb is no speaker: "Im Tarifkonflikt fordert die GDL"',
      'de',
      'Im Tarifkonflikt fordert die GDL unter anderem eine Senkung der Wochenarbeitszeit von 38 auf 35 Stunden.',
      false,
    ],
    [
      'a German "sagte" is in the past',
      'de',
      'Tokajew sagte am Freitag, die Ordnung sei weitgehend wiederhergestellt.',
      false,
    ],
  ])('%s', (_name, lang, text, expected) => {
    expect(saysNow(lang, text)).toBe(expected);
  });
});

describe('the day of a saying told in the present', () => {
  it.each<[string, string, string, string]>([
    [
      'Tokayev’s call for counter-terrorism actions, in a report of Saturday, was made on Friday or Saturday',
      'en',
      'President Tokayev says “counter-terrorism actions” are necessary “until the militants are completely eliminated.”',
      '2022-01-07..2022-01-08 day',
    ],
    [
      'the Dutch "vindt dat" likewise',
      'nl',
      'President Tokajev vindt dat „terrorismebestrijdingsacties” nodig zijn „totdat de militanten volledig zijn geëlimineerd”.',
      '2022-01-07..2022-01-08 day',
    ],
    [
      'a saying in the past with no day stays before publication',
      'en',
      'President Tokayev said “counter-terrorism actions” were necessary “until the militants are completely eliminated.”',
      '2022-01-01..2022-01-08 before-publication',
    ],
  ])('%s', (_name, lang, text, expected) => {
    const mentions: [string, 'actor', string][] = [
      [text.includes('Tokajev') ? 'Tokajev' : 'Tokayev', 'actor', 'tokayev'],
    ];
    const said = extractCandidates(article('d', lang, [{ text, mentions }])).filter(
      (c) => c.kind === 'statement',
    );
    expect(said.map((c) => `${c.when.start}..${c.when.end} ${c.when.precision}`)).toEqual([expected]);
  });
});
