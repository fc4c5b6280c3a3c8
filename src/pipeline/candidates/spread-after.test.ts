import { describe, expect, it } from 'vitest';
import type { When } from '../types.ts';
import { spreadAfter } from './spread-after.ts';

const SUNDAY: When = {
  start: '2022-01-02',
  end: '2022-01-02',
  precision: 'day',
  value: '2022-01-02',
  confidence: 0.68,
};

describe('a happening that spread, dated by the sentence before', () => {
  it.each<[string, string, string, string]>([
    [
      'Protests spread to the regional capital Aktau and then to other cities, including Almaty.',
      'context',
      '2022-01-02',
      '2022-01-05',
    ],
    [
      'Daarna sloegen de protesten over naar de regionale hoofdstad Aktau.',
      'context',
      '2022-01-02',
      '2022-01-05',
    ],
    ['Die Proteste weiteten sich dann auf weitere Städte aus.', 'context', '2022-01-02', '2022-01-05'],
    [
      'Die Proteste griffen später auf die Gebietshauptstadt Aktau über.',
      'context',
      '2022-01-02',
      '2022-01-05',
    ],
    // Its own day: "Maandag sloegen de demonstraties over naar de regionale hoofdstad Aktau".
    [
      'Maandag sloegen de demonstraties over naar de regionale hoofdstad Aktau.',
      'own',
      '2022-01-02',
      '2022-01-02',
    ],
    // No spreading: the day borrowed stands.
    ["Protesters stormed the mayor's office in Almaty.", 'context', '2022-01-02', '2022-01-02'],
  ])('“%s” (day from %s) runs from %s to %s', (text, timeFrom, start, end) => {
    const when = spreadAfter(SUNDAY, text, timeFrom, '2022-01-05');
    expect([when.start, when.end]).toEqual([start, end]);
  });
});
