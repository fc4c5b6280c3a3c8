/**
 * The day of a plan announced in a report of the day before ("Sie kündigte an, am Mittwoch an die
 * Absturzstelle zu reisen") is no day the story moves on to: an evening told after it is the
 * report's own.
 */
import { describe, expect, it } from 'vitest';
import { timeStage } from './stage.ts';
import { article } from './test-article.ts';

const TUESDAY = { date: '2015-03-24', precision: 'day', inferred: false } as const;

function lastDay(lang: string, sentences: string[]): string | undefined {
  return timeStage(article(lang, [sentences], TUESDAY))
    .sentences.at(-1)
    ?.when?.start.slice(0, 10);
}

describe('an evening told after a plan announced for a day ahead', () => {
  it.each<[string, string, string[], string]>([
    [
      'the Tagesschau’s flight recorder found “Am Abend” after Merkel’s trip announced for Wednesday',
      'de',
      [
        'Die Maschine zerschellte am Dienstag um 10.41 Uhr.',
        'Sie kündigte an, am Mittwoch an die Absturzstelle zu reisen.',
        'Am Abend wurde einer der beiden Flugschreiber gefunden.',
      ],
      '2015-03-24',
    ],
    [
      'a Dutch evening after a visit announced for Wednesday',
      'nl',
      [
        'Het toestel stortte dinsdag om 10.41 uur neer.',
        'Merkel kondigde aan woensdag naar de rampplek te reizen.',
        "'s Avonds werd de stemrecorder gevonden.",
      ],
      '2015-03-24',
    ],
    [
      'an evening after a Wednesday told as the day things happen is that Wednesday’s',
      'de',
      ['Am Mittwoch reist Merkel an die Absturzstelle.', 'Am Abend trifft sie Hollande.'],
      '2015-03-25',
    ],
  ])('%s', (_what, lang, sentences, day) => {
    expect(lastDay(lang, sentences)).toBe(day);
  });
});
