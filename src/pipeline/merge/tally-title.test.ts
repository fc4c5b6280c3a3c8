import { describe, expect, it } from 'vitest';
import { day, sentence } from '../candidates/test-helpers.ts';
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { toItem } from './item.ts';
import { talliedTitled } from './tally-title.ts';
import { testCandidate } from './test-candidate.ts';

const item = (text: string, extra: Partial<EventCandidate>) =>
  toItem(testCandidate(sentence({ text }), day('2022-10-29'), extra), undefined, undefined, new Map());

const lede = (kind: string, title: string) =>
  item(
    "A crowd of mostly young people celebrating Halloween surged into a narrow alley in Seoul's Itaewon nightlife district on Saturday night, killing at least 151 people.",
    {
      kind,
      title,
      uncountedTitle: 'People killed',
      places: ['itaewon', 'seoul'],
      figures: [{ value: 151, counts: 'people killed', text: 'at least 151', qualifier: 'at-least' }],
      titleRank: 0,
    },
  );
const whoTheyWere = (kind: string, title: string) =>
  item('Choi Seong-beom, chief of the Yongsan fire department, said most of the dead were in their 20s.', {
    kind,
    title,
    places: ['yongsan'],
    titlePlace: 'yongsan',
    titleRank: 7,
  });

describe('the title of a tally told by a count and by who the dead were', () => {
  it('the dead counted in the lede name the event, not the district of the fire department that said who they were', () => {
    expect(
      talliedTitled([whoTheyWere('death', 'Deaths in Yongsan'), lede('death', '151 people killed')]).title,
    ).toBe('151 people killed');
  });

  it('a happening that counts nothing is titled by the report that best names it', () => {
    expect(talliedTitled([whoTheyWere('raid', 'Raid in Yongsan'), lede('raid', 'Raid')]).title).toBe(
      'Raid in Yongsan',
    );
  });
});
