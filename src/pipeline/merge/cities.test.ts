/** Rallies on one day in two cities are two happenings; in one city, one. A town taken is the title’s town. */
import { describe, expect, it } from 'vitest';
import { day, sentence } from '../candidates/test-helpers.ts';
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { featuresOf } from './features.ts';
import { mergeCandidates } from './stage.ts';
import { testCandidate } from './test-candidate.ts';

const CITIES = new Set(['tbilisi', 'batumi', 'kutaisi']);
const isCity = (id: string) => CITIES.has(id);
const countryOf = (id: string) => (CITIES.has(id) || id === 'georgia' ? 'GE' : undefined);

function rally(text: string, places: string[], index: number, document = 'nos') {
  const when = day('2025-11-11', 'dinsdag');
  return testCandidate(sentence({ text, times: [when], paragraph: `p${index}` }, index), when, {
    document,
    language: 'nl',
    kind: 'protest',
    title: 'Protest',
    places,
    concepts: ['protesters'],
  });
}

const tbilisi = rally(
  'In Tbilisi gingen dinsdag opnieuw duizenden mensen de straat op.',
  ['georgia', 'tbilisi'],
  0,
);
const batumi = rally(
  'In Batoemi en Koetaisi gingen dinsdag honderden mensen de straat op.',
  ['batumi', 'kutaisi'],
  1,
);
const tbilisiAgain = rally('Ook dinsdag gingen in Tbilisi mensen de straat op.', ['tbilisi'], 2, 'krant');

describe('protests on one day', () => {
  it('in Tbilisi and in Batumi and Kutaisi stay two events', () => {
    const events = mergeCandidates([tbilisi, batumi], countryOf, isCity);
    expect(events.map((e) => e.places.join(' ')).sort()).toEqual(['batumi kutaisi', 'georgia tbilisi']);
  });

  it('in Tbilisi told by two papers are one event', () => {
    const events = mergeCandidates([tbilisi, tbilisiAgain], countryOf, isCity);
    expect(events).toHaveLength(1);
  });

  it('in Georgia and in Tbilisi may be one: a country is no other city', () => {
    const georgia = rally(
      'In Georgië gingen dinsdag duizenden mensen de straat op.',
      ['georgia'],
      3,
      'krant',
    );
    const events = mergeCandidates([tbilisi, georgia], countryOf, isCity);
    expect(events).toHaveLength(1);
  });

  it('in Georgia (told in English) and in Tbilisi (in Dutch) are titled by the city', () => {
    const georgia = testCandidate(
      sentence({ text: 'Protests swept Georgia on Tuesday.', times: [day('2025-11-11', 'on Tuesday')] }),
      day('2025-11-11', 'on Tuesday'),
      {
        document: 'wire',
        language: 'en',
        kind: 'protest',
        title: 'Protests in Georgia',
        places: ['georgia'],
        concepts: ['protesters'],
      },
    );
    const city = { ...tbilisi, title: 'Protests in Tbilisi' };
    expect(mergeCandidates([georgia, city], countryOf, isCity).map((e) => e.title)).toEqual([
      'Protests in Tbilisi',
    ]);
  });
});

describe('the cities a report of a town taken happened in', () => {
  const SYRIA = new Set(['aleppo', 'damascus', 'saraqeb']);
  const when = day('2024-11-30', 'on Saturday');
  const text =
    'Rebel fighters captured the town of Saraqeb on Saturday, cutting the highway between Aleppo and Damascus.';
  const report = (extra: Partial<EventCandidate>) =>
    testCandidate(sentence({ text, times: [when] }), when, {
      kind: 'capture',
      places: ['aleppo', 'damascus', 'saraqeb'],
      ...extra,
    });

  it('are the town its title names, not those on the way ("between Aleppo and Damascus")', () => {
    const f = featuresOf(
      report({ title: 'Rebels capture Saraqeb', titlePlace: 'saraqeb' }),
      undefined,
      (id) => SYRIA.has(id),
    );
    expect(f.cities).toEqual(['saraqeb']);
  });

  it('are every city it names where its title names none', () => {
    const f = featuresOf(report({ title: 'Town captured' }), undefined, (id) => SYRIA.has(id));
    expect(f.cities).toEqual(['aleppo', 'damascus', 'saraqeb']);
  });
});
