import { describe, expect, it } from 'vitest';
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { renamedActors } from './renamed-actors.ts';

/** "Djokovic" garbled for Tokayev in a translation; "Massimo" for Massimov. */
const NAMES = new Map([
  ['djokovic', 'tokayev'],
  ['massimo', 'massimov'],
]);
const rename = (id: string) => NAMES.get(id) ?? id;

function candidate(extra: Partial<EventCandidate>): EventCandidate {
  return { actors: [], ...extra } as EventCandidate;
}

describe('renamedActors: every actor id of a report under the name kept', () => {
  it.each<[string, Partial<EventCandidate>, Partial<EventCandidate>]>([
    ['the actors are renamed, each once', { actors: ['djokovic', 'tokayev'] }, { actors: ['tokayev'] }],
    [
      'the agent and the patient are renamed with them',
      { actors: ['djokovic', 'massimo'], agent: 'djokovic', patient: 'massimo' },
      { actors: ['tokayev', 'massimov'], agent: 'tokayev', patient: 'massimov' },
    ],
    [
      'actors named in another clause are renamed too',
      { actors: ['djokovic'], asideActors: ['massimo'] },
      { actors: ['tokayev'], asideActors: ['massimov'] },
    ],
    ['a report without agent or patient gets none', { actors: ['csto'] }, { actors: ['csto'] }],
  ])('%s', (_, given, expected) => {
    expect(renamedActors(candidate(given), rename)).toEqual(expected);
  });
});
