/**
 * Further wounded told at a paragraph's opening, with no time of their own, are of the
 * lede's happening: not of the clock time the next sentence gives to what happened later.
 */
import { describe, expect, it } from 'vitest';
import { timeStage } from './stage.ts';
import { article } from './test-article.ts';

const published = { date: '2020-02-20', precision: 'day' as const, inferred: false };

function startOf(lang: string, paragraphs: string[][], words: string): string | undefined {
  const timed = timeStage(article(lang, paragraphs, published));
  return timed.sentences.find((s) => s.text.includes(words))?.when.start.slice(0, 10);
}

describe('further wounded share the lede’s day', () => {
  it.each<[string, string, string[][], string, string]>([
    [
      'the five wounded of Hanau are of Wednesday evening, not of the raid at 3 a.m.',
      'de',
      [
        ['Bei Schüssen in Hanau sind am Mittwochabend neun Menschen getötet worden.'],
        ['Der Täter hatte gegen 22 Uhr das Feuer eröffnet.'],
        [
          'Nach Angaben der Ermittler wurden fünf weitere Menschen verletzt, einer von ihnen schwer.',
          'Spezialeinsatzkräfte stürmten gegen 3 Uhr die Wohnung des Mannes.',
        ],
      ],
      'fünf weitere Menschen verletzt',
      '2020-02-19',
    ],
    [
      'five more people injured, in English',
      'en',
      [
        ['Nine people were shot dead in Hanau on Wednesday night.'],
        ['The gunman opened fire at a shisha bar.'],
        ['Five more people were injured.', 'Special forces stormed his home at 3 a.m. on Thursday.'],
      ],
      'Five more people were injured',
      '2020-02-19',
    ],
    [
      'vijf andere mensen gewond, in Dutch',
      'nl',
      [
        ['In Hanau zijn woensdagavond negen mensen doodgeschoten.'],
        ['De dader opende het vuur in een shishabar.'],
        [
          'Vijf andere mensen raakten gewond.',
          'Een speciale eenheid viel donderdag om 03.00 uur zijn huis binnen.',
        ],
      ],
      'Vijf andere mensen raakten gewond',
      '2020-02-19',
    ],
    [
      'five more people arrested go on with the next sentence’s day',
      'en',
      [
        ['Nine people were shot dead in Hanau on Wednesday night.'],
        ['The gunman opened fire at a shisha bar.'],
        ['Five more people were arrested.', 'Police raided their homes on Thursday.'],
      ],
      'Five more people were arrested',
      '2020-02-20',
    ],
    [
      'three other people who died are a toll revised, not the lede’s wounded',
      'en',
      [
        ['A woman was shot dead at the Capitol on Wednesday.'],
        ['The crowd broke through the doors.'],
        ['Three other people died after medical emergencies.', 'Police gave the toll on Thursday.'],
      ],
      'Three other people died',
      '2020-02-20',
    ],
  ])('%s', (_, lang, paragraphs, words, day) => {
    expect(startOf(lang, paragraphs, words)).toBe(day);
  });
});
