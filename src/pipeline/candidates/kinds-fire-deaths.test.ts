/**
 * Deaths in a fire are titled by the fire ("a large fire", "een grote brand", "ein schwerer Brand"),
 * as deaths in an attack, a crash or explosions are, in English, Dutch and German.
 */
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom, sentenceArticles } from '../test-articles.ts';

describe('deaths in a fire are titled by the fire', () => {
  it.each([
    ['en_fire.txt', 'Three people were killed in a large fire in the centre of The Hague on Saturday.'],
    [
      'nl_brand.txt',
      'Bij een grote brand in het centrum van Den Haag zijn zaterdag drie mensen om het leven gekomen.',
    ],
    [
      'de_brand.txt',
      'Bei einem schweren Brand in Den Haag sind am Samstag drei Menschen ums Leben gekommen.',
    ],
  ])(
    '%s: “%s” gives 3 people killed in fire in The Hague',
    async (name, sentence) => {
      const file = await eventFileOf(sentenceArticles([[name, sentence]], '2024-01-15'));
      expect(eventsFrom(file, sentence).map((e) => [e.title, e.when.start])).toEqual([
        ['3 people killed in fire in The Hague', '2024-01-13'],
      ]);
    },
    60_000,
  );
});

describe('deaths of a night are those of the fire that broke out in its small hours', () => {
  it('“zaterdagnacht drie mensen om het leven … Het vuur brak rond 02.30 uur uit” is one fire on Sunday at 02:30', async () => {
    const text =
      'Bij een grote brand in het centrum van Den Haag zijn zaterdagnacht drie mensen om het leven gekomen. Het vuur brak rond 02.30 uur uit in een pand aan de Grote Markt.';
    const file = await eventFileOf(sentenceArticles([['nl_brand.txt', text]], '2024-01-15'));
    expect(eventsFrom(file, 'zaterdagnacht').map((e) => [e.title, e.when.start])).toEqual([
      ['3 people killed in fire in The Hague', '2024-01-14T02:30'],
    ]);
  }, 60_000);
});

describe('deaths in a wildfire are titled by the wildfire', () => {
  it.each([
    [
      'en_wildfires.txt',
      'Wildfires driven by hurricane-force winds tore through Los Angeles on Wednesday, killing at least five people, officials said.',
      'At least 5 people killed in wildfire',
    ],
    [
      'nl_bosbranden.txt',
      'Bij bosbranden bij Los Angeles zijn woensdag zeker vijf mensen om het leven gekomen.',
      'At least 5 people killed in wildfire in Los Angeles',
    ],
  ])(
    '%s: “%s” gives “%s”, and no wildfire of its own',
    async (name, sentence, title) => {
      const file = await eventFileOf(sentenceArticles([[name, sentence]], '2025-01-09'));
      expect(eventsFrom(file, sentence).map((e) => [e.title, e.when.start])).toEqual([[title, '2025-01-08']]);
    },
    60_000,
  );
});
