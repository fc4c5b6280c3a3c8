import { describe, expect, it } from 'vitest';
import { partsOf } from './title.ts';

describe('partsOf', () => {
  it.each([
    ['{agent} arrests {figure}', ['', 'agent', ' arrests ', 'figure', '']],
    ['Protest in {place}', ['Protest in ', 'place', '']],
    ['State of emergency', ['State of emergency']],
    ['{agent}{other}', ['', 'agent', '', 'other', '']],
    ['Price of {object} {not a slot}', ['Price of ', 'object', ' {not a slot}']],
  ])('splits "%s" into text and slot names', (template, parts) => {
    expect(partsOf(template)).toEqual(parts);
  });
});
