import { describe, expect, it } from 'vitest';
import { mentionIn } from './test-helpers.ts';
import { opensOrganisationName } from './place-in-name.ts';

const ORG_WORDS = new Set(['airlines', 'party', 'police', 'government']);
const place = (text: string, name: string) => mentionIn(text, name, 'place');

describe('opensOrganisationName', () => {
  it.each([
    ['Alaska Airlines said it was grounding all 65 of its Max 9 aircraft.', 'Alaska', true],
    ['Turkish Airlines grounded five planes.', 'Turkish', true],
    ['Police in Alaska said the plane landed safely.', 'Alaska', false],
    ['In Alaska police closed the airport.', 'Alaska', false],
  ])('“%s”: %s opens a name: %s', (text, name, expected) => {
    expect(opensOrganisationName(text, place(text, name), ORG_WORDS)).toBe(expected);
  });
});
