/** A curfew told by several outlets is one event; curfews in two cities are two. */
import { describe, expect, it } from 'vitest';
import { day, sentence } from '../candidates/test-helpers.ts';
import { mergeCandidates } from './stage.ts';
import { testCandidate } from './test-candidate.ts';

const CITIES = new Set(['noumea', 'paita', 'nice']);
const isCity = (id: string) => CITIES.has(id);
const countryOf = (id: string) => (id === 'nice' ? 'FR' : CITIES.has(id) ? 'NC' : undefined);

function curfew(document: string, language: string, text: string, places: string[]) {
  const when = day('2024-05-14', text.match(/Tuesday|dinsdag|Dienstag/)?.[0]);
  return testCandidate(sentence({ text, times: [when] }), when, {
    document,
    language,
    kind: 'curfew',
    title: places.length > 0 ? 'Curfew imposed in Nouméa' : 'Curfew imposed',
    places,
  });
}

const wire = curfew('wire', 'en', 'A curfew has been in force in Noumea since Tuesday.', ['noumea']);
const nos = curfew('nos', 'nl', 'In Nouméa geldt sinds dinsdag een avondklok.', ['noumea']);
const spiegel = curfew('spiegel', 'de', 'Seit Dienstag gilt zudem eine nächtliche Ausgangssperre.', []);

describe('curfews', () => {
  it('told by an English, a Dutch and a German outlet, one naming no town, are one event', () => {
    const events = mergeCandidates([wire, nos, spiegel], countryOf, isCity);
    expect(events).toHaveLength(1);
    expect(events[0]?.sources.map((s) => s.document).sort()).toEqual(['nos', 'spiegel', 'wire']);
  });

  it('in Nouméa and in Païta stay two events', () => {
    const paita = curfew('nos', 'nl', 'In Païta geldt sinds dinsdag een avondklok.', ['paita']);
    const events = mergeCandidates([wire, paita], countryOf, isCity);
    expect(events).toHaveLength(2);
  });
});
