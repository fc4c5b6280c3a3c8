/**
 * A happening that befalls a person once, named again in its article with a definite article and
 * no one it befell ("was niet bij de uitvaart"), is the one the article told: no second funeral.
 */
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

describe('a funeral named again in its article', () => {
  it.each([
    [
      'en',
      'Thousands of people attended the funeral of Alexei Navalny in Moscow on Friday.',
      'His widow Yulia Navalnaya was not at the funeral.',
      'He died in a penal colony in the Arctic in February.',
    ],
    [
      'nl',
      'Duizenden mensen woonden vrijdag in Moskou de uitvaart van Aleksej Navalny bij.',
      'Zijn weduwe Julia Navalnaja was niet bij de uitvaart.',
      'Hij overleed in februari in een strafkamp in het noorden van Rusland.',
    ],
    [
      'de',
      'Tausende Menschen nahmen am Freitag in Moskau an der Beerdigung von Alexej Nawalny teil.',
      'Seine Witwe Julia Nawalnaja war nicht bei der Beerdigung.',
      'Er war im Februar in einem Straflager im Norden Russlands gestorben.',
    ],
  ])('in %s, "%s" and then "%s" are one funeral', async (lang, told, again, between) => {
    const file = await eventFileOf({
      [`${lang}_funeral.txt`]: ` date 2024-03-02 Navalny\n\n${told}\n\n${between} ${again}\n`,
    });
    const funeral = eventsFrom(file, told)[0];
    expect(funeral?.title).toBe('Funeral of Alexei Navalny');
    expect(eventsFrom(file, again)).toEqual([funeral]);
  });
});
