/**
 * A bare clock time of a paragraph after the one that named the story's last day goes back to the
 * first day the report told: news returns to its happening ("The FBI on Sunday identified the
 * shooter. ¶ Crooks fired … shortly after 6 p.m." is Saturday's shooting); within one paragraph
 * the story goes on from its last day.
 */
import { describe, expect, it } from 'vitest';
import { timeStage } from './stage.ts';
import { article } from './test-article.ts';

const published = { date: '2024-07-14', precision: 'day' as const, inferred: false };

function whenOf(lang: string, paragraphs: string[][], words: string): string | undefined {
  const timed = timeStage(article(lang, paragraphs, published));
  return timed.sentences.find((s) => s.text.includes(words))?.when.start;
}

describe('a bare clock time in a later paragraph', () => {
  it.each<[string, string[][], string, string]>([
    [
      'en',
      [
        ['Donald Trump was shot in the ear at a rally in Pennsylvania on Saturday.'],
        ['The FBI on Sunday identified the shooter as Thomas Matthew Crooks.'],
        ['Crooks fired several shots from a roof shortly after 6 p.m.'],
      ],
      'shortly after 6 p.m.',
      '2024-07-13T18:00',
    ],
    [
      'nl',
      [
        ['Donald Trump is zaterdag bij een verkiezingsbijeenkomst in zijn oor geraakt.'],
        ['De FBI heeft de schutter zondag geïdentificeerd.'],
        ['De schutter vuurde om 18.11 uur vanaf een dak.'],
      ],
      'om 18.11 uur',
      '2024-07-13T18:11',
    ],
    [
      'de',
      [
        ['Am Samstag wurde Donald Trump bei einer Kundgebung am Ohr verletzt.'],
        ['Das FBI identifizierte den Schützen am Sonntag.'],
        ['Der Schütze feuerte um 18.11 Uhr von einem Dach.'],
      ],
      'um 18.11 Uhr',
      '2024-07-13T18:11',
    ],
    [
      'en',
      [
        ['Trump was shot on Saturday.'],
        ['The FBI on Sunday identified the shooter.', 'Agents searched his home at 9 p.m.'],
      ],
      'at 9 p.m.',
      '2024-07-14T21:00',
    ],
  ])('[%s] the clock time of “%s” is on its day', (lang, paragraphs, words, start) => {
    expect(whenOf(lang, paragraphs, words)).toBe(start);
  });
});

describe('a bare clock time after a lede that dates its news only in a relative clause', () => {
  const friday = { date: '2020-02-21', precision: 'day' as const, inferred: false };
  it.each<[string, string[][], string, string]>([
    [
      'en',
      [
        [
          'A German man who shot dead nine people of immigrant background in the city of Hanau on Wednesday night had posted a manifesto and video online, federal prosecutors said.',
        ],
        ['The 43-year-old gunman opened fire at two shisha bars shortly before 10 p.m.'],
      ],
      'shortly before 10 p.m.',
      '2020-02-19T22:00',
    ],
    [
      'de',
      [
        [
          'Ein Mann, der am Mittwochabend in Hanau neun Menschen erschossen hatte, hat ein Video veröffentlicht.',
        ],
        ['Der 43-Jährige hatte gegen 22 Uhr in einer Shisha-Bar das Feuer eröffnet.'],
      ],
      'gegen 22 Uhr',
      '2020-02-19T22:00',
    ],
  ])('[%s] “%s” is of the clause’s day', (lang, paragraphs, words, start) => {
    const timed = timeStage(article(lang, paragraphs, friday));
    expect(timed.sentences.find((s) => s.text.includes(words))?.when.start).toBe(start);
  });

  it('the start of a state told in a clause ("die sinds 5 augustus vastzitten") is no news to return to', () => {
    const wednesday = { date: '2010-10-13', precision: 'day' as const, inferred: false };
    const paragraphs = [
      [
        'In Chili is de reddingsoperatie van de 33 mijnwerkers die sinds 5 augustus vastzitten in volle gang.',
      ],
      ['Om 05.11 uur kwam de eerste man boven.'],
    ];
    const timed = timeStage(article('nl', paragraphs, wednesday));
    const words = 'Om 05.11 uur';
    expect(timed.sentences.find((s) => s.text.includes(words))?.when.start).toBe('2010-10-13T05:11');
  });
});
