/**
 * A phrase joined by "and" with a day of its own tells another occasion: whom it names took no
 * part in the saying dated by the first day ("said in an official statement Friday, and in talks
 * with Russian President Vladimir Putin on Saturday").
 */
import { describe, expect, it } from 'vitest';
import type { Mention } from '../types.ts';
import { extractCandidates } from './stage.ts';
import { article, day } from './test-helpers.ts';

type Named = [string, Mention['kind'], string];

describe('whom a coordinated phrase with its own day names', () => {
  it.each<[string, string, string, [string, string], Named[], string, string[]]>([
    [
      'Putin, of Saturday’s talks, is no actor of Friday’s statement',
      'en',
      'President Tokayev said in an official statement Friday, and in talks with Russian President Vladimir Putin on Saturday, that “order has largely been restored” in Kazakhstan.',
      ['Friday', 'Saturday'],
      [
        ['Tokayev', 'actor', 'tokayev'],
        ['Vladimir Putin', 'actor', 'putin'],
      ],
      'statement',
      ['putin'],
    ],
    [
      'the machine translation without commas reads the same',
      'en',
      'President Djokovic said in an official statement on Friday and in talks with Russian President Vladimir Putin on Saturday that “order has largely been restored in Kazakhstan.”',
      ['on Friday', 'on Saturday'],
      [
        ['Djokovic', 'actor', 'tokayev'],
        ['Vladimir Putin', 'actor', 'putin'],
      ],
      'statement',
      ['putin'],
    ],
    [
      'Dutch: "en in gesprek met … Poetin zaterdag"',
      'nl',
      'President Tokajev zei in een officiële verklaring vrijdag, en in gesprek met de Russische president Vladimir Poetin zaterdag, dat de „orde grotendeels is hersteld” in Kazachstan.',
      ['vrijdag', 'zaterdag'],
      [
        ['Tokajev', 'actor', 'tokayev'],
        ['Vladimir Poetin', 'actor', 'putin'],
      ],
      'statement',
      ['putin'],
    ],
    [
      'German: "und am Samstag im Gespräch mit Putin"',
      'de',
      'Präsident Tokajew sagte am Freitag in einer Erklärung und am Samstag im Gespräch mit Wladimir Putin, die Ordnung sei weitgehend wiederhergestellt.',
      ['am Freitag', 'am Samstag'],
      [
        ['Tokajew', 'actor', 'tokayev'],
        ['Wladimir Putin', 'actor', 'putin'],
      ],
      'statement',
      ['putin'],
    ],
  ])('%s', (_name, lang, text, [first, second], mentions, kind, aside) => {
    const times = [day('2022-01-07', first), day('2022-01-08', second)];
    const found = extractCandidates(article('d', lang, [{ text, mentions, times }])).filter(
      (c) => c.kind === kind,
    );
    const friday = found.find((c) => c.when.start === '2022-01-07');
    expect(friday, kind).toBeDefined();
    expect(friday?.asideActors).toEqual(aside);
  });

  it.each<[string, string, string, Named[], string]>([
    [
      'a saying with one day keeps its speakers joined by "and"',
      'en',
      'Tokayev and Vladimir Putin said on Friday that order had been restored.',
      [
        ['Tokayev', 'actor', 'tokayev'],
        ['Vladimir Putin', 'actor', 'putin'],
      ],
      'statement',
    ],
  ])('%s', (_name, lang, text, mentions, kind) => {
    const times = [day('2022-01-07', 'on Friday')];
    const found = extractCandidates(article('d', lang, [{ text, mentions, times }])).find(
      (c) => c.kind === kind,
    );
    expect(found?.asideActors).toBeUndefined();
  });
});
