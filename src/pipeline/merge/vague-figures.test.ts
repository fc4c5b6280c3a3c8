/**
 * "Dozens are still missing" and "Tientallen mensen worden nog vermist" give one vague count, not
 * 24 people missing beside 20; an exact count, where one is given, stands alone.
 */
import { describe, expect, it } from 'vitest';
import { day, sentence } from '../candidates/test-helpers.ts';
import type { Figure } from '../types.ts';
import { combineFigures } from './conflicts.ts';
import { testCandidate } from './test-candidate.ts';

function missing(document: string, language: string, text: string, figure: Figure) {
  return testCandidate(sentence({ text }), day('2020-08-06'), {
    document,
    language,
    kind: 'missing',
    figures: [figure],
  });
}

const vague = (value: number, text: string): Figure => ({
  value,
  counts: 'people missing',
  text,
  qualifier: 'at-least',
});

const dozens = missing(
  'mt',
  'en',
  'More than 5,000 people were injured, dozens are still missing.',
  vague(24, 'dozens'),
);
const tientallen = missing('nos', 'nl', 'Tientallen mensen worden nog vermist.', vague(20, 'Tientallen'));
const dutzende = missing('ts', 'de', 'Dutzende Menschen werden noch vermisst.', vague(24, 'Dutzende'));
const exact = missing('ap', 'en', 'At least 60 people are still missing.', {
  value: 60,
  counts: 'people missing',
  text: '60',
  qualifier: 'at-least',
});

describe('vague counts of the missing in three languages', () => {
  it.each([
    ['"dozens" and "tientallen" are one vague count, the English one', [tientallen, dozens], ['dozens']],
    ['"Dutzende" and "tientallen" are one vague count', [dutzende, tientallen], ['Dutzende']],
    ['an exact count stands without the vague ones', [dozens, tientallen, exact], ['60']],
  ])('%s', (_, members, texts) => {
    expect(combineFigures(members).map((f) => f.text)).toEqual(texts);
  });
});
