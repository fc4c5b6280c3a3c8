/**
 * The place in the title of a happening many reports tell: the one a report puts it right at
 * ("near the city of Gaziantep"), else the one most of them name, never one named in passing.
 */
import { describe, expect, it } from 'vitest';
import { day, sentence } from '../candidates/test-helpers.ts';
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { mergeCandidates } from './stage.ts';
import { testCandidate } from './test-candidate.ts';

const COUNTRIES: Record<string, string> = {
  turkey: 'TR',
  gaziantep: 'TR',
  antakya: 'TR',
  kahramanmaras: 'TR',
};
const countryOf = (id: string) => COUNTRIES[id];

/** A report of the quake of 6 February naming `place` in its title (none: "Earthquake"). */
function quake(text: string, document: string, language: string, place?: string, centred = false) {
  const when = day('2023-02-06', 'Monday');
  const extra: Partial<EventCandidate> = {
    document,
    language,
    kind: 'disaster',
    title: place ? `Earthquake in ${place.charAt(0).toUpperCase()}${place.slice(1)}` : 'Earthquake',
    titleRank: place ? 1 : 3,
    places: place ? [place] : [],
    concepts: ['quake'],
    ...(place ? { titlePlace: place } : {}),
    ...(centred ? { centred: true as const } : {}),
  };
  return testCandidate(sentence({ text, when }), when, extra);
}

const passing = quake(
  'He had built a complex in Antakya which collapsed in the earthquake.',
  'a',
  'en',
  'antakya',
);
const struck = quake('A 7.8 magnitude earthquake struck southern Turkey on Monday.', 'b', 'en', 'turkey');
const dead = quake('Die Zahl der Toten durch die Beben in der Türkei stieg.', 'c', 'de', 'turkey');
const near = quake(
  'De aardbeving vond maandag plaats in de buurt van Gaziantep.',
  'd',
  'nl',
  'gaziantep',
  true,
);
const bare = quake('The earthquake on Monday was the deadliest in decades.', 'e', 'en');

describe('the place a quake’s title names', () => {
  it.each<[string, EventCandidate[], string]>([
    [
      'a Dutch report that puts it near Gaziantep names it, before English reports',
      [passing, struck, dead, near],
      'Earthquake in Gaziantep',
    ],
    [
      'without one, the country two reports name, not a town one names in passing',
      [passing, struck, dead],
      'Earthquake in Turkey',
    ],
    [
      'a title with a place, even German, before an English one without',
      [bare, dead],
      'Earthquake in Turkey',
    ],
  ])('%s', (_, reports, title) => {
    const events = mergeCandidates(reports, countryOf);
    expect(events.map((e) => e.title)).toEqual([title]);
  });
});
