import { describe, expect, it } from 'vitest';
import { extractCandidates } from './stage.ts';
import { isStandingCount } from './standing-count.ts';
import { article, day } from './test-helpers.ts';
import { tokenize } from './tokenize.ts';

describe('isStandingCount', () => {
  it.each([
    ['The number of people detained now stands at 62.', 'detained', true],
    ['The number of arrests has risen to 80.', 'arrests', true],
    ['Het aantal arrestanten is opgelopen tot 62.', 'arrestanten', true],
    ['Die Zahl der Toten ist auf 222 gestiegen.', 'Toten', true],
    ['Police detained a number of protesters.', 'detained', false],
    ['A number detained on Monday were freed.', 'detained', false],
    ['Police arrested 50 people on Monday.', 'arrested', false],
  ])('“%s” counts those “%s”: %s', (text, trigger, expected) => {
    expect(isStandingCount(tokenize(text), text.indexOf(trigger))).toBe(expected);
  });
});

describe('a standing count is dated with what it counts', () => {
  const lead = {
    text: 'Police arrested 50 protesters in Tbilisi on Monday night.',
    paragraph: 'p1',
    times: [day('2024-11-04', 'on Monday night')],
  };
  const arrests = (text: string, own: Parameters<typeof day> | null) =>
    extractCandidates(
      article(
        'doc',
        'en',
        [
          lead,
          own
            ? { text, paragraph: 'p2', times: [day(...own)] }
            : { text, paragraph: 'p2', when: day('2024-11-05', undefined, 0.6) },
        ],
        '2024-11-06',
      ),
    )
      .filter((c) => c.sentence.paragraph === 'p2' && c.kind === 'arrest')
      .map((c) => c.when.start);

  it('“the number of people detained now stands at 62” keeps the day of the arrests, not publication', () => {
    const now = { ...day('2024-11-06', 'now'), value: 'PRESENT_REF' };
    const found = extractCandidates(
      article(
        'doc',
        'en',
        [lead, { text: 'The number of people detained now stands at 62.', paragraph: 'p2', times: [now] }],
        '2024-11-06',
      ),
    ).filter((c) => c.sentence.paragraph === 'p2');
    expect(found.map((c) => [c.kind, c.when.start])).toEqual([['arrest', '2024-11-04']]);
  });

  it('“the number of detained stands at 80” after a sentence of Tuesday keeps the day of the arrests', () => {
    expect(arrests('The number of detained stands at 80.', null)).toEqual(['2024-11-04']);
  });

  it('a count given for a day of its own keeps that day', () => {
    expect(
      arrests('By Tuesday the number of people detained had risen to 80.', ['2024-11-05', 'By Tuesday']),
    ).toEqual(['2024-11-05']);
  });
});
