/**
 * A rescue a report calls separate, with a count of its own, is another rescue than the one the
 * other reports count otherwise: two events, not one with a conflict of 48 against 60.
 */
import { describe, expect, it } from 'vitest';
import { day, sentence } from '../candidates/test-helpers.ts';
import type { Figure } from '../../schema/events.ts';
import { callsSeparate } from './separate.ts';
import { mergeCandidates } from './stage.ts';
import { testCandidate } from './test-candidate.ts';

describe('a sentence that calls its happening separate', () => {
  it.each([
    ['en', 'The charity ship rescued 48 people in a separate operation on Wednesday.', true],
    ['de', 'In einem separaten Einsatz rettete die Crew 48 Menschen.', true],
    ['nl', 'Bij een aparte reddingsactie werden 48 mensen uit het water gehaald.', true],
    ['en', 'The coastguard rescued 60 people from the apartment block.', false],
  ])('[%s] “%s”: %s', (_, text, separate) => {
    expect(callsSeparate(text)).toBe(separate);
  });
});

function rescue(document: string, text: string, value: number, index: number) {
  const when = day('2025-08-13', 'Wednesday');
  const figure: Figure = { value, counts: 'people rescued', text: String(value), qualifier: 'exact' };
  return testCandidate(sentence({ text, times: [when], paragraph: `p${index}` }, index), when, {
    document,
    kind: 'rescue',
    title: `${value} people rescued`,
    places: ['lampedusa'],
    figures: [figure],
  });
}

describe('rescues off Lampedusa on one Wednesday', () => {
  const coastguard = rescue('wire', 'The coastguard pulled 60 people from the water on Wednesday.', 60, 0);
  const again = rescue('guardian', 'Sixty people were rescued by the coastguard on Wednesday.', 60, 0);
  const charity = rescue(
    'guardian',
    'The charity ship Aurora Bianca rescued 48 people in a separate operation on Wednesday.',
    48,
    1,
  );
  const charityAgain = rescue('ngo', 'On Wednesday the Aurora Bianca crew rescued 48 people.', 48, 0);

  it('the one called separate stays apart from the coastguard’s, with the report that repeats it', () => {
    const events = mergeCandidates([coastguard, again, charity, charityAgain]);
    expect(events.map((e) => e.sources.length).sort()).toEqual([2, 2]);
    expect(events.every((e) => e.conflicts.length === 0)).toBe(true);
  });

  it('without the word, two counts of one rescue remain a conflict', () => {
    const plain = rescue('guardian', 'The charity ship Aurora Bianca rescued 48 people on Wednesday.', 48, 1);
    const [event] = mergeCandidates([coastguard, plain]);
    expect(event?.conflicts.map((c) => c.field)).toEqual(['figures.people rescued']);
  });
});
