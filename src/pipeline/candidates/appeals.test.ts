/**
 * An appeal is a statement: "called on", "rief … zur … auf" (with more words between the verb and
 * its particle than a plain gap allows), "riep … op".
 */
import { describe, expect, it } from 'vitest';
import { actorNames, eventFileOf, eventsFrom, sentenceArticles } from '../test-articles.ts';

describe('an appeal', () => {
  it.each([
    [
      'en',
      'UN envoy Abdoulaye Bathily on Tuesday called on the authorities to give aid workers free access to Derna.',
    ],
    [
      'de',
      'Der UN-Sondergesandte Abdoulaye Bathily rief am Dienstag die verfeindeten Regierungen in Tripolis und im Osten zur Zusammenarbeit bei der Hilfe auf.',
    ],
    ['nl', 'VN-gezant Abdoulaye Bathily riep dinsdag de autoriteiten op om hulpverleners toe te laten.'],
  ])('[%s] “%s” is a statement by Abdoulaye Bathily on Tuesday', async (lang, sentence) => {
    const file = await eventFileOf(sentenceArticles([[`${lang}.txt`, sentence]], '2023-09-20'));
    const [event] = eventsFrom(file, sentence).filter((e) => e.kind === 'statement');
    expect(event?.when.start).toBe('2023-09-19');
    expect(event && actorNames(file, event)).toContain('Abdoulaye Bathily');
  });
});
