import { describe, expect, it } from 'vitest';
import { revisedCount } from './revised-count.ts';

describe('a count told as a revision is the news of its own day', () => {
  it.each<[string, string, boolean]>([
    [
      'a German toll “after new calculations” is a revision',
      'Nach neuen Berechnungen seien bei den Explosionen in drei Kirchen und drei Hotels "etwa 253" Menschen getötet worden, teilte das Gesundheitsministerium am Donnerstag mit.',
      true,
    ],
    [
      'an English “revised count” is a revision',
      "The attacks killed about 253 people, according to the health ministry's revised count.",
      true,
    ],
    ['a Dutch toll “bijgesteld” is a revision', 'Het dodental is donderdag bijgesteld naar 253.', true],
    [
      'a toll dated only by its saying is no revision',
      'A powerful earthquake in Morocco killed 820 people, authorities said on Saturday.',
      false,
    ],
  ])('%s', (_name, text, revised) => {
    expect(revisedCount(text)).toBe(revised);
  });
});
