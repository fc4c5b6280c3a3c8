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
      'a minister speaking of what the navy did in the night to Tuesday spoke on Tuesday',
      'en',
      [
        'The navy destroyed in the night to Tuesday a large part of the Syrian fleet in the ports of Al-Bayda and Latakia.',
        'Defence minister Israel Katz spoke of a "sterile defence zone" in the south of Syria.',
      ],
      '2023-06-20',
    ],
    [
      'a German prime minister condemning the attack of the night to Sunday did so on Sunday',
      'de',
      [
        'In der Nacht zum Sonntag rammten Randalierer ein brennendes Auto in das Haus des Bürgermeisters.',
        'Premierministerin Élisabeth Borne verurteilte den Angriff.',
      ],
      '2023-06-25',
    ],
    [
      'eyewitnesses who spoke of a burning car after the explosions of the night tell that night',
      'en',
      [
        'Security forces cracked down on demonstrators during the night from Friday to Saturday.',
        'There were also explosions and eyewitnesses spoke of a burning car.',
      ],
      '2023-06-23',
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
