/**
 * An undated sentence followed by one that goes back in the pluperfect to a day ("Er war am
 * Mittwoch von Demonstranten besetzt worden") tells what came after that day: it lies between it
 * and publication, not on it and not anywhere in the week before the report.
 */
import { describe, expect, it } from 'vitest';
import { timeStage } from './stage.ts';
import { article } from './test-article.ts';

const JAN_8 = { date: '2022-01-08', precision: 'day' as const, inferred: false };

function timeOfFirst(lang: string, sentences: string[]): string {
  const s = timeStage(article(lang, [sentences], JAN_8)).sentences[0];
  return `${s?.when.start}..${s?.when.end} ${s?.when.precision}`;
}

describe('what a later pluperfect went back from', () => {
  it.each<[string, string, string[], string]>([
    [
      'the airport “wieder unter Kontrolle” was retaken after the Wednesday it “war besetzt worden”',
      'de',
      [
        'Der Flughafen von Almaty ist nach Angaben der Behörden wieder unter Kontrolle der Sicherheitskräfte.',
        'Er war am Mittwoch von Demonstranten besetzt worden und soll bis Montag geschlossen bleiben.',
      ],
      '2022-01-05..2022-01-08 before-publication',
    ],
    [
      'the airport “back under the control” of the army was retaken after the Wednesday protesters “had seized” it',
      'en',
      [
        'The airport in Almaty is back under the control of the security forces, the authorities said.',
        'Protesters had seized it on Wednesday.',
      ],
      '2022-01-05..2022-01-08 before-publication',
    ],
    [
      'the airport “weer in handen” of the army was retaken after the Wednesday protesters “hadden ingenomen”',
      'nl',
      [
        'Het vliegveld van Almaty is volgens de autoriteiten weer in handen van de veiligheidstroepen.',
        'Betogers hadden het woensdag ingenomen.',
      ],
      '2022-01-05..2022-01-08 before-publication',
    ],
    [
      'a statement beside talks that “hatten seit Montag gedauert” is no later than them: known only before publication',
      'de',
      [
        'Verhandlungsführer Gröger sprach von einem "Weihnachtswunder".',
        'Die Verhandlungen hatten seit Montag gedauert.',
      ],
      '2022-01-01..2022-01-08 before-publication',
    ],
    [
      'a sentence before one in the simple past takes its day',
      'de',
      ['Der Flughafen von Almaty ist wieder unter Kontrolle.', 'Demonstranten besetzten ihn am Mittwoch.'],
      '2022-01-05..2022-01-05 day',
    ],
  ])('%s', (_name, lang, sentences, expected) => {
    expect(timeOfFirst(lang, sentences)).toBe(expected);
  });
});
