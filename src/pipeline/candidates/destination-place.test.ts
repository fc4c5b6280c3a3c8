/**
 * Where a plane, train or ship was heading is no place of what befell it: the crash of a plane
 * bound for London is in Ahmedabad, not in London.
 */
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

describe('a destination is no place of the happening', () => {
  it.each([
    [
      'en',
      'A plane bound for London crashed shortly after take-off from Ahmedabad on Thursday, killing 241 people.',
    ],
    ['nl', 'Een vliegtuig op weg naar Londen stortte donderdag kort na de start in Ahmedabad neer.'],
    [
      'de',
      'Ein Flugzeug auf dem Weg nach London ist am Donnerstag kurz nach dem Start in Ahmedabad abgestürzt.',
    ],
  ])('[%s] “%s” happened in Ahmedabad', async (lang, sentence) => {
    const file = await eventFileOf({ [`${lang}_crash.txt`]: ` date 2025-06-12 Titel\n\n${sentence}\n` });
    const places = eventsFrom(file, sentence).flatMap((e) => e.places);
    expect(places).toContain('ahmedabad');
    expect(places).not.toContain('london');
  });

  it('a leader who fled to the Maldives still went there', async () => {
    const sentence = 'President Gotabaya Rajapaksa fled to the Maldives on Wednesday.';
    const file = await eventFileOf({ 'en_flight.txt': ` date 2022-07-13 Title\n\n${sentence}\n` });
    expect(eventsFrom(file, sentence).flatMap((e) => e.places)).toContain('maldives');
  });
});
