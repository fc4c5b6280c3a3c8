import { describe, expect, it } from 'vitest';
import { sameWindow } from './window-sync.svelte.ts';

const jan5 = Date.UTC(2022, 0, 5);
const DAY = 86_400_000;

describe('sameWindow', () => {
  it.each([
    ['the home view (no window) is itself', null, null, true],
    ['a window is not the home view', { from: jan5, to: jan5 + DAY }, null, false],
    [
      'ends under a minute apart make one window',
      { from: jan5, to: jan5 + DAY },
      { from: jan5 + 59_000, to: jan5 + DAY - 59_000 },
      true,
    ],
    [
      'an end a minute or more away makes another window',
      { from: jan5, to: jan5 + DAY },
      { from: jan5, to: jan5 + DAY + 60_000 },
      false,
    ],
  ])('%s', (_name, a, b, same) => {
    expect(sameWindow(a, b)).toBe(same);
  });
});
