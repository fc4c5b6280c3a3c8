/**
 * A happening named only to say who the sentence's people are gives no reading of the sentence's
 * day: that day is what those people did or had done to them.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOfSentence, day } from './test-helpers.ts';

describe('the day of a sentence that names a happening only to say who its people are', () => {
  it.each<[string, string, string, string]>([
    [
      'en',
      'Genoa said goodbye on Saturday to the victims of the collapse of the Morandi bridge.',
      'on Saturday',
      'disaster',
    ],
    [
      'nl',
      'Genua nam zaterdag afscheid van de slachtoffers van de instorting van de brug.',
      'zaterdag',
      'disaster',
    ],
  ])('[%s] “%s” dates no %s by %s', (lang, text, phrase, kind) => {
    const [c] = candidatesOfSentence(lang, { text, times: [day('2018-08-18', phrase)] }).filter(
      (x) => x.kind === kind,
    );
    expect(c?.saidOf).toBe(true);
  });

  it('a sentence that tells the happening itself dates it', () => {
    const text = 'A large section of a motorway bridge collapsed in Genoa on Tuesday.';
    const [c] = candidatesOfSentence('en', { text, times: [day('2018-08-14', 'on Tuesday')] });
    expect(c?.kind).toBe('disaster');
    expect(c?.saidOf).toBeUndefined();
  });
});
