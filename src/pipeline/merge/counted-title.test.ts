/**
 * A tally's title claims no count another source tops, a vague one ("dozens") included: it stands
 * in no conflict, but the event's own figures top it. The report of the count no one tops titles it.
 */
import { describe, expect, it } from 'vitest';
import { day, sentence } from '../candidates/test-helpers.ts';
import type { EventCandidate } from '../candidates/event-candidate.ts';
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

describe('the title of a count of some of the dead', () => {
  const police = (value: number): Figure => ({
    value,
    counts: 'police and soldiers killed',
    text: String(value),
  });
  const ap = testCandidate(
    sentence({
      text: 'The Interior Ministry said 18 members of the security forces had been killed and 748 injured.',
    }),
    day('2022-01-07'),
    {
      kind: 'death',
      title: '18 police and soldiers killed',
      uncountedTitle: 'People killed',
      figures: [police(18)],
    },
  );
  const reuters = testCandidate(
    sentence({
      text: 'Kazakhstan said on Saturday that 225 people had been killed, including 19 members of the security forces.',
    }),
    day('2022-01-15'),
    {
      kind: 'death',
      title: '225 people killed',
      uncountedTitle: 'People killed',
      figures: [killed(225), police(19)],
    },
  );
  it.each<[string, string, typeof ap, Figure[]]>([
    ['18 security forces beside a toll of 164 people', 'People killed', ap, [killed(164), police(18)]],
    ['18 security forces and no other count', '18 police and soldiers killed', ap, [police(18)]],
    ['225 people, 19 security forces among them', '225 people killed', reuters, [killed(225), police(19)]],
  ])('%s is titled “%s”', (_, title, c, figures) => {
    expect(countedTitle(c, [], figures)).toBe(title);
  });
});

describe('a toll another report tops is titled by that report', () => {
  const report = (title: string, uncountedTitle: string, figure: Figure) =>
    testCandidate(sentence({ text: `${title}.` }), day('2022-01-09'), {
      kind: 'death',
      title,
      uncountedTitle,
      figures: [figure],
    });
  const highest = report('225 people killed', 'People killed', killed(225));
  const elsewhere = report('225 people killed in Almaty', 'People killed in Almaty', killed(225));
  const vague = report('Hundreds of people killed', 'People killed', {
    value: 200,
    counts: 'people killed',
    text: 'hundreds',
    qualifier: 'at-least',
  });
  it.each<[string, EventCandidate[], string]>([
    ['the report of the highest count', [dozens, highest], '225 people killed'],
    ['no report framed as it is (another place)', [dozens, elsewhere], 'People killed'],
    ['no report that counts more than vaguely', [dozens, vague], 'People killed'],
  ])('beside %s, “dozens” is titled “%s”', (_, members, title) => {
    expect(countedTitle(dozens, [], [killed(225)], members)).toBe(title);
  });
});
