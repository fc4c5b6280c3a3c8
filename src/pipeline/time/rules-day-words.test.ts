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
