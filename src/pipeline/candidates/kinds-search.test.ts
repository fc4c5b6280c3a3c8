/**
 * The search for the missing called off after a shipwreck, a collapse or a quake: no disruption
 * of traffic nor a cancellation, in English, Dutch and German news.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('a search that is called off', () => {
  it.each([
    ['en', 'Friday the coastguard called off the search for the missing.'],
    ['en', 'Friday the coastguard suspended the search for survivors.'],
    ['nl', 'Vrijdag heeft de kustwacht de zoektocht naar vermisten grotendeels gestaakt.'],
    ['de', 'Freitag hat die Küstenwache die Suche nach Vermissten inzwischen eingestellt.'],
  ])('[%s] “%s” is a search called off', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2025-08-15')).toEqual([
      { kind: 'search-ended', title: 'Search called off' },
    ]);
  });

  it.each([
    ['en', 'Friday Amtrak suspended rail service between Miami and Orlando.', 'disruption'],
    ['de', 'Freitag hat die Bahn den Verkehr auf der Strecke eingestellt.', 'disruption'],
  ])('[%s] “%s” is still a %s', (lang, text, kind) => {
    expect(kindsAndTitles(lang, text, '2025-08-15').map((c) => c.kind)).toEqual([kind]);
  });
});
