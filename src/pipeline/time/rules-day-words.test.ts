import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';

describe('the night before the report', () => {
  it.each([
    [
      "miners 'rescued overnight' in an article of Tuesday 14 March 2023 were rescued in the night to the 14th",
      'en',
      'Twenty-four miners were rescued overnight and taken to hospital.',
      'overnight',
      '2023-03-13TNI',
    ],
    [
      "a road 'closed overnight' in a future sentence is closed tonight",
      'en',
      'The road will be closed overnight.',
      'overnight',
      '2023-03-14TNI',
    ],
    [
      "NU.nl's 'Vannacht geldt opnieuw een avondklok', a curfew that holds, is tonight's",
      'nl',
      'Vannacht geldt opnieuw een avondklok, van 21.00 tot 4.00 uur.',
      'Vannacht',
      '2023-03-14TNI',
    ],
    [
      "a German 'Heute Nacht gilt eine Ausgangssperre' is tonight's",
      'de',
      'Heute Nacht gilt erneut eine Ausgangssperre.',
      'Heute Nacht',
      '2023-03-14TNI',
    ],
    [
      "a Dutch 'Vannacht is … doodgeschoten', told in the perfect, is last night",
      'nl',
      'Vannacht is in Rotterdam een man doodgeschoten.',
      'Vannacht',
      '2023-03-13TNI',
    ],
    [
      "'in der vergangenen Nacht' is last night",
      'de',
      'In der vergangenen Nacht bargen Rettungskräfte fünf weitere Leichen.',
      'vergangenen Nacht',
      '2023-03-13TNI',
    ],
    [
      "'in der letzten Nacht' is last night",
      'de',
      'In der letzten Nacht brach der Deich.',
      'letzten Nacht',
      '2023-03-13TNI',
    ],
  ] as const)('%s', (_name, lang, sentence, text, value) => {
    const found = extractTimexes(sentence, { lang, dct: '2023-03-14' });
    expect(found.map((t) => [t.text, t.value])).toContainEqual([text, value]);
  });
});

describe('a weekday set between commas after the day word names the same day', () => {
  it.each([
    [
      "NOS's 'voor morgen, dinsdag, een algemene staking', in a report of Monday 2 October 2017, is of Tuesday 3 October",
      'nl',
      'Vakbonden en maatschappelijke organisaties hebben voor morgen, dinsdag, een algemene staking uitgeroepen uit protest tegen het politiegeweld.',
      '2017-10-02',
      [['morgen, dinsdag', '2017-10-03']],
    ],
    [
      "an English 'tomorrow, Tuesday,' is the next day, not last Tuesday",
      'en',
      'Unions have called a general strike for tomorrow, Tuesday, in protest at the police violence.',
      '2017-10-02',
      [['tomorrow, Tuesday', '2017-10-03']],
    ],
    [
      "a German 'heute, Dienstag,' is the day of the report",
      'de',
      'Die Gewerkschaften haben für heute, Dienstag, zum Generalstreik aufgerufen.',
      '2017-10-03',
      [['heute, Dienstag', '2017-10-03']],
    ],
  ] as const)('%s', (_name, lang, sentence, dct, expected) => {
    const found = extractTimexes(sentence, { lang, dct });
    expect(found.map((t) => [t.text, t.value])).toEqual(expected);
  });

  it('a weekday that opens a clause of its own after the comma stays an expression of its own', () => {
    const found = extractTimexes('De staking begint morgen, dinsdag volgt een betoging.', {
      lang: 'nl',
      dct: '2017-10-02',
    });
    expect(found.map((t) => t.text)).toEqual(['morgen', 'dinsdag']);
  });
});
