import { describe, expect, it } from 'vitest';
import { countName } from './count-name.ts';

const at = (iso: string) => Date.parse(`${iso}Z`);

describe('countName', () => {
  it.each([
    [
      'a count over days is named by its first and last day',
      12,
      '2022-01-05T10:00',
      '2022-01-07T22:00',
      'en',
      '12 events, 5 Jan–7 Jan',
    ],
    ['a count of one is one event', 1, '2022-01-05T10:00', '2022-01-05T10:00', 'en', '1 event, 5 Jan–5 Jan'],
    [
      'a Dutch count is named in Dutch',
      3,
      '2022-01-05T00:00',
      '2022-01-06T00:00',
      'nl',
      '3 gebeurtenissen, 5 jan–6 jan',
    ],
  ] as const)('%s', (_, count, from, to, language, expected) => {
    expect(countName({ count, from: at(from), to: at(to) }, language)).toBe(expected);
  });
});
