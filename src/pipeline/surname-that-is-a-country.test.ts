/**
 * A listed person whose surname is a country's name (Portugal's prime minister Luís Montenegro):
 * the name alone is the country, after a title he holds it is he.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { actorNames, eventFileOf, eventsFrom, sentenceArticles } from './test-articles.ts';

const SENTENCES: [string, string][] = [
  ['en_trip.txt', 'A contractor who had fled Turkey was arrested in Montenegro on Friday.'],
  ['en_premier.txt', 'Portuguese Prime Minister Luis Montenegro said on Tuesday that the grid was stable.'],
  [
    'nl_premier.txt',
    'De Portugese premier Montenegro zei dinsdag dat er geen aanwijzingen zijn voor sabotage.',
  ],
  [
    'de_premier.txt',
    'Der portugiesische Ministerpräsident Montenegro sagte am Dienstag, das Netz sei stabil.',
  ],
];

let file: EventFile;
beforeAll(async () => {
  file = await eventFileOf(sentenceArticles(SENTENCES, '2025-04-30'));
}, 30_000);

describe('a surname that is a country’s name', () => {
  it('alone, it is the country', () => {
    const [event] = eventsFrom(file, 'was arrested in Montenegro');
    expect(event?.places).toContain('montenegro');
    expect(event && actorNames(file, event)).not.toContain('Luís Montenegro');
  });

  it.each([
    ['Portuguese Prime Minister Luis Montenegro said'],
    ['De Portugese premier Montenegro zei'],
    ['Der portugiesische Ministerpräsident Montenegro sagte'],
  ])('after his title, “%s” is the prime minister', (words) => {
    const [event] = eventsFrom(file, words);
    expect(event?.title).toBe('Luís Montenegro makes a statement');
    expect(event?.places ?? []).not.toContain('montenegro');
  });
});
