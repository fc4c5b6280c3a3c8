import { describe, expect, it } from 'vitest';
import { timeStage } from './stage.ts';
import { article } from './test-article.ts';

const PUBLISHED = { date: '2022-12-08', precision: 'day', inferred: false } as const;

/** The day the last sentence of the last paragraph is dated to, and where it came from. */
function dayOf(lang: string, paragraphs: string[][]): string {
  const timed = timeStage(article(lang, paragraphs, PUBLISHED));
  const s = timed.sentences.at(-1);
  if (!s) throw new Error('no sentence');
  return `${s.when.start.slice(0, 10)} ${s.when.precision} ${s.timeFrom}`;
}

describe('a time told relative to a happening the text dated before takes that happening’s day', () => {
  it.each<[string, string, string[][], string]>([
    [
      'English ministers who resigned “within minutes of the speech” after “a televised address … on Wednesday”',
      'en',
      [
        [
          'In a televised address around midday on Wednesday, Castillo announced that he was dissolving Congress.',
        ],
        ['Lawmakers met anyway and voted 101 to 6 to remove him.'],
        ['Several ministers resigned within minutes of the speech.'],
      ],
      '2022-12-07 day context',
    ],
    [
      'Dutch ministers who resigned “kort na de toespraak” of Wednesday',
      'nl',
      [
        ['Castillo kondigde woensdag in een toespraak op televisie aan dat hij het Congres ontbond.'],
        ['Het leger zei dat het de grondwet zou respecteren.'],
        ['Kort na de toespraak stapten verschillende ministers op.'],
      ],
      '2022-12-07 day context',
    ],
    [
      'German ministers who resigned “kurz nach der Rede” of Wednesday',
      'de',
      [
        ['Castillo hatte am Mittwoch in einer Fernsehansprache die Auflösung des Kongresses verkündet.'],
        ['Die Armee kündigte an, die Verfassung zu achten.'],
        ['Kurz nach der Rede traten mehrere Minister zurück.'],
      ],
      '2022-12-07 day context',
    ],
    [
      'a speech the text never dated leaves the resignation before publication',
      'en',
      [
        ['Castillo gave a speech to the nation.'],
        ['Several ministers resigned within minutes of the speech.'],
      ],
      '2022-12-01 before-publication publication',
    ],
    [
      'what no earlier sentence names leaves the sentence as it was',
      'en',
      [
        ['Boluarte was sworn in on Wednesday afternoon.'],
        ['She called for a political truce.'],
        ['Several ministers resigned within minutes of the announcement.'],
      ],
      '2022-12-01 before-publication publication',
    ],
  ])('%s', (_name, lang, paragraphs, expected) => {
    expect(dayOf(lang, paragraphs)).toBe(expected);
  });
});
