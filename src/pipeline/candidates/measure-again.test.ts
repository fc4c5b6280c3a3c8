/**
 * A measure in force the article told before, named again with its article in what a speaker
 * says, is what the statement is about: the sentence is the speaker's words, not a second measure.
 */
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

describe('a measure named again by a speaker', () => {
  it.each([
    [
      'en',
      'The European Union imposed new sanctions on Russia on Friday.',
      'The sanctions increased the pressure on Moscow, Scholz said in Berlin.',
    ],
    [
      'nl',
      'De Europese Unie heeft vrijdag nieuwe sancties tegen Rusland ingesteld.',
      'De sancties voeren de druk op Moskou op, zei Scholz in Berlijn.',
    ],
    [
      'de',
      'Die Europäische Union hat am Freitag neue Sanktionen gegen Russland verhängt.',
      'Die Sanktionen erhöhten den Druck auf Moskau, sagte Scholz in Berlin.',
    ],
  ])('in %s, "%s" and then "%s": one measure and a statement', async (lang, told, again) => {
    const file = await eventFileOf({
      [`${lang}_sanctions.txt`]: ` date 2024-02-24 Sanctions\n\n${told}\n\n${again}\n`,
    });
    expect(file.events.filter((e) => e.kind === 'sanctions')).toEqual(eventsFrom(file, told));
    expect(eventsFrom(file, again).map((e) => e.title)).toEqual(['Olaf Scholz makes a statement']);
  });
});
