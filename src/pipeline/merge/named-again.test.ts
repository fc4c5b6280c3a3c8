/**
 * A happening that befalls a person once, named again in its article with a definite article and
 * no one it befell ("was niet bij de uitvaart"), is the one the article told: no second funeral.
 * So is a happening at one place (a fire): "The fire broke out at about 6:50 p.m." is the lede's.
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

describe('a fire named again in its article', () => {
  it.each([
    [
      'en',
      'A huge fire swept through the roof of the Notre-Dame cathedral in Paris on Monday.',
      'The fire broke out at about 6:50 p.m. local time, shortly after the cathedral had closed to visitors.',
    ],
    [
      'nl',
      'Maandag woedde een grote brand in de Notre-Dame in Parijs.',
      'De brand brak rond 18.50 uur uit op de zolder van de kerk.',
    ],
    [
      'de',
      'Am Montag ist in der Kathedrale Notre-Dame in Paris ein Großbrand ausgebrochen.',
      'Das Feuer brach gegen 18.50 Uhr im Dachstuhl aus.',
    ],
  ])('in %s, "%s" and then "%s" are one fire', async (lang, told, again) => {
    const file = await eventFileOf({
      [`${lang}_fire.txt`]: ` date 2019-04-15 Notre-Dame\n\n${told}\n\n${again}\n`,
    });
    const fire = eventsFrom(file, told).find((e) => e.title.startsWith('Fire'));
    expect(fire?.title).toBe('Fire in Paris');
    expect(eventsFrom(file, again)).toEqual([fire]);
  });
});
