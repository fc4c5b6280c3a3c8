/**
 * A report of a kind the merge compares in another kind's group for a topic of its sentence (a
 * wildfire among fires) names the event only where it says where the other does not.
 */
import { describe, expect, it } from 'vitest';
import { day, sentence } from '../candidates/test-helpers.ts';
import { mergeCandidates } from './stage.ts';
import { testCandidate } from './test-candidate.ts';

const when = day('2025-01-07', 'Tuesday');

const wildfire = testCandidate(
  sentence({
    text: 'The Palisades and Eaton fires were fully contained on Friday, more than three weeks after they erupted on Tuesday and became the most destructive wildfires in the history of Los Angeles.',
    when,
  }),
  when,
  {
    document: 'latimes',
    kind: 'disaster',
    title: 'Wildfire',
    concepts: ['wildfire'],
    actors: ['name:eaton-fire'],
  },
);

const inAltadena = testCandidate(
  sentence({
    text: 'On Tuesday a second blaze, the Eaton Fire, erupted in the foothills near Altadena.',
    when,
  }),
  when,
  {
    document: 'reuters',
    kind: 'fire',
    title: 'Fire in Altadena',
    places: ['altadena-us'],
    titlePlace: 'altadena-us',
    actors: ['name:eaton-fire'],
  },
);

describe('the title of a fire a report of wildfires joined', () => {
  it('is “Fire in Altadena”, not the “Wildfire” that names no place', () => {
    const events = mergeCandidates([wildfire, inAltadena]);
    expect(events.map((e) => [e.title, e.sources.map((s) => s.document).sort()])).toEqual([
      ['Fire in Altadena', ['latimes', 'reuters']],
    ]);
  });

  it('is the wildfire’s where it names the place too', () => {
    const placed = {
      ...wildfire,
      title: 'Wildfire in Altadena',
      places: ['altadena-us'],
      titlePlace: 'altadena-us',
    };
    expect(mergeCandidates([placed, inAltadena]).map((e) => e.title)).toEqual(['Wildfire in Altadena']);
  });
});
