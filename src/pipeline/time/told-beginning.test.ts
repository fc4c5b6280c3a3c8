/**
 * A later paragraph that tells how something began goes back to its start: "The rescue began just
 * after midnight, … emerged at 12.11am" after a lede "late on Wednesday" is the small hours of that
 * Wednesday; the small hours of a happening told on, not begun, are the night after the evening.
 */
import { describe, expect, it } from 'vitest';
import { timeStage } from './stage.ts';
import { article } from './test-article.ts';
import { toldBeginning } from './told-beginning.ts';

const published = { date: '2010-10-14', precision: 'day' as const, inferred: false };

function whenOf(lang: string, paragraphs: string[][], words: string): string | undefined {
  const timed = timeStage(article(lang, paragraphs, published));
  return timed.sentences.find((s) => s.text.includes(words))?.when.start;
}

describe('the small hours of a beginning told after an evening', () => {
  it.each<[string, string[][], string, string]>([
    [
      'en',
      [
        [
          'The last of the 33 Chilean miners was winched to the surface late on Wednesday, ending a rescue that had captivated the world.',
        ],
        ['Luis Urzúa stepped out of the Fénix capsule at 9.55pm local time.'],
        ['Piñera replied that Urzúa had been "a good captain".'],
        [
          'The rescue began just after midnight, when Florencio Ávalos, 31, emerged at 12.11am to embrace his weeping son and his wife.',
        ],
      ],
      'emerged at 12.11am',
      '2010-10-13',
    ],
    [
      'nl',
      [
        ['De laatste van de 33 mijnwerkers werd woensdagavond naar boven gehesen.'],
        ['Piñera noemde Urzúa een goede kapitein.'],
        ['De redding begon om 00.11 uur, toen Florencio Ávalos als eerste boven kwam.'],
      ],
      'om 00.11 uur',
      '2010-10-13',
    ],
    [
      'de',
      [
        ['Der letzte der 33 Bergleute wurde am Mittwochabend an die Oberfläche gezogen.'],
        ['Piñera nannte Urzúa einen guten Kapitän.'],
        ['Die Rettung begann um 0.11 Uhr, als Florencio Ávalos als Erster an die Oberfläche kam.'],
      ],
      'um 0.11 Uhr',
      '2010-10-13',
    ],
    [
      'en',
      [
        [
          'The last of the 33 Chilean miners was winched to the surface late on Wednesday, ending a rescue that had captivated the world.',
        ],
        ['Piñera replied that Urzúa had been "a good captain".'],
        ['Manuel González, the last rescuer, reached the surface at 12.40am.'],
      ],
      'at 12.40am',
      '2010-10-14',
    ],
  ])('[%s] “%s”: the clock time is on %s', (lang, paragraphs, words, start) => {
    expect(whenOf(lang, paragraphs, words)?.slice(0, 10)).toBe(start);
  });
});

describe('the small hours of a beginning told after a night', () => {
  const spiegel = { date: '2012-01-17', precision: 'day' as const, inferred: false };
  it.each<[string, string[][], string, string]>([
    [
      'de',
      [
        [
          'Es ist ein Dokument, das in Italien seit Dienstag auf allen Kanälen läuft.',
          'Die Zeitung „Corriere della Sera“ veröffentlichte auf ihrer Website den Mitschnitt eines Telefonats aus der Nacht zu Samstag.',
        ],
        ['Das Gespräch beginnt um 1.46 Uhr.', 'Schettino kehrte nicht zurück.'],
      ],
      'um 1.46 Uhr',
      '2012-01-14T01:46',
    ],
    [
      'nl',
      [
        ['De opname is van een telefoongesprek in de nacht van vrijdag op zaterdag.'],
        ['Het gesprek begint om 01.46 uur.'],
      ],
      'om 01.46 uur',
      '2012-01-14T01:46',
    ],
  ])('[%s] “%s” is in the small hours after the night: %s', (lang, paragraphs, words, start) => {
    const timed = timeStage(article(lang, paragraphs, spiegel));
    expect(timed.sentences.find((s) => s.text.includes(words))?.when.start).toBe(start);
  });
});

describe('a verb of beginning before a clock time', () => {
  it.each<[string, string, boolean]>([
    [
      "'The rescue began just after midnight, when …' tells a beginning",
      'The rescue began just after midnight, when ',
      true,
    ],
    ["Dutch 'De redding begon om' tells a beginning", 'De redding begon om ', true],
    ["German 'Die Rettung begann um' tells a beginning", 'Die Rettung begann um ', true],
    ["'Manuel González reached the surface at' tells none", 'Manuel González reached the surface at ', false],
  ])('%s', (_name, text, expected) => {
    expect(toldBeginning(text, text.length)).toBe(expected);
  });
});
