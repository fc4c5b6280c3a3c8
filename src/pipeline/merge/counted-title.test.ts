/**
 * A tally's title claims no count another source tops, a vague one ("dozens") included: it stands
 * in no conflict, but the event's own figures top it.
 */
import { describe, expect, it } from 'vitest';
import { day, sentence } from '../candidates/test-helpers.ts';
import type { Figure } from '../types.ts';
import { countedTitle, vaguelyCounted } from './counted-title.ts';
import { testCandidate } from './test-candidate.ts';

const text =
  'Russian paratroopers have arrived in Kazakhstan after dozens of people were killed in clashes in Almaty.';
const dozens = testCandidate(sentence({ text }), day('2022-01-06'), {
  kind: 'death',
  title: 'Dozens of people killed',
  uncountedTitle: 'People killed',
  figures: [{ value: 24, counts: 'people killed', text: 'dozens', qualifier: 'at-least' }],
});
const killed = (value: number): Figure => ({ value, counts: 'people killed', text: String(value) });

describe('the title of a toll told as “dozens”', () => {
  it.each<[string, string, Figure[]]>([
    ['225 people killed, told by another source', 'People killed', [killed(225)]],
    ['no other count', 'Dozens of people killed', []],
    ['a count it does not top', 'Dozens of people killed', [killed(20)]],
  ])('beside %s, it is “%s”', (_, title, figures) => {
    expect(countedTitle(dozens, [], figures)).toBe(title);
  });
});

describe('a title that counts only vaguely', () => {
  it.each<[string, boolean, Figure]>([
    ['dozens', true, { value: 24, counts: 'people killed', text: 'dozens', qualifier: 'at-least' }],
    ['225', false, killed(225)],
  ])(
    '“%s people killed” counts only vaguely, and names no event a number is given for: %s',
    (_, vague, figure) => {
      expect(vaguelyCounted({ ...dozens, figures: [figure] })).toBe(vague);
    },
  );
});
