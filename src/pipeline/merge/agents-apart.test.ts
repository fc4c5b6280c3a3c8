/**
 * One report telling two agents' evacuations ("Die Bundeswehr hat … ausgeflogen", "Die USA hatten
 * ihre Botschaftsmitarbeiter … geholt") tells two, and no report naming neither agent joins them.
 */
import { describe, expect, it } from 'vitest';
import { day, sentence } from '../candidates/test-helpers.ts';
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { mergeCandidates } from './stage.ts';
import { testCandidate } from './test-candidate.ts';

function evacuated(document: string, text: string, agent?: string): EventCandidate {
  const when = day('2023-04-23', text.match(/Sonntag|[Zz]ondag/)?.[0]);
  return testCandidate(sentence({ text, times: [when] }), when, {
    document,
    language: document.startsWith('de') ? 'de' : 'nl',
    kind: 'evacuation',
    title: 'Evacuation',
    ...(agent ? { agent, actors: [agent] } : {}),
    places: ['sudan'],
  });
}

const bundeswehr = evacuated(
  'de_tagesschau',
  'Die Bundeswehr hat seit Sonntag mehr als 700 Menschen aus dem umkämpften Sudan ausgeflogen.',
  'bundeswehr',
);
const usa = evacuated(
  'de_tagesschau',
  'Die USA hatten ihre Botschaftsmitarbeiter bereits am Sonntag mit Hubschraubern aus dem Sudan geholt.',
  'united-states',
);
const dutch = evacuated('nl_nos', 'Zondag werden mensen uit Soedan geëvacueerd.');

/** Which documents each event cites, one line per event, in the order of its first sentence. */
const merged = (candidates: EventCandidate[]) =>
  mergeCandidates(candidates).map((e) => e.sources.map((s) => `${s.document}: ${s.sentence.slice(4, 20)}`));

describe('evacuations told apart by who carries them out, within a report', () => {
  it('the Bundeswehr’s flights and the Americans’ helicopters of one tagesschau report are two, even with an agentless NOS report of that Sunday beside them', () => {
    const events = merged([bundeswehr, usa, dutch]);
    expect(events).toHaveLength(2);
    expect(events.find((e) => e.some((s) => s.includes('USA')))).not.toContainEqual(
      expect.stringContaining('Bundeswehr'),
    );
  });

  it('an agentless report of that Sunday still joins one of them', () => {
    expect(merged([bundeswehr, dutch])).toHaveLength(1);
  });
});
