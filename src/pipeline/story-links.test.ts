import { describe, expect, it } from 'vitest';
import { fingerprint } from './fingerprint.ts';
import { StoryLinks } from './story-links.ts';

const links = new StoryLinks();
links.add(
  'de_notre',
  'de',
  fingerprint([
    'Nach rund 15 Stunden ist der Brand in der Pariser Kathedrale Notre-Dame vollständig gelöscht.',
    'Präsident Emmanuel Macron kündigte in der Nacht zum Dienstag an, die Kathedrale wieder aufzubauen.',
    'Der Unternehmer François-Henri Pinault sagte 100 Millionen Euro für den Wiederaufbau zu.',
  ]),
);
links.add(
  'en_notre',
  'en',
  fingerprint([
    'French billionaires Bernard Arnault and François-Henri Pinault pledged €200m and €100m respectively.',
    'President Emmanuel Macron said on Tuesday evening that he wanted Notre-Dame rebuilt within five years.',
  ]),
);
links.add(
  'nl_suez',
  'nl',
  fingerprint([
    'Het containerschip Ever Given ligt sinds dinsdag dwars in het Suezkanaal.',
    'Boskalis-topman Peter Berdowski zei vrijdag dat het dagen kan duren.',
  ]),
);

describe('documents that tell one story', () => {
  it.each<[string, string, boolean]>([
    ['de_notre', 'en_notre', true],
    ['en_notre', 'de_notre', true],
    ['de_notre', 'nl_suez', false],
    ['en_notre', 'nl_suez', false],
    ['en_notre', 'unknown', false],
  ])('%s and %s tell one story: %s', (a, b, same) => {
    expect(links.same(a, b)).toBe(same);
  });
});
