/**
 * A power outage and the power coming back (lexicon kinds `disruption` with the concept `power`,
 * and `power-restored`), in en, nl and de, in articles of Tuesday 29 April 2025.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { eventFileOf, eventsFrom } from './test-articles.ts';

const ARTICLES: Record<string, string[]> = {
  'en_outage.txt': [
    'Power outage in Spain',
    'A power failure hit Spain on Monday, stopping trains across the country.',
    'Red Electrica said power had been restored to most of the country on Tuesday morning.',
  ],
  'nl_outage.txt': [
    'Stroomstoring in Spanje',
    'De stroom viel gistermiddag om 12.33 uur uit.',
    'In de nacht naar dinsdag kwam de stroom in Spanje geleidelijk terug.',
    'Tientallen miljoenen mensen zaten urenlang zonder stroom.',
  ],
  'de_outage.txt': [
    'Stromausfall in Spanien',
    'In Spanien fiel am Montag landesweit der Strom aus.',
    'Die Stromversorgung in Spanien wurde am Dienstagmorgen wiederhergestellt.',
  ],
};

let file: EventFile;
beforeAll(async () => {
  const articles: Record<string, string> = {};
  for (const [name, [title, ...paragraphs]] of Object.entries(ARTICLES))
    articles[name] = ` date 2025-04-29 ${title}\n\n${paragraphs.join('\n\n')}\n`;
  file = await eventFileOf(articles);
}, 30_000);

describe('a power outage and the power restored', () => {
  it.each<[string, string, string]>([
    ['A power failure hit Spain on Monday', 'Power outage in Spain', '2025-04-28'],
    ['De stroom viel gistermiddag om 12.33 uur uit', 'Power outage in Spain', '2025-04-28'],
    ['In Spanien fiel am Montag landesweit der Strom aus', 'Power outage in Spain', '2025-04-28'],
    ['power had been restored to most of the country', 'Power restored in Spain', '2025-04-29'],
    ['kwam de stroom in Spanje geleidelijk terug', 'Power restored in Spain', '2025-04-29'],
    ['am Dienstagmorgen wiederhergestellt', 'Power restored in Spain', '2025-04-29'],
  ])('“%s” is “%s” from %s', (sentence, title, start) => {
    const [event] = eventsFrom(file, sentence);
    expect(event?.title).toBe(title);
    expect(event?.when.start.slice(0, start.length)).toBe(start);
  });

  it('a Dutch outage alone, with no place, is still a power outage', async () => {
    const alone = await eventFileOf({
      'nl_alone.txt': ' date 2025-04-29 Stroomstoring\n\nDe stroom viel gistermiddag om 12.33 uur uit.\n',
    });
    expect(alone.events.map((e) => [e.title, e.when.value])).toEqual([['Power outage', '2025-04-28TAF']]);
  });

  it('“tientallen miljoenen mensen” counts twenty million, not twenty', () => {
    const [event] = eventsFrom(file, 'Tientallen miljoenen mensen');
    expect(event?.figures?.map((f) => f.value)).toContain(20_000_000);
  });
});
