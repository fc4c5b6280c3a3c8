import { describe, expect, it } from 'vitest';
import type { Published } from '../types.ts';
import { withinSeason } from './season-apart.ts';

const published: Record<string, Published> = {
  beirut_0806: { date: '2020-08-06', precision: 'day', inferred: false },
  beirut_08: { date: '2020-08-01', precision: 'month', inferred: false },
  bangladesh_0721: { date: '2024-07-21', precision: 'day', inferred: false },
  suez_0324: { date: '2021-03-24', precision: 'day', inferred: false },
  suez_0707: { date: '2021-07-07', precision: 'day', inferred: false },
  suez_0527: { date: '2021-05-27', precision: 'day', inferred: false },
};

const linked = withinSeason(
  () => true,
  (id) => published[id],
);
const unlinked = withinSeason(
  () => false,
  (id) => published[id],
);

describe('documents published a season apart', () => {
  it.each<[string, string, string, boolean]>([
    [
      'a report of Bangladesh in 2024 tells no story with one of Beirut in 2020',
      'bangladesh_0721',
      'beirut_08',
      false,
    ],
    ['two reports of Beirut a week apart tell one story', 'beirut_0806', 'beirut_08', true],
    ['reports of the Suez blockage two months apart tell one story', 'suez_0324', 'suez_0527', true],
    ['reports of the Suez blockage fifteen weeks apart tell none', 'suez_0324', 'suez_0707', false],
    ['a document whose date is unknown is judged by the story links alone', 'suez_0324', 'unknown', true],
  ])('%s', (_, a, b, same) => {
    expect(linked(a, b)).toBe(same);
    expect(linked(b, a)).toBe(same);
  });

  it('documents the story links keep apart stay apart however close their days', () => {
    expect(unlinked('beirut_0806', 'beirut_08')).toBe(false);
  });
});
