/**
 * A leak found and a pipeline's pressure dropping (lexicon kind `leak`), in en, nl and de, in
 * articles of Thursday 29 September 2022; and a statement "spoke on Thursday of" its subject.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { eventFileOf, eventsFrom } from './test-articles.ts';

const ARTICLES: Record<string, string[]> = {
  'en_leak.txt': [
    'Fourth leak discovered on Nord Stream pipelines',
    'The Swedish coast guard has discovered a fourth leak in the Nord Stream pipelines in the Baltic Sea on Thursday.',
    'Russian President Vladimir Putin spoke on Thursday of an act of international terrorism.',
  ],
  'nl_leak.txt': [
    'Lek in gasleiding bij Bornholm',
    'In de gasleiding Nord Stream 2 is maandag een lek ontdekt ten zuidoosten van het Deense eiland Bornholm.',
    'Het was dinsdag lekker weer in Kopenhagen.',
  ],
  'de_leak.txt': [
    'Druckabfall in Pipeline',
    'Bei Bornholm war am Montagabend der Druck in beiden Röhren von Nord Stream 1 abgefallen.',
  ],
};

let file: EventFile;
beforeAll(async () => {
  const articles: Record<string, string> = {};
  for (const [name, [title, ...paragraphs]] of Object.entries(ARTICLES))
    articles[name] = ` date 2022-09-29 ${title}\n\n${paragraphs.join('\n\n')}\n`;
  file = await eventFileOf(articles);
}, 30_000);

describe('a leak found and a pressure drop', () => {
  it.each<[string, string, string]>([
    ['has discovered a fourth leak', 'Leak in the Baltic Sea', '2022-09-29'],
    ['is maandag een lek ontdekt', 'Leak near Bornholm', '2022-09-26'],
    ['der Druck in beiden Röhren', 'Leak near Bornholm', '2022-09-26'],
  ])('“%s” is “%s” on %s', (sentence, title, day) => {
    const [event] = eventsFrom(file, sentence);
    expect(event?.title).toBe(title);
    expect(event?.when.start.slice(0, 10)).toBe(day);
  });

  it('the Dutch leak found and the German pressure drop of the same Monday near Bornholm are one', () => {
    const [event] = eventsFrom(file, 'is maandag een lek ontdekt');
    expect(event?.sources.map((s) => s.document).sort()).toEqual(['de_leak', 'nl_leak']);
  });

  it('Dutch “lekker” (tasty) is no leak', () => {
    expect(eventsFrom(file, 'lekker weer')).toEqual([]);
  });

  it('“spoke on Thursday of” is a statement of that Thursday', () => {
    const [event] = eventsFrom(file, 'spoke on Thursday of');
    expect([event?.title, event?.when.start]).toEqual(['Vladimir Putin makes a statement', '2022-09-29']);
  });
});
