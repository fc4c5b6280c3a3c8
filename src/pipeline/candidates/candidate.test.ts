import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures-of.ts';
import type { PlacedFigure } from './figures.ts';
import type { TriggerHit } from './happenings.ts';

function figure(start: number, noun: string, value = 5): PlacedFigure {
  return {
    figure: { value, counts: noun, text: String(value), qualifier: 'exact' },
    noun,
    vague: false,
    start,
    end: start + 1,
  };
}

const arrest: TriggerHit = { kind: 'arrest', start: 10, end: 18 };
const death: TriggerHit = { kind: 'death', start: 60, end: 66 };
const verdict: TriggerHit = { kind: 'verdict', start: 10, end: 17 };

describe('figuresOf', () => {
  it.each<[string, TriggerHit, TriggerHit[], PlacedFigure[], string[]]>([
    ['counts what the happening counts', arrest, [arrest], [figure(20, 'people')], ['people arrested']],
    [
      'leaves a figure nearer another happening to that one',
      arrest,
      [arrest, death],
      [figure(20, 'people'), figure(58, 'people')],
      ['people arrested'],
    ],
    [
      'keeps a figure halfway between two happenings for each',
      death,
      [arrest, death],
      [figure(35, 'people')],
      ['people killed'],
    ],
    ['leaves out a span of years', arrest, [arrest], [figure(30, 'years')], []],
    ['keeps the years of a verdict', verdict, [verdict], [figure(30, 'years')], ['years']],
  ])('%s', (_name, h, happenings, all, counts) => {
    expect(figuresOf(h, happenings, all, ' '.repeat(80)).map((f) => f.figure.counts)).toEqual(counts);
  });
});
