/**
 * A clause telling what else happened on the main clause's day ("op de dag dat …", "on the day …",
 * "am selben Tag, an dem …") reports a happening of its own, on that day, done by its own subject.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf } from './test-helpers.ts';

describe('what else happened that day', () => {
  it.each([
    ['nl', 'Dinsdag trad premier Oli af, op de dag dat betogers het parlementsgebouw in brand staken.'],
    ['en', 'Tuesday Prime Minister Oli resigned, on the day protesters set fire to the parliament building.'],
    [
      'de',
      'Dienstag trat Regierungschef Oli zurück, am selben Tag, an dem Demonstranten das Parlament in Brand steckten.',
    ],
  ])('[%s] “%s” tells the resignation and an arson, both on Tuesday, the arson not by Oli', (lang, text) => {
    const found = candidatesOf(lang, text, '2025-09-09', [['Oli', 'actor', 'k-p-sharma-oli']]);
    expect(found.map((c) => [c.kind, c.when.start, c.agent])).toEqual([
      ['resignation', '2025-09-09', undefined],
      ['arson', '2025-09-09', undefined],
    ]);
  });
});
