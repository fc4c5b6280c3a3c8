import { describe, expect, it } from 'vitest';
import { joined } from './joined.ts';

describe('joined', () => {
  it('keeps a cluster’s list as it is when the other cluster holds nothing', () => {
    const x = ['people killed=36'];
    expect(joined(x, [])).toBe(x);
    expect(joined([], x)).toBe(x);
  });

  it('holds both clusters’ entries, the first cluster’s first', () => {
    expect(joined([36.1, 27.9], [39.6, 19.9])).toEqual([36.1, 27.9, 39.6, 19.9]);
  });
});
