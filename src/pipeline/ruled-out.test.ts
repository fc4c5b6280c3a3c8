/**
 * A happening someone rules out ("ruled out a cyberattack", "sluit een cyberaanval uit", "schließt
 * einen Cyberangriff aus") is what is spoken of, no happening: the sentence is a statement.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { eventFileOf, eventsFrom, sentenceArticles } from './test-articles.ts';

const SENTENCES: [string, string][] = [
  ['en_ruled_out.txt', 'Grid operator Red Electrica ruled out a cyberattack on its systems on Tuesday.'],
  ['nl_ruled_out.txt', 'Netbeheerder Red Eléctrica sluit een cyberaanval op zijn systemen uit.'],
  [
    'de_ruled_out.txt',
    'Der Netzbetreiber Red Eléctrica schließt einen Cyberangriff auf seine Systeme dagegen aus.',
  ],
];

let file: EventFile;
beforeAll(async () => {
  file = await eventFileOf(sentenceArticles(SENTENCES, '2025-04-30'));
}, 30_000);

describe('a happening ruled out', () => {
  it.each(SENTENCES.map(([, sentence]) => [sentence]))('“%s” reports no attack', (sentence) => {
    const kinds = eventsFrom(file, sentence).map((e) => e.kind);
    expect(kinds).not.toContain('attack');
  });

  it.each(SENTENCES.slice(1).map(([, sentence]) => [sentence]))(
    '“%s” is Red Eléctrica’s statement',
    (sentence) => {
      expect(eventsFrom(file, sentence).map((e) => e.title)).toEqual(['Red Eléctrica makes a statement']);
    },
  );
});
