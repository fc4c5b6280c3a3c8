import { describe, expect, it } from 'vitest';
import { clusterPoints, type ScreenPoint } from './cluster.ts';

const p = (id: string, x: number, y: number, weight = 1): ScreenPoint => ({ id, x, y, weight });

describe('clusterPoints', () => {
  it.each([
    {
      name: 'places far apart each keep their own marker',
      points: [p('almaty', 0, 0), p('astana', 200, 0)],
      distance: 40,
      groups: [['almaty'], ['astana']],
    },
    {
      name: 'places closer than the distance share one marker',
      points: [p('square', 0, 0), p('akimat', 10, 5)],
      distance: 40,
      groups: [['akimat', 'square']],
    },
    {
      name: 'the busiest place seeds the cluster and is listed first',
      points: [p('a', 0, 0, 1), p('b', 30, 0, 5), p('c', 65, 0, 1)],
      distance: 40,
      groups: [['b', 'a', 'c']],
    },
    {
      name: 'a chain of places is not merged beyond the distance from its seed',
      points: [p('a', 0, 0, 3), p('b', 35, 0, 2), p('c', 70, 0, 1)],
      distance: 40,
      groups: [['a', 'b'], ['c']],
    },
    {
      name: 'neighbours across a grid cell border are still clustered',
      points: [p('left', 39, 0), p('right', 41, 0)],
      distance: 40,
      groups: [['left', 'right']],
    },
    {
      name: 'a distance of zero never clusters, even places on one point',
      points: [p('a', 5, 5), p('b', 5, 5)],
      distance: 0,
      groups: [['a'], ['b']],
    },
    { name: 'no places give no markers', points: [], distance: 40, groups: [] },
  ])('$name', ({ points, distance, groups }) => {
    expect(clusterPoints(points, distance).map((c) => c.ids)).toEqual(groups);
  });

  it('places a cluster at the centre of its places weighted by their events', () => {
    const [cluster] = clusterPoints([p('a', 0, 0, 3), p('b', 20, 40, 1)], 50);
    expect(cluster).toEqual({ ids: ['a', 'b'], x: 5, y: 10, weight: 4 });
  });

  it('gives the same clusters whatever the order of the input', () => {
    const points = [p('a', 0, 0), p('b', 30, 0), p('c', 60, 0), p('d', 90, 0)];
    expect(clusterPoints([...points].reverse(), 40)).toEqual(clusterPoints(points, 40));
  });
});
