/**
 * A translation's "President Holland" is François Hollande where another report of the story names
 * him; alone, or far from his name, the word stays as written.
 */
import { describe, expect, it } from 'vitest';
import { actorNames, eventFileOf, eventsFrom } from '../test-articles.ts';
import { endingGarbled } from './garbled-surnames.ts';

const WIRE =
  ' date 2015-01-09 Gunmen killed after sieges in France\n\nThe brothers were killed by police at a printing works in Dammartin-en-Goele on Friday.\n\nPresident Francois Hollande will address the nation in a television speech at 8 p.m. on Friday.\n';

const GARBLES: [string, string, string][] = [
  [
    'en',
    'The brothers were shot by police in the printing works in Dammartin-en-Goele on Friday.',
    'President Holland said yesterday evening in a television speech to the nation: "These fanatics have nothing to do with the Muslim religion."',
  ],
  [
    'de',
    'Die Brüder wurden am Freitag in einer Druckerei in Dammartin-en-Goële von der Polizei erschossen.',
    'Präsident Holland sagte gestern Abend in einer Fernsehansprache an die Nation, die Täter hätten nichts mit dem Islam zu tun.',
  ],
];

describe('a family name garbled at its ending, named right in a sister report', () => {
  it.each(GARBLES)('[%s] “%s … %s” names François Hollande', async (lang, siege, garbled) => {
    const file = await eventFileOf({
      'en_wire_0109.txt': WIRE,
      [`${lang}_translation.txt`]: ` date 2015-01-10 Title\n\n${siege}\n\n${garbled}\n`,
    });
    const names = eventsFrom(file, garbled).flatMap((e) => actorNames(file, e));
    expect(names).toContain('François Hollande');
    expect(names).not.toContain('Holland');
  });

  it('without a sister report naming him, “President Holland” stays as written', async () => {
    const [, siege, garbled] = GARBLES[0] as [string, string, string];
    const file = await eventFileOf({
      'en_translation.txt': ` date 2015-01-10 Title\n\n${siege}\n\n${garbled}\n`,
    });
    const names = eventsFrom(file, garbled).flatMap((e) => actorNames(file, e));
    expect(names).not.toContain('François Hollande');
  });
});

describe('a written name that differs from a family name only at its ending', () => {
  it.each<[string, string, boolean]>([
    ['holland', 'hollande', true],
    ['schettini', 'schettino', true],
    ['hollande', 'hollande', false],
    ['holl', 'hollande', false],
    ['merkel', 'merz', false],
    ['hollanders', 'hollande', false],
  ])('“%s” for “%s”: %s', (written, family, garbled) => {
    expect(endingGarbled(written, family)).toBe(garbled);
  });
});
