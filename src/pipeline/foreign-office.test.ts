/** The German Foreign Office is named in the genitive more often than not: each form is the one actor. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { actorNames, eventFileOf, eventsFrom } from './test-articles.ts';

const SENTENCES = [
  'Ein Sprecher des Auswärtigen Amts sagte am Montag, man stehe mit den Behörden in Kontakt.',
  'Das Auswärtige Amt teilte am Dienstag mit, die Botschaft bleibe geöffnet.',
  'Eine Sprecherin des Auswärtigen Amtes sagte am Mittwoch, es gebe keine Reisewarnung.',
];

let file: EventFile;
beforeAll(async () => {
  file = await eventFileOf({ 'de_amt.txt': ` date 2025-08-21 Bericht\n\n${SENTENCES.join('\n\n')}\n` });
}, 60_000);

describe('the German Foreign Office in German text', () => {
  it.each(SENTENCES)('“%s” names the German Foreign Office', (sentence) => {
    const [event] = eventsFrom(file, sentence);
    expect(event ? actorNames(file, event) : []).toContain('German Foreign Office');
  });
});
