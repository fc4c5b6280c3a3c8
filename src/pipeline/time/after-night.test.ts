/**
 * What a paragraph tells after its night: on the day the night runs into once the paragraph says it
 * moves on ("Daarna", "Danach", "Afterwards"), else that night.
 */
import { describe, expect, it } from 'vitest';
import { timeStage } from './stage.ts';
import { article } from './test-article.ts';

const PUBLISHED = { date: '2023-06-26', precision: 'day', inferred: false } as const;

describe('a sentence after a night', () => {
  it.each<[string, string, string[], string]>([
    [
      'the shootdown told after the column moved on from the night to Saturday is Saturday’s',
      'nl',
      [
        'In de nacht van vrijdag op zaterdag trokken Wagner-strijders Rostov aan de Don binnen.',
        'Daarna trok een colonne over de M4 naar het noorden.',
        'Onderweg schoten de huurlingen zes helikopters neer.',
      ],
      '2023-06-24',
    ],
    [
      'a German sentence opening with “Danach” after the night is the next day’s',
      'de',
      [
        'In der Nacht zum Samstag besetzten Wagner-Kämpfer die Stadt Rostow am Don.',
        'Danach rückte eine Kolonne über die Autobahn M4 Richtung Norden vor.',
      ],
      '2023-06-24',
    ],
    [
      'an English sentence opening with “Afterwards” after the night is the next day’s',
      'en',
      [
        'In the night from Friday to Saturday Wagner fighters took Rostov-on-Don.',
        'Afterwards a column advanced towards Moscow.',
      ],
      '2023-06-24',
    ],
    [
      'tear gas fired in the night of the protests is that night’s',
      'de',
      [
        'In der Nacht zum Samstag hatten in Almaty Tausende Menschen demonstriert.',
        'Die Polizei setzte Blendgranaten und Tränengas ein.',
      ],
      '2023-06-23',
    ],
  ])('%s', (_, lang, sentences, day) => {
    const timed = timeStage(article(lang, [sentences], PUBLISHED));
    const last = timed.sentences[timed.sentences.length - 1];
    expect(last?.timeFrom).toBe('context');
    expect(last?.when.start.slice(0, 10)).toBe(day);
  });
});
