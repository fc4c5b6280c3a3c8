import { describe, expect, it } from 'vitest';
import { childIdOf } from './height-reporter.ts';
import { isEmbedMode } from './mode.ts';

describe('isEmbedMode', () => {
  it.each([
    ['?embed=1', true],
    ['?embed', true],
    ['?data=x.json&embed=true', true],
    ['', false],
    ['?embed=0', false],
    ['?embed=false', false],
  ])('%j asks for embed mode: %s', (search, expected) => {
    expect(isEmbedMode(search)).toBe(expected);
  });
});

describe('childIdOf', () => {
  it.each([
    ['?initialWidth=600&childId=graphic&parentTitle=x', 'graphic'],
    ['?embed=1', 'crisis-chronology'],
  ])('takes pym’s child id from %j', (search, id) => {
    expect(childIdOf(search)).toBe(id);
  });
});
