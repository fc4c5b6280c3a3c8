/**
 * The injured a bulletin counts beside its toll of the dead run on as that toll does: the counts of
 * several days are one event of the injured, each value kept, not one event per day.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from './stage.ts';
import { article, day, type SentenceSpec } from './test-helpers.ts';
import { mergeCandidates } from '../merge/stage.ts';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

type Report = [document: string, lang: string, published: string, specs: SentenceSpec[]];

const friday: Report = [
  'reuters',
  'en',
  '2025-03-28',
  [
    {
      text: 'A magnitude 7.7 earthquake struck central Myanmar on Friday, killing at least 144 people and injuring 732, the country’s military government said.',
      times: [day('2025-03-28', 'on Friday')],
    },
  ],
];
const sunday: Report = [
  'ap',
  'en',
  '2025-03-30',
  [
    {
      text: 'The death toll from Friday’s massive earthquake in Myanmar rose to 1,700 on Sunday, with about 3,400 people injured, the military government said.',
      times: [day('2025-03-30', 'on Sunday')],
    },
  ],
];
const tuesday: Report = [
  'tagesschau',
  'de',
  '2025-04-01',
  [
    {
      text: 'Vier Tage nach dem schweren Erdbeben in Myanmar ist die Zahl der Toten auf 2719 gestiegen.',
      when: day('2025-04-01'),
      paragraph: 'p1',
    },
    {
      text: 'Mehr als 4500 Menschen wurden verletzt, sagte Juntachef Min Aung Hlaing am Dienstag im Fernsehen.',
      times: [day('2025-04-01', 'am Dienstag')],
      paragraph: 'p1',
    },
  ],
];
const thursday: Report = [
  'mt',
  'en',
  '2025-04-03',
  [
    {
      text: 'The number of deaths rose to 3085 on Thursday, the junta said.',
      times: [day('2025-04-03', 'on Thursday')],
      paragraph: 'p1',
    },
    { text: 'More than 4700 people were injured.', when: day('2025-04-03'), paragraph: 'p1' },
  ],
];
/** The same count after a toll of another paragraph is no part of that bulletin. */
const apart: Report = [
  'nos',
  'nl',
  '2025-04-03',
  [
    { text: 'Het dodental is gestegen naar 3085.', when: day('2025-04-03'), paragraph: 'p1' },
    {
      text: 'Bij een ongeluk in Yangon raakten twaalf mensen gewond.',
      when: day('2025-04-03'),
      paragraph: 'p2',
    },
  ],
];

function injured(reports: Report[]) {
  const candidates = reports.flatMap(([id, lang, published, specs]) =>
    extractCandidates(article(id, lang, specs, published)),
  );
  return mergeCandidates(candidates)
    .filter((e) => e.kind === 'injury')
    .map((e) => ({
      title: e.title,
      day: e.when.start.slice(0, 10),
      values: e.figures.map((f) => f.value),
      sources: e.sources.map((s) => s.document).sort(),
    }));
}

describe('the injured of a bulletin', () => {
  it('four days’ counts of the injured, in the toll’s sentence or after it in its paragraph, are one event of the quake’s day', () => {
    expect(injured([friday, sunday, tuesday, thursday])).toEqual([
      {
        title: 'More than 4,700 people injured',
        day: '2025-03-28',
        values: [732, 3400, 4500, 4700],
        sources: ['ap', 'mt', 'reuters', 'tagesschau'],
      },
    ]);
  });

  it('a count of the injured in another paragraph than the toll stays a happening of its own', () => {
    expect(
      extractCandidates(article(apart[0], apart[1], apart[3], apart[2]))
        .filter((c) => c.kind === 'injury')
        .map((c) => c.tally === true),
    ).toEqual([false]);
  });
});

const TOLL =
  'The number of dead for the DANA rose this Tuesday to 219, according to the latest balance of the Government delegation.';

describe('a count of the missing told after the toll of its bulletin', () => {
  it.each<[string, string, string, string]>([
    [
      'an exact count of the missing takes the toll’s day',
      '89 people are still missing.',
      '89 people missing',
      'day',
    ],
    [
      '“dozens still missing” holds over days and keeps no day of its own',
      'Dozens of people are still missing.',
      'Dozens of people missing',
      'before-publication',
    ],
  ])('%s', async (_name, count, title, precision) => {
    const file = await eventFileOf({ 'en_report.txt': ` date 2024-11-05 Report\n\n${TOLL} ${count}\n` });
    const missing = eventsFrom(file, count).find((e) => e.kind === 'missing');
    expect(missing?.title).toBe(title);
    expect(missing?.when.precision).toBe(precision);
    expect(missing?.when.end).toBe('2024-11-05');
  });
});
