import { describe, expect, it } from 'vitest';
import {
  centreOn,
  clamp,
  identity,
  limitsFor,
  pan,
  transformFor,
  windowOf,
  zoomAt,
  zoomOnCount,
} from './zoom.ts';

const limits = { width: 1000, minK: 1, maxK: 100 };
const extent = { from: 0, to: 10_000 };

describe('zoom transform', () => {
  it.each([
    [
      'zooming in keeps the time under the pointer in place',
      zoomAt(identity, 250, 2, limits),
      { k: 2, x: -250 },
    ],
    [
      'zooming out past the whole range stops at the whole range',
      zoomAt({ k: 2, x: -500 }, 500, 0.1, limits),
      { k: 1, x: 0 },
    ],
    [
      'zooming in past the finest scale stops at the finest scale',
      zoomAt(identity, 0, 1000, limits),
      { k: 100, x: 0 },
    ],
    [
      'panning before the first event stops at the start',
      pan({ k: 2, x: -100 }, 500, limits),
      { k: 2, x: 0 },
    ],
    [
      'panning after the last event stops at the end',
      pan({ k: 2, x: -100 }, -5000, limits),
      { k: 2, x: -1000 },
    ],
    ['panning inside the range moves by the drag', pan({ k: 4, x: -1000 }, 300, limits), { k: 4, x: -700 }],
    ['at the whole range nothing pans', pan(identity, 200, limits), { k: 1, x: 0 }],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('clamping a valid transform returns the very same value', () => {
    const t = { k: 3, x: -200 };
    expect(clamp(t, limits)).toBe(t);
  });

  it('operations never change the transform they are given', () => {
    const t = Object.freeze({ k: 2, x: -100 });
    zoomAt(t, 10, 3, limits);
    pan(t, 50, limits);
    expect(t).toEqual({ k: 2, x: -100 });
  });

  it.each([
    ['the identity shows the whole range', identity, { from: 0, to: 10_000 }],
    [
      'twice the scale shifted by half a screen shows the middle half',
      { k: 2, x: -500 },
      { from: 2500, to: 7500 },
    ],
  ])('%s', (_name, t, expected) => {
    expect(windowOf(t, extent, 1000)).toEqual(expected);
  });

  it.each([
    ['the middle half', { from: 2500, to: 7500 }],
    ['the last tenth', { from: 9000, to: 10_000 }],
  ])('the transform for %s shows that window again', (_name, w) => {
    const shown = windowOf(transformFor(w, extent, limits), extent, 1000);
    expect(shown.from).toBeCloseTo(w.from, 6);
    expect(shown.to).toBeCloseTo(w.to, 6);
  });

  it('a window wider than the data is clamped to the data', () => {
    expect(transformFor({ from: -5000, to: 20_000 }, extent, limits)).toEqual({ k: 1, x: 0 });
  });

  it('centring on an instant puts it in the middle of the screen', () => {
    const t = centreOn({ k: 4, x: 0 }, 5000, extent, limits);
    const w = windowOf(t, extent, 1000);
    expect((w.from + w.to) / 2).toBeCloseTo(5000, 6);
  });

  it('limits allow zooming until the view spans the minimum span', () => {
    expect(limitsFor({ from: 0, to: 86_400_000 }, 800, 7_200_000)).toEqual({ width: 800, minK: 1, maxK: 12 });
  });

  it.each([
    ['a count spread over time at the whole range zooms onto it', { from: 4000, to: 5000 }, identity, true],
    ['a count of events at one instant is not zoomed onto', { from: 4000, to: 4000 }, identity, false],
    [
      'a count at the finest scale already is not zoomed onto',
      { from: 4000, to: 4010 },
      { k: 100, x: -40_000 },
      false,
    ],
  ])('%s', (_name, count, current, zooms) => {
    expect(zoomOnCount(count, current, extent, limits, 100) !== null).toBe(zooms);
  });

  it('zooming onto a count shows its span with a tenth more on each side', () => {
    const t = zoomOnCount({ from: 4000, to: 5000 }, identity, extent, limits, 100);
    const w = windowOf(t ?? identity, extent, 1000);
    expect(w.from).toBeCloseTo(3900, 6);
    expect(w.to).toBeCloseTo(5100, 6);
  });
});
