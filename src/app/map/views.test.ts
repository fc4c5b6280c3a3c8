import { describe, expect, it } from 'vitest';
import { boundsOf, hasArea, inBounds, isElsewhere, isLandmark, VIEW_BOUNDS } from './views.ts';

const places = {
  almaty: { lat: 43.2567, lon: 76.9286 },
  republicSquare: { lat: 43.2383, lon: 76.9453 },
  airport: { lat: 43.3521, lon: 77.0405 },
  astana: { lat: 51.1801, lon: 71.446 },
  aktau: { lat: 43.65, lon: 51.1667 },
  oskemen: { lat: 49.9714, lon: 82.6059 },
  berlin: { lat: 52.52, lon: 13.405 },
  washington: { lat: 38.8951, lon: -77.0364 },
  moscow: { lat: 55.7522, lon: 37.6156 },
};

describe('view bounds', () => {
  it.each([
    { name: 'the Kazakhstan view shows Almaty', view: 'kazakhstan', place: 'almaty', inside: true },
    {
      name: 'the Kazakhstan view shows Aktau on the Caspian',
      view: 'kazakhstan',
      place: 'aktau',
      inside: true,
    },
    {
      name: 'the Kazakhstan view shows Oskemen in the east',
      view: 'kazakhstan',
      place: 'oskemen',
      inside: true,
    },
    { name: 'the Kazakhstan view shows Astana', view: 'kazakhstan', place: 'astana', inside: true },
    { name: 'the Almaty view shows Republic Square', view: 'almaty', place: 'republicSquare', inside: true },
    { name: 'the Almaty view shows the airport', view: 'almaty', place: 'airport', inside: true },
    { name: 'the Almaty view leaves out Astana', view: 'almaty', place: 'astana', inside: false },
    { name: 'the Kazakhstan view leaves out Moscow', view: 'kazakhstan', place: 'moscow', inside: false },
  ] as const)('$name', ({ view, place, inside }) => {
    const { lat, lon } = places[place];
    expect(inBounds(VIEW_BOUNDS[view], lat, lon)).toBe(inside);
  });
});

describe('isElsewhere', () => {
  it.each([
    { place: 'berlin', elsewhere: true },
    { place: 'washington', elsewhere: true },
    { place: 'moscow', elsewhere: true },
    { place: 'almaty', elsewhere: false },
    { place: 'aktau', elsewhere: false },
  ] as const)('lists $place beside the map: $elsewhere', ({ place, elsewhere }) => {
    expect(isElsewhere(places[place])).toBe(elsewhere);
  });
});

describe('boundsOf', () => {
  it('frames all the places of a cluster', () => {
    expect(boundsOf([places.almaty, places.airport, places.republicSquare])).toEqual([
      [43.2383, 76.9286],
      [43.3521, 77.0405],
    ]);
  });

  it('has no bounds for no places', () => {
    expect(boundsOf([])).toBeNull();
  });

  it.each([
    {
      name: 'places at one point enclose no area, so zooming cannot split them',
      points: [places.almaty, places.almaty],
      area: false,
    },
    { name: 'places apart enclose an area', points: [places.almaty, places.airport], area: true },
  ])('$name', ({ points, area }) => {
    const bounds = boundsOf(points);
    expect(bounds && hasArea(bounds)).toBe(area);
  });
});

describe('isLandmark', () => {
  it.each([
    { kind: 'landmark', landmark: true },
    { kind: 'airport', landmark: true },
    { kind: 'city', landmark: false },
    { kind: 'region', landmark: false },
    { kind: 'country', landmark: false },
  ])('treats a $kind as a landmark: $landmark', ({ kind, landmark }) => {
    expect(isLandmark(kind)).toBe(landmark);
  });
});
