import { describe, expect, it } from 'vitest';
import { mentionIn } from './test-helpers.ts';
import { opensOrganisationName } from './place-in-name.ts';
import { eventFileOf, eventsFrom, sentenceArticles } from '../test-articles.ts';

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

describe('the city an organisation is based in', () => {
  it.each([
    [
      'en',
      'Prime Minister Abdul Hamid Dbeibah of the Tripoli-based government declared three days of national mourning on Monday.',
    ],
    [
      'nl',
      'Premier Dbeibah van de in Tripoli gevestigde regering kondigde maandag drie dagen van nationale rouw af.',
    ],
    [
      'de',
      'Ministerpräsident Dbeibah von der in Tripolis ansässigen Regierung rief am Montag eine dreitägige Staatstrauer aus.',
    ],
  ])('[%s] “%s” is not where the happening was', async (lang, sentence) => {
    const file = await eventFileOf(sentenceArticles([[`${lang}.txt`, sentence]], '2023-09-12'));
    const events = eventsFrom(file, sentence);
    expect(events.length).toBeGreaterThan(0);
    expect(events.flatMap((e) => e.places)).not.toContain('tripoli');
  });
});
