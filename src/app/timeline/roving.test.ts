import { describe, expect, it } from 'vitest';
import { steppedId, tabStopId } from './roving.ts';

describe('tabStopId', () => {
  const drawn = new Set(['a', 'b', 'c']);
  it.each([
    ['the event last focused holds the tab stop while drawn', 'b', 'c', 'b'],
    ['the selected event holds it when the one last focused is not drawn', 'x', 'c', 'c'],
    ['the selected event holds it when none was focused', null, 'c', 'c'],
    ['the first drawn event holds it when neither is drawn', 'x', 'y', 'a'],
    ['the first drawn event holds it when none was focused or selected', null, null, 'a'],
  ])('%s', (_, roving, selected, expected) => {
    expect(tabStopId(drawn, 'a', roving, selected)).toBe(expected);
  });

  it('nothing holds the tab stop when nothing is drawn', () => {
    expect(tabStopId(new Set(), null, 'a', 'b')).toBeNull();
  });
});

describe('steppedId', () => {
  const order = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it.each([
    ['the next event follows', 'b', 1, 'c'],
    ['the previous event precedes', 'b', -1, 'a'],
    ['a step past the last event goes nowhere', 'c', 1, null],
    ['a step before the first event goes nowhere', 'a', -1, null],
    ['a step from an event not in the order starts before the first', 'x', 1, 'a'],
  ])('%s', (_, id, delta, expected) => {
    expect(steppedId(order, id, delta)).toBe(expected);
  });
});
