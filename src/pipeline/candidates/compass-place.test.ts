import { describe, expect, it } from 'vitest';
import { compassBefore } from './compass-place.ts';

describe('compassBefore', () => {
  it.each([
    ['en', 'A private jet crashed north of Moscow on Wednesday.', 'Moscow', 'north'],
    ['en', 'The plane came down 300 km north-west of Moscow.', 'Moscow', 'north-west'],
    ['en', 'Fighting broke out in the north of Kazakhstan.', 'Kazakhstan', undefined],
    ['en', 'Protesters gathered in Moscow.', 'Moscow', undefined],
    ['nl', 'Het toestel stortte neer ten noordwesten van Moskou.', 'Moskou', 'north-west'],
    ['nl', 'Het vliegtuig stortte neer ten zuiden van Tver.', 'Tver', 'south'],
    ['de', 'Das Flugzeug stürzte nördlich von Moskau ab.', 'Moskau', 'north'],
    ['de', 'Die Maschine stürzte südöstlich von Tver ab.', 'Tver', 'south-east'],
  ])('in %s "%s" lies %#: %s is a reference point to the %s', (lang, text, place, direction) => {
    expect(compassBefore(text, text.indexOf(place), lang)).toBe(direction);
  });
});
