/**
 * A happening a story seldom has two of (lexicon `rare`: explosions), named with its article in a
 * sentence whose day is another's ("Bij de explosies … gebruikt. Dat schreven … vrijdag"), is the
 * one its article dates elsewhere, even further on ("registreerden maandag twee explosies").
 */
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

describe('explosions named again before the sentence that dates them', () => {
  it.each([
    [
      'nl',
      "Bij de explosies aan de gasleidingen zijn enkele honderden kilo's explosieven gebruikt. Dat schreven Denemarken en Zweden vrijdag in een brief aan de VN.",
      'Zweedse seismologen registreerden maandag twee explosies bij het Deense eiland Bornholm.',
    ],
    [
      'en',
      'Several hundred kilograms of explosives were used in the explosions. Denmark and Sweden wrote this to the UN on Friday.',
      'Swedish seismologists recorded two explosions near the Danish island of Bornholm on Monday.',
    ],
    [
      'de',
      'Bei den Explosionen an den Pipelines wurden mehrere hundert Kilogramm Sprengstoff verwendet. Das schrieben Dänemark und Schweden am Freitag an die UN.',
      'Schwedische Seismologen hatten am Montag zwei Explosionen bei der dänischen Insel Bornholm registriert.',
    ],
  ])('in %s, "%s" tells the explosions of "%s"', async (lang, again, told) => {
    const file = await eventFileOf({
      [`${lang}_blasts.txt`]: ` date 2022-09-30 Nord Stream\n\n${again}\n\n${told}\n`,
    });
    const [blasts] = eventsFrom(file, told);
    expect([blasts?.title, blasts?.when.start]).toEqual(['Explosions near Bornholm', '2022-09-26']);
    expect(
      eventsFrom(file, again.split('.')[0] as string).filter((e) => e.title.startsWith('Explosions')),
    ).toEqual([blasts]);
  });
});
