/**
 * The count a new one is compared with ("up from 185 dead reported … on Monday", "tegenover 185
 * op maandag", "gegenüber 185 am Montag") is an earlier report of the same tally: its day, its
 * number and who gave it are none of the news's.
 */
import { describe, expect, it } from 'vitest';
import { actorNames, eventFileOf, eventsFrom, sentenceArticles } from '../test-articles.ts';

describe('a count compared with an earlier one', () => {
  it.each([
    [
      'en',
      'At least 270 people have been killed and more than 2,600 injured, the World Health Organization said on Tuesday, up from 185 dead reported by the U.N. envoy Volker Perthes on Monday.',
    ],
    [
      'nl',
      'Volgens de Wereldgezondheidsorganisatie zijn dinsdag zeker 270 mensen omgekomen, tegenover 185 doden die VN-gezant Volker Perthes maandag meldde.',
    ],
    [
      'de',
      'Die Weltgesundheitsorganisation meldete am Dienstag mindestens 270 Tote, gegenüber 185 Toten, die UN-Gesandter Volker Perthes am Montag gemeldet hatte.',
    ],
  ])('[%s] “%s” counts 270 dead on Tuesday', async (lang, sentence) => {
    const file = await eventFileOf(sentenceArticles([[`${lang}.txt`, sentence]], '2023-04-18'));
    const events = eventsFrom(file, sentence);
    const deaths = events.filter((e) => e.kind === 'death');
    expect(deaths.map((e) => [e.title, e.when.value])).toEqual([
      ['At least 270 people killed', '2023-04-18'],
    ]);
    expect(events.flatMap((e) => e.figures.map((f) => f.value))).not.toContain(185);
    for (const e of events) expect(actorNames(file, e)).not.toContain('Volker Perthes');
  });
});
