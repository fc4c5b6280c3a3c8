/**
 * One blaze reported under two kinds (a fire, a wildfire, an arson) is one event, and so is a train
 * crash with its carriages set on fire; a flood is not a fire.
 */
import { describe, expect, it } from 'vitest';
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { day, sentence } from '../candidates/test-helpers.ts';
import { kindTraits, mergeGroup } from '../candidates/kind-traits.ts';
import { mergeCandidates } from './stage.ts';
import { testCandidate } from './test-candidate.ts';

const isCity = (id: string) => id === 'athens' || id === 'krasnogorsk';
const countryOf = (id: string) => (id === 'athens' ? 'GR' : id === 'krasnogorsk' ? 'RU' : undefined);

function report(
  document: string,
  language: string,
  text: string,
  kind: string,
  places: string[],
  concepts: string[] = [],
): EventCandidate {
  const when = day('2024-08-11', text.match(/Sunday|zondag|Sonntag/)?.[0]);
  return testCandidate(sentence({ text, times: [when] }), when, {
    document,
    language,
    kind,
    title: kind,
    places,
    concepts,
  });
}

describe('kinds that name the same happening', () => {
  it('an arson keeps its own kind group for its event id, so that ids stay as they were', () => {
    expect(kindTraits('arson').group).toBe('arson');
  });

  it.each<[string, string, string[], string]>([
    ['a wildfire belongs with fires', 'disaster', ['wildfire'], 'fire'],
    ['an arson belongs with fires', 'arson', [], 'fire'],
    ['a flood stays a disaster of its own', 'disaster', ['flood'], 'disaster'],
    ['a suspicion still belongs with arrests', 'investigation', [], 'arrest'],
    ['power seized belongs with coups', 'seizure', [], 'coup'],
    ['a shooting belongs with attacks', 'shooting', [], 'attack'],
    ['a crash that brings a bridge down belongs with collapses', 'accident', ['brought-down'], 'disaster'],
    ['a plane that "stürzte ein … ab" stays a crash', 'accident', ['collapse'], 'accident'],
    ['a crash of a plane stays a crash', 'accident', [], 'accident'],
    ['train carriages on fire belong with the crash', 'fire', ['rail'], 'accident'],
  ])('%s', (_name, kind, concepts, group) => {
    expect(mergeGroup(kindTraits(kind), concepts)).toBe(group);
  });

  it('an English wildfire and a Dutch "grote brand" north of Athens on Sunday are one event', () => {
    const events = mergeCandidates(
      [
        report(
          'en',
          'en',
          'A wildfire raged through the hills north of Athens on Sunday.',
          'disaster',
          ['athens'],
          ['wildfire'],
        ),
        report('nl', 'nl', 'Een grote brand woedde zondag in de heuvels ten noorden van Athene.', 'fire', [
          'athens',
        ]),
      ],
      countryOf,
      isCity,
    );
    expect(events).toHaveLength(1);
  });

  it('gunmen setting a hall ablaze and the fire raging there on Sunday are one event', () => {
    const events = mergeCandidates(
      [
        report('en', 'en', 'The gunmen set the concert hall in Krasnogorsk ablaze on Sunday.', 'arson', [
          'krasnogorsk',
        ]),
        report('de', 'de', 'Am Sonntag wütete in der Halle in Krasnogorsk ein Großbrand.', 'fire', [
          'krasnogorsk',
        ]),
      ],
      countryOf,
      isCity,
    );
    expect(events).toHaveLength(1);
  });

  it('a train crash near Larissa and the Dutch "wagons vlogen in brand" of that Sunday are one event', () => {
    const events = mergeCandidates(
      [
        report(
          'en',
          'en',
          'A passenger train collided head-on with a freight train near Athens on Sunday.',
          'accident',
          ['athens'],
          ['rail'],
        ),
        report('nl', 'nl', 'De eerste wagons vlogen zondag in brand.', 'fire', [], ['rail']),
      ],
      countryOf,
      isCity,
    );
    expect(events).toHaveLength(1);
  });

  it('a flood and a fire near Athens on the same Sunday stay two events', () => {
    const events = mergeCandidates(
      [
        report(
          'en',
          'en',
          'Floods swept through the suburbs of Athens on Sunday.',
          'disaster',
          ['athens'],
          ['flood'],
        ),
        report('nl', 'nl', 'Een grote brand woedde zondag in de heuvels ten noorden van Athene.', 'fire', [
          'athens',
        ]),
      ],
      countryOf,
      isCity,
    );
    expect(events).toHaveLength(2);
  });
});
