import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom } from './test-articles.ts';

/** A British live blog, newest entry first, its clocks in GMT. */
const blog = (place: string) =>
  '2015-11-14T09:12:00Z\nAttacks - live updates\n\n' +
  `1.30am GMT\nAt least 120 people are now dead in ${place}, according to police.\n\n` +
  `11.20pm GMT\nPolice have just stormed the Bataclan concert hall in ${place}.\n\n` +
  `8.25pm GMT\nReports are coming in of explosions near the Stade de France in ${place}.\n`;

describe('a live blog’s GMT clocks are read in the time of the country its places lie in', () => {
  it('“11.20pm GMT” of a storming in Paris is 00:20 on Saturday there', async () => {
    const file = await eventFileOf({ 'en_blog.txt': blog('Paris') });
    const storming = eventsFrom(file, 'Police have just stormed the Bataclan concert hall in Paris.');
    expect(storming.map((e) => e.when.value)).toEqual(['2015-11-14T00:20']);
  });

  it('in a country of several zones the clock stays as told, in GMT', async () => {
    const file = await eventFileOf({ 'en_blog.txt': blog('Texas') });
    const storming = eventsFrom(file, 'Police have just stormed the Bataclan concert hall in Texas.');
    expect(storming.map((e) => e.when.value)).toEqual(['2015-11-13T23:20']);
  });
});

/** A report dated Tuesday 15 March 2011 in Europe, of explosions at Fukushima Daiichi in Japan. */
const report = (text: string) => ` date 2011-03-15 Report\n\n${text}\n`;

describe('a night a Dutch or German report tells in its own zone is the day it was in Japan', () => {
  it.each<[string, string, string]>([
    [
      'nl',
      'zijn vannacht opnieuw explosies geweest',
      'In de zwaar beschadigde kerncentrale Fukushima Daiichi in het noordoosten van Japan zijn vannacht opnieuw explosies geweest. Rond 06.10 uur plaatselijke tijd, maandagavond 22.10 uur Nederlandse tijd, klonk een harde knal bij reactor 2.',
    ],
    [
      'de',
      'In der Nacht zu Dienstag deutscher Zeit',
      'Berlin – Die Bundesregierung zieht Konsequenzen. In Fukushima in Japan spitzt sich die Lage unterdessen weiter zu. In der Nacht zu Dienstag deutscher Zeit kam es im Reaktorblock 2 zu einer Explosion.',
    ],
  ])('[%s] the explosions are dated Tuesday 15 March (“%s”)', async (lang, words, text) => {
    const file = await eventFileOf({ [`${lang}_report.txt`]: report(text) });
    expect(eventsFrom(file, words).map((e) => e.when.start.slice(0, 10))).toEqual(['2011-03-15']);
  });
});
