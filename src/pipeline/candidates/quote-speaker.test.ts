/**
 * A quotation followed by "zei hij", "sagte sie", "he said": the pronoun is the person the
 * sentence before named, who makes the statement.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from './stage.ts';
import { article, day, type MentionSpec } from './test-helpers.ts';

function titles(lang: string, first: string, person: MentionSpec, quote: string, when: string): string[] {
  const doc = article('doc', lang, [
    { text: first, mentions: [person], paragraph: 'p1' },
    { text: quote, times: [day('2021-03-26', when)], paragraph: 'p1' },
  ]);
  return extractCandidates(doc)
    .filter((c) => c.sentence.text === quote)
    .map((c) => c.title);
}

describe('the speaker of a quotation named by a pronoun after it', () => {
  it.each<[string, string, MentionSpec, string, string, string]>([
    [
      'nl',
      'Afgelopen weekend had topman Peter Berdowski nog gewaarschuwd dat het dagen tot weken kon duren.',
      ['Peter Berdowski', 'unknown', 'name:peter-berdowski'],
      '"Het schip zit als een enorme walvis op het strand," zei hij vrijdag in het televisieprogramma Nieuwsuur.',
      'vrijdag',
      'Peter Berdowski makes a statement',
    ],
    [
      'de',
      'Am Wochenende hatte Firmenchef Peter Berdowski noch gewarnt, es könne Wochen dauern.',
      ['Peter Berdowski', 'unknown', 'name:peter-berdowski'],
      '„Das Schiff liegt da wie ein gestrandeter Wal", sagte er am Freitag im Fernsehen.',
      'am Freitag',
      'Peter Berdowski makes a statement',
    ],
    [
      'en',
      'Over the weekend Peter Berdowski had warned that it could take weeks.',
      ['Peter Berdowski', 'unknown', 'name:peter-berdowski'],
      '"The ship is like an enormous beached whale," he said on Friday.',
      'on Friday',
      'Peter Berdowski makes a statement',
    ],
    [
      'nl',
      'Afgelopen weekend had topman Peter Berdowski nog gewaarschuwd dat het dagen tot weken kon duren.',
      ['Peter Berdowski', 'unknown', 'name:peter-berdowski'],
      "'Het schip zit als een enorme walvis op het strand', zei hij vrijdag in Nieuwsuur.",
      'vrijdag',
      'Peter Berdowski makes a statement',
    ],
  ])('[%s] “%s” “%s”', (lang, first, person, quote, when, title) => {
    expect(titles(lang, first, person, quote, when)).toEqual([title]);
  });
});
