/**
 * A toll with no day of its own, told after the happening that caused it ("Nach der Explosion …
 * ist die Zahl der Todesopfer auf mindestens 68 gestiegen"), is dated with that happening as its
 * article dates it, also in a later paragraph; so are the injured its bulletin counts beside it.
 */
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

describe('a toll told after the happening that caused it', () => {
  it.each([
    [
      'de',
      'Nach der Explosion eines Treibstofflagers nahe Stepanakert ist die Zahl der Todesopfer auf mindestens 68 gestiegen.',
      'Mehr als 290 Menschen wurden verletzt, 105 werden noch vermisst, wie die Behörden der Karabach-Armenier mitteilten.',
      'Das Depot war am Montagabend explodiert, als sich dort Hunderte Menschen mit Benzin für die Flucht nach Armenien versorgen wollten.',
    ],
    [
      'en',
      'After the explosion at a fuel depot near Stepanakert, the death toll has risen to 68.',
      'More than 290 people were injured, the authorities said.',
      'The depot exploded on Monday evening as hundreds of people queued for petrol.',
    ],
    [
      'nl',
      'Na de explosie bij een brandstofdepot bij Stepanakert is het dodental gestegen tot zeker 68.',
      'Meer dan 290 mensen raakten gewond, meldden de autoriteiten.',
      'Het depot ontplofte maandagavond, toen honderden mensen in de rij stonden voor benzine.',
    ],
  ])(
    '[%s] “%s” counts the dead of the explosion of Monday evening',
    async (lang, toll, injured, explosion) => {
      const file = await eventFileOf({
        [`${lang}.txt`]: ` date 2023-09-26 Report\n\n${toll} ${injured}\n\n${explosion}\n`,
      });
      const [dead] = eventsFrom(file, toll).filter((e) => e.kind === 'death');
      expect(dead?.when.start.slice(0, 10)).toBe('2023-09-25');
      const [hurt] = eventsFrom(file, injured).filter((e) => e.kind === 'injury');
      expect(hurt?.when.start.slice(0, 10)).toBe('2023-09-25');
    },
  );

  it.each([
    [
      'en',
      'A powerful earthquake in Morocco killed 820 people, authorities said on Saturday.',
      'Most of the deaths were in the Al Haouz province in the High Atlas mountains.',
      'The magnitude 6.8 quake struck at 11:11 p.m. on Friday at a depth of 18.5 km.',
    ],
    [
      'de',
      'Ein schweres Erdbeben in Marokko hat 820 Menschen getötet, teilten die Behörden am Samstag mit.',
      'Die meisten Toten gab es in der Provinz Al-Haouz.',
      'Das Beben hatte sich am späten Freitagabend im Atlasgebirge ereignet.',
    ],
  ])(
    '[%s] “%s”: the day said dates the count, the dead died in the quake of Friday night',
    async (lang, toll, most, quake) => {
      const file = await eventFileOf({
        [`${lang}.txt`]: ` date 2023-09-09 Report\n\n${toll}\n\n${most}\n\n${quake}\n`,
      });
      const [dead] = eventsFrom(file, toll).filter((e) => e.kind === 'death');
      expect(dead?.when.start.slice(0, 10)).toBe('2023-09-08');
    },
  );

  it('a toll named by no happening keeps to the days before the report', async () => {
    const toll = 'Die Zahl der Todesopfer ist auf mindestens 68 gestiegen.';
    const explosion = 'Das Depot war am Montagabend explodiert.';
    const file = await eventFileOf({ 'de.txt': ` date 2023-09-26 Bericht\n\n${toll}\n\n${explosion}\n` });
    const [dead] = eventsFrom(file, toll).filter((e) => e.kind === 'death');
    expect(dead?.when.precision).not.toBe('part-of-day');
  });
});
