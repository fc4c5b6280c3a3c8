/**
 * The lexicon's words of a war's outbreak, its truces broken, a convoy and a plane fired upon, an
 * embassy emptied by helicopter and people flown out (Sudan, April 2023), in en, nl and de: each
 * sentence alone, the kind, title and day a reader would give it.
 */
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom, sentenceArticles } from './test-articles.ts';

async function told(sentence: string, published: string, language: string) {
  const file = await eventFileOf(sentenceArticles([[`${language}_report.txt`, sentence]], published));
  return eventsFrom(file, sentence).map((e) => [e.kind, e.title, e.when.start.slice(0, 10)]);
}

describe('war, truces and evacuations', () => {
  it.each<[string, string, string, string[]]>([
    [
      'en',
      'Fighting broke out on Saturday between the army and the paramilitary Rapid Support Forces.',
      '2023-04-18',
      ['fighting', 'Fighting breaks out', '2023-04-15'],
    ],
    [
      'nl',
      'In Soedan wordt sinds 15 april gevochten tussen het leger en de paramilitaire RSF.',
      '2023-04-24',
      ['fighting', 'Fighting breaks out in Sudan', '2023-04-15'],
    ],
    [
      'de',
      'Seit dem 15. April kämpfen die Armee und die paramilitärische RSF um die Macht im Sudan.',
      '2023-04-25',
      ['fighting', 'Fighting breaks out in Sudan', '2023-04-15'],
    ],
    [
      'en',
      'The truce of 24 hours that was announced on Tuesday had collapsed shortly after its beginning.',
      '2023-04-21',
      ['ceasefire-broken', 'Ceasefire broken', '2023-04-18'],
    ],
    [
      'nl',
      'Een bestand ter gelegenheid van het Suikerfeest, dat vrijdag inging, werd niet nageleefd.',
      '2023-04-24',
      ['ceasefire-broken', 'Ceasefire broken', '2023-04-21'],
    ],
    [
      'en',
      'Antony Blinken said a clearly marked U.S. diplomatic convoy was fired upon on Monday.',
      '2023-04-18',
      ['attack', 'Convoy attacked', '2023-04-17'],
    ],
    [
      'de',
      'Die USA hatten ihre Botschaftsmitarbeiter bereits am Sonntag mit Hubschraubern aus Khartum geholt.',
      '2023-04-25',
      ['evacuation', 'United States evacuates embassy staff from Khartoum', '2023-04-23'],
    ],
    [
      'nl',
      'De Verenigde Staten haalden zondag hun ambassadepersoneel met helikopters uit Khartoem.',
      '2023-04-24',
      ['evacuation', 'United States evacuates embassy staff from Khartoum', '2023-04-23'],
    ],
    [
      'en',
      'On Saturday, a Saudi Arabian Airlines plane was hit by gunfire at Khartoum airport as it prepared to take off for Riyadh.',
      '2023-04-18',
      ['aircraft-hit', 'Plane hit by gunfire in Khartoum', '2023-04-15'],
    ],
    [
      'en',
      'Britain said it had flown more than 500 people out of an airfield north of Khartoum since Tuesday.',
      '2023-04-27',
      ['evacuation', 'More than 500 people evacuated from Khartoum', '2023-04-25'],
    ],
  ])(
    '[%s] “%s” (published %s) is %j',
    async (language, sentence, published, expected) => {
      expect(await told(sentence, published, language)).toContainEqual(expected);
    },
    30_000,
  );

  it('a trust broken is no truce broken: “sein Vertrauen zu oft gebrochen”', async () => {
    const events = await told(
      'Scholz warf dem FDP-Chef vor, sein Vertrauen zu oft gebrochen zu haben.',
      '2024-11-07',
      'de',
    );
    expect(events.map(([kind]) => kind)).not.toContain('ceasefire-broken');
  }, 30_000);
});
