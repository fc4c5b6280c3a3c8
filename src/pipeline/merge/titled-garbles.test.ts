/**
 * A translation's "British Prime Minister Keir Hardie" is Keir Starmer where another report of the
 * story names him; alone, the name stays as written.
 */
import { describe, expect, it } from 'vitest';
import { actorNames, eventFileOf, eventsFrom } from '../test-articles.ts';

const WIRE =
  ' date 2025-06-12 Air India plane crashes in Ahmedabad\n\nAn Air India plane with 242 people on board crashed in Ahmedabad on Thursday, killing 241 of them.\n\nBritish Prime Minister Keir Starmer called the scenes emerging from Ahmedabad devastating on Thursday.\n';

describe('a garbled title holder named right in a sister report', () => {
  it.each([
    [
      'en',
      'British Prime Minister Keir Hardie had called the images from Ahmedabad "devastating" on Thursday.',
      'The Air India plane with 242 people on board that crashed in Ahmedabad on Thursday killed 241 of them.',
    ],
    [
      'de',
      'Der britische Premierminister Keir Hardie nannte die Bilder aus Ahmedabad am Donnerstag verheerend.',
      'Beim Absturz der Air-India-Maschine mit 242 Menschen an Bord in Ahmedabad kamen am Donnerstag 241 von ihnen ums Leben.',
    ],
  ])('[%s] “%s” is Keir Starmer', async (lang, garbled, crash) => {
    const file = await eventFileOf({
      'en_wire_0612.txt': WIRE,
      [`${lang}_translation.txt`]: ` date 2025-06-13 Title\n\n${crash}\n\n${garbled}\n`,
    });
    const [event] = eventsFrom(file, garbled);
    expect(event && actorNames(file, event)).toContain('Keir Starmer');
  });

  it('without a sister report naming him, “Keir Hardie” stays as written', async () => {
    const garbled =
      'British Prime Minister Keir Hardie had called the images from Ahmedabad "devastating" on Thursday.';
    const file = await eventFileOf({ 'en_translation.txt': ` date 2025-06-13 Title\n\n${garbled}\n` });
    const [event] = eventsFrom(file, garbled);
    expect(event && actorNames(file, event)).toEqual(['Keir Hardie']);
  });
});
