/**
 * A lede that ends with the end of a state ("Torres war bis Sonntag Sicherheitschef") lends the next
 * paragraph the lede's day of news before it, not the day the state ended.
 */
import { describe, expect, it } from 'vitest';
import { timeStage } from './stage.ts';
import { article } from './test-article.ts';

const published = { date: '2023-01-10', precision: 'day', inferred: false } as const;

describe('a second paragraph after a state that ended takes the lede’s day of news', () => {
  it.each([
    [
      'a German announcement after "bis Sonntag Sicherheitschef" is dated to Tuesday',
      'de',
      [
        'Der Oberste Gerichtshof Brasiliens hat am Dienstag Haftbefehl gegen Anderson Torres erlassen.',
        'Torres war bis Sonntag Sicherheitschef des Hauptstadtdistrikts.',
      ],
      'Er kündigte an, nach Brasilien zurückzukehren und sich der Justiz zu stellen.',
      '2023-01-10',
    ],
    [
      'an English statement after "security chief until Sunday" is dated to Tuesday',
      'en',
      [
        'The Supreme Court issued an arrest warrant for Anderson Torres on Tuesday.',
        'Torres had been the security chief of the capital district until Sunday.',
      ],
      'He said he would return to Brazil and turn himself in.',
      '2023-01-10',
    ],
  ])('%s', (_name, lang, lede, second, day) => {
    const sentences = timeStage(article(lang, [lede, [second]], published)).sentences;
    expect(sentences.at(-1)?.when.start.slice(0, 10)).toBe(day);
  });
});

describe('a saying in the present right after a state that ended is no saying of the day it ended', () => {
  it.each([
    [
      'de',
      'Torres war bis Sonntag Sicherheitschef des Hauptstadtdistrikts.',
      'Richter Alexandre de Moraes wirft ihm vor, die Ausschreitungen nicht verhindert zu haben.',
    ],
    [
      'nl',
      'Torres was tot zondag veiligheidschef van het Federaal District.',
      'Rechter Alexandre de Moraes verwijt hem dat hij de bestorming niet heeft voorkomen.',
    ],
    [
      'en',
      'Torres had been the security chief of the capital district until Sunday.',
      'Judge Alexandre de Moraes accuses him of failing to prevent the riots.',
    ],
  ])('[%s] “%s” then “%s”: not dated to Sunday', (lang, ended, said) => {
    const sentences = timeStage(article(lang, [[ended, said]], published)).sentences;
    expect(sentences.at(-1)?.when.start.slice(0, 10)).not.toBe('2023-01-08');
  });
});
