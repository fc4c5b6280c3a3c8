import { describe, expect, it } from 'vitest';
import { eventsLabel, markerName } from './labels.ts';

describe('markerName', () => {
  it.each([
    { name: 'a place with one event', names: ['Berlin'], events: 1, lang: 'en', label: 'Berlin, 1 event' },
    {
      name: 'a place with several events',
      names: ['Almaty'],
      events: 3,
      lang: 'en',
      label: 'Almaty, 3 events',
    },
    {
      name: 'a cluster of two places',
      names: ['Almaty', 'Republic Square'],
      events: 4,
      lang: 'en',
      label: 'Almaty and 1 more place, 4 events',
    },
    {
      name: 'a cluster of three places',
      names: ['Almaty', 'Akimat', 'Airport'],
      events: 6,
      lang: 'en',
      label: 'Almaty and 2 more places, 6 events',
    },
    {
      name: 'a Dutch place with one event',
      names: ['Berlijn'],
      events: 1,
      lang: 'nl',
      label: 'Berlijn, 1 gebeurtenis',
    },
    {
      name: 'a Dutch cluster',
      names: ['Almaty', 'Luchthaven'],
      events: 2,
      lang: 'nl',
      label: 'Almaty en 1 andere plaats, 2 gebeurtenissen',
    },
  ] as const)('names $name: $label', ({ names, events, lang, label }) => {
    expect(markerName(names, events, lang)).toBe(label);
  });
});

describe('eventsLabel', () => {
  it.each([
    { count: 1, lang: 'en', label: '1 event' },
    { count: 3, lang: 'en', label: '3 events' },
    { count: 0, lang: 'nl', label: '0 gebeurtenissen' },
  ] as const)('says $label for $count in $lang', ({ count, lang, label }) => {
    expect(eventsLabel(count, lang)).toBe(label);
  });
});
