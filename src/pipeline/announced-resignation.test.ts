import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom } from './test-articles.ts';

describe('a resignation announced on one day for a later one, in articles of Monday 10 January 2022', () => {
  it.each([
    [
      'en',
      'The government of the country has been in crisis for weeks.',
      'Prime Minister John Hale said on Saturday he would step down on Wednesday.',
    ],
    [
      'nl',
      'De regering van het land verkeert al weken in een crisis.',
      'Premier Mark Rutte kondigde zaterdag aan woensdag af te treden.',
    ],
    [
      'nl',
      'De regering van het land verkeert al weken in een crisis.',
      'President Gotabaya Rajapaksa kondigde zaterdag aan dat hij woensdag zal aftreden.',
    ],
    [
      'de',
      'Die Regierung des Landes steckt seit Wochen in einer Krise.',
      'Justizminister Marco Buschmann kündigte am Samstag an, am Mittwoch zurückzutreten.',
    ],
  ])('[%s] “%s” “%s” dates the announcement on the Saturday it was made', async (lang, opening, sentence) => {
    const file = await eventFileOf({
      [`${lang}_crisis.txt`]: [' date 2022-01-10 ', 'Government crisis', '', `${opening} ${sentence}`].join(
        '\n',
      ),
    });
    const days = eventsFrom(file, sentence).map((e) => e.when.start.slice(0, 10));
    expect(days.length).toBeGreaterThan(0);
    expect(new Set(days)).toEqual(new Set(['2022-01-08']));
  });
});
