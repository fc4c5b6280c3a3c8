/**
 * A count that goes on from one counted since a day is counted since that day too: a running total
 * from it up to publication, which a count of one day within it can meet.
 */
import { describe, expect, it } from 'vitest';
import { timeStage } from './stage.ts';
import { article } from './test-article.ts';

const SATURDAY = { date: '2025-01-11', precision: 'day', inferred: false } as const;

const secondWhen = (lang: string, sentences: string[]) => {
  const second = timeStage(article(lang, [sentences], SATURDAY)).sentences[1];
  return second && { start: second.when.start, end: second.when.end, precision: second.when.precision };
};

describe('a count after one counted since a day', () => {
  it.each<[string, string, string[]]>([
    [
      'Dutch',
      'nl',
      [
        'Sinds dinsdag zijn meer dan 10.000 huizen en andere gebouwen verwoest, vooral in Pacific Palisades en Altadena.',
        'Ruim 150.000 mensen moesten hun huis uit.',
      ],
    ],
    [
      'German',
      'de',
      [
        'Seit Dienstag sind mehr als 10.000 Gebäude zerstört worden.',
        'Mehr als 150.000 Menschen mussten ihre Häuser verlassen.',
      ],
    ],
    [
      'English',
      'en',
      [
        'More than 10,000 buildings have been destroyed since Tuesday.',
        'More than 150,000 people were forced to leave their homes.',
      ],
    ],
  ])('in %s, runs from Tuesday 7 January up to publication', (_, lang, sentences) => {
    expect(secondWhen(lang, sentences)).toEqual({
      start: '2025-01-07',
      end: '2025-01-11',
      precision: 'week',
    });
  });

  it.each<[string, string, string[]]>([
    [
      'a state told beside a count',
      'de',
      [
        'Seit Dienstag gilt der Ausnahmezustand.',
        'Der Flughafen La Tontouta bleibt geschlossen, Tausende Touristen sitzen fest.',
      ],
    ],
    [
      'no count',
      'nl',
      ['Sinds dinsdag zijn meer dan 10.000 huizen verwoest.', 'De brandweer kwam water tekort.'],
    ],
  ])('%s keeps the day the paragraph tells', (_, lang, sentences) => {
    expect(secondWhen(lang, sentences)).toEqual({ start: '2025-01-07', end: '2025-01-07', precision: 'day' });
  });
});
