import { describe, expect, it } from 'vitest';
import { timeStage } from './stage.ts';
import { article } from './test-article.ts';

const PUBLISHED = { date: '2023-06-30', precision: 'day', inferred: false } as const;

/** The days the last sentence of `paragraph` is dated to, as "start..end", and where they came from. */
function daysOf(lang: string, paragraph: string[]): string {
  const timed = timeStage(article(lang, [paragraph], PUBLISHED));
  const s = timed.sentences.at(-1);
  if (!s) throw new Error('no sentence');
  return `${s.when.start.slice(0, 10)}..${s.when.end.slice(0, 10)} ${s.when.precision}`;
}

describe('a happening that began after one the sentence dates runs from that day to publication', () => {
  it.each<[string, string, string[], string]>([
    [
      'Dutch riots that began after a death on Tuesday began no earlier than Tuesday',
      'nl',
      [
        'De rellen begonnen na de dood van de 17-jarige Nahel, die dinsdag in Nanterre door een agent werd doodgeschoten bij een verkeerscontrole.',
      ],
      '2023-06-27..2023-06-30 day',
    ],
    [
      'English riots that broke out after a killing on Tuesday began no earlier than Tuesday',
      'en',
      ['The riots broke out after the death of Nahel, who had been shot by a police officer on Tuesday.'],
      '2023-06-27..2023-06-30 day',
    ],
    [
      'German riots that began after a death on Tuesday began no earlier than Tuesday',
      'de',
      [
        'Die Krawalle begannen nach dem Tod des 17-jährigen Nahel, der am Dienstag von einem Polizisten erschossen worden war.',
      ],
      '2023-06-27..2023-06-30 day',
    ],
    [
      'protests that began after a removal dated in the same noun phrase began no earlier than that day',
      'en',
      ['The protests began after the removal of President Castillo on 27 June.'],
      '2023-06-27..2023-06-30 day',
    ],
    [
      'German protests that began after a removal on Tuesday began no earlier than Tuesday',
      'de',
      ['Die Proteste begannen nach der Absetzung des Präsidenten am Dienstag.'],
      '2023-06-27..2023-06-30 day',
    ],
    [
      'a strike told in a clause with its own verb keeps the day as its own',
      'en',
      ['The fighting began after India on Tuesday struck targets in Pakistan.'],
      '2023-06-27..2023-06-27 day',
    ],
    [
      'a day the sentence before tells, earlier than the death, is no frame for what began after it',
      'nl',
      [
        'Op maandag was het nog rustig in Nanterre.',
        'De rellen begonnen na de dood van Nahel, die dinsdag door een agent werd doodgeschoten.',
      ],
      '2023-06-27..2023-06-30 day',
    ],
    [
      'a later day the sentence before tells still frames it',
      'en',
      [
        'Rioters set the town hall of Mons-en-Baroeul on fire on Thursday.',
        'The unrest started after the death of Nahel, who had been shot by a police officer on Tuesday.',
      ],
      '2023-06-29..2023-06-29 day',
    ],
    [
      'a sentence that tells no beginning stays before publication',
      'nl',
      [
        'Demonstranten eisen gerechtigheid voor Nahel, die dinsdag in Nanterre door een agent werd doodgeschoten.',
      ],
      '2023-06-23..2023-06-30 before-publication',
    ],
  ])('%s', (_, lang, paragraph, days) => {
    expect(daysOf(lang, paragraph)).toBe(days);
  });
});
