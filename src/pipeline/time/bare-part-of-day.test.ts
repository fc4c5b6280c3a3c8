import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';
import { timeStage } from './stage.ts';
import { article } from './test-article.ts';

// Published Wednesday 8 March 2023.
// Before the story names a day, a part of the day names none: publication need not be that day.
describe('a part of the day written alone is of the day the story is at', () => {
  it.each([
    [
      'de',
      'Am Montag trafen sich die Minister. Am Nachmittag kam es in Athen zu Ausschreitungen.',
      'Am Nachmittag',
      '2023-03-06TAF',
    ],
    ['de', 'Am Nachmittag kam es in Athen zu Ausschreitungen.', 'Am Nachmittag', 'XXXX-XX-XXTAF'],
    [
      'de',
      '"Zu oft hat er mein Vertrauen gebrochen", sagte Scholz am Abend vor Journalisten.',
      'am Abend',
      'XXXX-XX-XXTEV',
    ],
    [
      'en',
      'Crowds gathered on Sunday. In the evening, police fired tear gas.',
      'In the evening',
      '2023-03-05TEV',
    ],
    ['en', 'We were told to leave at 3 in the afternoon.', 'in the afternoon', 'XXXX-XX-XXTAF'],
    [
      'nl',
      'Zondag gingen duizenden de straat op. In de avond sloeg de vlam in de pan.',
      'In de avond',
      '2023-03-05TEV',
    ],
    [
      'nl',
      "Zondag gingen duizenden de straat op. 's Avonds deed de politie een huiszoeking in Schaarbeek.",
      "'s Avonds",
      '2023-03-05TEV',
    ],
    [
      'nl',
      'Zondag gingen duizenden de straat op. \u2019s Nachts werden drie mannen opgepakt.',
      '\u2019s Nachts',
      '2023-03-05TNI',
    ],
    ['nl', "De regering vergaderde 's morgens over de maatregelen.", "'s morgens", 'XXXX-XX-XXTMO'],
    [
      'en',
      'The first explosions went off on Sunday. Two further blasts followed in the early afternoon.',
      'in the early afternoon',
      '2023-03-05TAF',
    ],
    [
      'nl',
      'De stuwdam werd zondag in de vroege ochtend vernietigd.',
      'in de vroege ochtend',
      '2023-03-05TMO',
    ],
    [
      'de',
      'Am Sonntag trafen sich die Minister. Am frühen Abend kam es zu Ausschreitungen.',
      'Am frühen Abend',
      '2023-03-05TEV',
    ],
  ])('[%s] “%s” reads “%s” as %s', (lang, text, expression, value) => {
    const found = extractTimexes(text, { lang, dct: '2023-03-08' });
    expect(found.find((t) => t.text === expression)?.value, found.map((t) => t.text).join(', ')).toBe(value);
  });

  it('takes the day of the sentence before when the caller gives it', () => {
    const found = extractTimexes('Am Abend kam es zu Zusammenstößen.', {
      lang: 'de',
      dct: '2023-03-08',
      anchor: '2023-03-01',
    });
    expect(found.map((t) => t.value)).toEqual(['2023-03-01TEV']);
  });

  it("reads “'s Avonds deed de politie een huiszoeking” as the evening of the sentence before", () => {
    const found = extractTimexes(
      "'s Avonds deed de politie een huiszoeking in Schaarbeek, waar onder meer een vlag van IS en explosieven werden gevonden.",
      { lang: 'nl', dct: '2016-03-22', anchor: '2016-03-22' },
    );
    expect(found.map((t) => t.value)).toEqual(['2016-03-22TEV']);
  });

  it.each([
    ['en', 'Protests began on the evening of 5 March.'],
    ['de', 'Am Abend des 5. März kam es zu Protesten.'],
    ['en', 'The match started at 8 in the evening on Monday.'],
  ])('[%s] “%s” is dated by the day named after the part of the day', (lang, text) => {
    const found = extractTimexes(text, { lang, dct: '2023-03-08' });
    expect(found.map((t) => t.precision)).toEqual(['day']);
  });

  it('an article dated to its month only says nothing of which evening', () => {
    const found = extractTimexes('Am Abend kam es vor dem Sitz der Regionalregierung zu Zusammenstößen.', {
      lang: 'de',
      dct: '2024-10-01',
      dctPrecision: 'month',
      anchor: '2024-10-01',
    });
    expect(found).toEqual([]);
  });
});

describe('a deadline ahead is no day the story is at', () => {
  it('reads “landeten am Abend” after “bis zum 31. August fortgesetzt” as of no day ahead of publication', () => {
    const a = timeStage(
      article(
        'de',
        [
          ['Die Evakuierung werde wie geplant bis zum 31. August fortgesetzt.'],
          ['Die letzten drei Maschinen vom Typ A400M landeten am Abend im usbekischen Taschkent.'],
        ],
        { date: '2021-08-26', precision: 'day', inferred: false },
      ),
    );
    expect(a.sentences[1]?.timexes.map((t) => t.value)).toEqual(['XXXX-XX-XXTEV']);
  });
});
