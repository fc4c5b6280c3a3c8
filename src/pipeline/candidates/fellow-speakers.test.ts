/**
 * "Koningin Elizabeth en prins William bezochten … Ze spraken er met bewoners": the two a pronoun
 * stands for spoke together with others; neither is the one the other spoke with.
 */
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom, sentenceArticles } from '../test-articles.ts';

describe('the names a plural pronoun stands for act together', () => {
  it.each([
    [
      'nl_westway.txt',
      'Koningin Elizabeth en prins William bezochten gisteren het Westway-sportcentrum, waar veel daklozen van de toren worden opgevangen. Ze spraken er met bewoners en vrijwilligers.',
      'Ze spraken er met bewoners en vrijwilligers.',
      '2017-06-17',
      'Queen Elizabeth II holds talks',
    ],
    [
      'nl_rampplek.txt',
      'Bondskanselier Merkel, president Hollande en premier Rajoy bezochten vandaag de rampplek. Ze spraken in Seyne-les-Alpes met hulpverleners en nabestaanden.',
      'Ze spraken in Seyne-les-Alpes met hulpverleners en nabestaanden.',
      '2015-03-25',
      'Angela Merkel holds talks',
    ],
  ])(
    '%s: “%s” is titled without a partner among them',
    async (name, text, sentence, date, title) => {
      const file = await eventFileOf(sentenceArticles([[name, text]], date));
      expect(eventsFrom(file, sentence).map((e) => e.title)).toEqual([title]);
    },
    60_000,
  );
});
