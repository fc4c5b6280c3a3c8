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
