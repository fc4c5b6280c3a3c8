/**
 * A town cleared ("geräumt") or people who left their homes are evacuated, and the figures the
 * police and the town give for them are both kept; snow cleared from a road is no evacuation.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf, kindsAndTitles } from './test-helpers.ts';

describe('an evacuation told as a town cleared or homes left', () => {
  it.each([
    [
      'de',
      'Montagabend war der Ort mit seinen rund 3800 Einwohnern geräumt worden.',
      'About 3,800 people evacuated',
    ],
    [
      'en',
      'Monday, thousands of residents fled their homes as the lava advanced.',
      'Thousands of people evacuated',
    ],
    ['nl', 'Maandag hebben ruim 3700 inwoners hun huis verlaten.', 'More than 3,700 people evacuated'],
    ['de', 'Montag mussten rund 3800 Bewohner ihre Häuser verlassen.', 'About 3,800 people evacuated'],
    ['nl', 'Zaterdag moesten duizenden toeristen hun hotel verlaten.', 'Thousands of people evacuated'],
    ['de', 'Samstag mussten Tausende Urlauber ihre Hotels verlassen.', 'Thousands of people evacuated'],
    [
      'de',
      'Samstag sind Tausende Urlauber aus ihren Hotels und Dörfern in Busse gebracht worden.',
      'Thousands of people evacuated',
    ],
    [
      'en',
      'Saturday, thousands of tourists were herded out of their hotels.',
      'Thousands of people evacuated',
    ],
    [
      'en',
      'Tuesday police said 3,700 residents had left; the town council put the figure at nearly 4,000.',
      '3,700 people evacuated',
    ],
    [
      'en',
      'A first plane carrying 262 people left Niamey on Tuesday evening, the French foreign ministry said.',
      '262 people evacuated',
    ],
    [
      'nl',
      'Het eerste vliegtuig met 262 mensen aan boord vertrok dinsdagavond uit Niamey, meldde het Franse ministerie.',
      '262 people evacuated',
    ],
    [
      'de',
      'Die erste Maschine mit 262 Menschen an Bord verließ Niamey am Dienstagabend, teilte das französische Außenministerium mit.',
      '262 people evacuated',
    ],
  ])('[%s] “%s” is titled “%s”', (lang, text, title) => {
    expect(kindsAndTitles(lang, text, '2025-11-17')[0]).toEqual({ kind: 'evacuation', title });
  });

  it('[de] a road cleared of snow is no evacuation', () => {
    expect(kindsAndTitles('de', 'Montag wurde die Straße vom Schnee geräumt.', '2025-11-17')).toEqual([]);
  });

  it('[nl] the police’s and the town’s counts of those who left are both kept', () => {
    const [c] = candidatesOf(
      'nl',
      'Maandag zegt de politie dat ruim 3700 inwoners hun huis hebben verlaten, de gemeente spreekt van bijna 4000 mensen.',
      '2025-11-17',
    );
    expect(c?.figures.map((f) => f.value)).toEqual([3700, 4000]);
  });
});

describe('the first plane of an evacuation, not the ministry’s statement that tells it', () => {
  it('[en] the first plane carrying aid brings it, it evacuates no one', () => {
    const kinds = kindsAndTitles(
      'en',
      'The first plane carrying aid landed in Gaziantep on Tuesday.',
      '2023-02-08',
    );
    expect(kinds.map((k) => k.kind)).not.toContain('evacuation');
  });
});

describe('government flights that took off with passengers, not the minister’s statement that tells it', () => {
  it.each([
    [
      'en',
      "Two Australian government flights took off from Noumea's domestic airport with 108 passengers, Foreign Minister Penny Wong said.",
    ],
    ['nl', 'Twee Australische regeringsvluchten zijn met 108 passagiers uit Nouméa vertrokken.'],
    ['de', 'Zwei australische Regierungsmaschinen sind mit 108 Passagieren in Nouméa gestartet.'],
  ])('[%s] “%s” is an evacuation', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2024-05-21').map((k) => k.kind)).toEqual(['evacuation']);
  });
});
