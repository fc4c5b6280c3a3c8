/**
 * The dead of an aftershock two weeks after a quake are the aftershock's: a toll of the quake
 * reported days later reaches back over the week before it, but the six of that evening are no
 * early count of its 50,000, nor dated by it.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../candidates/stage.ts';
import { article, beforePublication, day, type SentenceSpec } from '../candidates/test-helpers.ts';
import type { When } from '../types.ts';
import { mergeCandidates } from './stage.ts';

type Report = [document: string, lang: string, published: string, specs: SentenceSpec[]];

/** Monday evening, as a paragraph opening "maandagavond" dates the sentences after it. */
const evening: When = {
  start: '2023-02-20',
  end: '2023-02-20',
  precision: 'part-of-day',
  value: '2023-02-20TEV',
  confidence: 0.8,
};

const quake: Report = [
  'reuters',
  'en',
  '2023-02-06',
  [
    {
      text: 'A 7.8 magnitude earthquake struck southern Turkey before dawn on Monday, killing more than 2,300 people.',
      times: [day('2023-02-06', 'on Monday')],
    },
  ],
];
const toll: Report = [
  'dpa',
  'de',
  '2023-02-25',
  [
    {
      text: 'Knapp drei Wochen nach den Erdbeben ist die Zahl der Toten auf mehr als 50.000 gestiegen.',
      when: beforePublication('2023-02-25'),
    },
  ],
];
const sixNl: Report = [
  'nos',
  'nl',
  '2023-02-21',
  [
    {
      text: 'Het zuiden van Turkije is maandagavond opnieuw getroffen.',
      times: [{ ...evening, text: 'maandagavond' }],
    },
    { text: 'Volgens de minister kwamen zeker zes mensen om het leven.', when: evening, paragraph: 'p1' },
    {
      text: 'Het gebied werd al verwoest door de aardbevingen van 6 februari, waarbij meer dan 47.000 doden vielen.',
      times: [day('2023-02-06', '6 februari')],
      paragraph: 'p2',
    },
  ],
];
const sixDe: Report = [
  'tagesschau',
  'de',
  '2023-02-21',
  [
    {
      text: 'Mindestens sechs Menschen kamen ums Leben, mehr als 290 wurden verletzt, teilte Innenminister Süleyman Soylu mit.',
      when: evening,
      mentions: [['Süleyman Soylu', 'actor', 'name:suleyman-soylu']],
    },
  ],
];

function deaths(reports: Report[]) {
  const candidates = reports.flatMap(([id, lang, published, specs]) =>
    extractCandidates(article(id, lang, specs, published)),
  );
  return mergeCandidates(candidates)
    .filter((e) => e.kind === 'death')
    .map((e) => ({ day: e.when.start.slice(0, 10), sources: e.sources.map((s) => s.document).sort() }));
}

describe('the dead of an aftershock', () => {
  it('six dead of Monday evening in Dutch and German are one event of that evening, apart from the quake’s toll', () => {
    expect(deaths([quake, toll, sixNl, sixDe])).toEqual([
      { day: '2023-02-06', sources: ['dpa', 'nos', 'reuters'] },
      { day: '2023-02-20', sources: ['nos', 'tagesschau'] },
    ]);
  });
});
