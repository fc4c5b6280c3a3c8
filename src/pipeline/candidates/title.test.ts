import { describe, expect, it } from 'vitest';
import { partsOf } from './title.ts';
import { kindsAndTitles } from './test-helpers.ts';

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

describe('a street in a title', () => {
  it('“Thousands of people rallied on Rustaveli Avenue on Monday” is a protest on the avenue', () => {
    const titles = kindsAndTitles(
      'en',
      'Thousands of people rallied on Rustaveli Avenue on Monday.',
      '2025-11-11',
      [['Rustaveli Avenue', 'place', 'name:rustaveli-avenue']],
    ).map((c) => c.title);
    expect(titles.some((t) => t.endsWith('on Rustaveli Avenue'))).toBe(true);
  });
});

describe('a place whose name repeats its title', () => {
  it.each<[string, string, string, string, string]>([
    [
      'the airport seized is named once: no “Airport seized in Almaty International Airport”',
      'de',
      'Mittwoch besetzten Demonstranten den Flughafen Almaty.',
      'Flughafen Almaty',
      'almaty-airport',
    ],
    [
      'a town keeps its place: “Airport seized in Andahuaylas”',
      'en',
      'Monday protesters seized the airport in Andahuaylas.',
      'Andahuaylas',
      'name:andahuaylas',
    ],
  ])('%s', (_name, lang, text, place, id) => {
    const [title] = kindsAndTitles(lang, text, '2022-01-05', [[place, 'place', id]]).map((c) => c.title);
    expect(title).toBe(id === 'almaty-airport' ? 'Airport seized' : `Airport seized in ${place}`);
  });
});
