/**
 * A running tally told by several sources (18 dead one day, 225 a week later) is one event whose
 * title claims no count another source tops; every count stays in the conflicts with its sources.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../candidates/stage.ts';
import { article, day, type SentenceSpec } from '../candidates/test-helpers.ts';
import { mergeCandidates } from './stage.ts';

type Report = [document: string, published: string, spec: SentenceSpec, lang?: string];

function titles(kind: string, reports: Report[]): { title: string; counts: number[] }[] {
  return mergeCandidates(
    reports.flatMap(([id, published, spec, lang = 'en']) =>
      extractCandidates(article(id, lang, [spec], published)),
    ),
  )
    .filter((e) => e.kind === kind)
    .map((e) => ({ title: e.title, counts: e.figures.map((f) => f.value) }));
}

const tuesday: Report = [
  'wire-tue',
  '2024-10-29',
  {
    text: 'At least 40 people died when flash floods swept through towns south of Valencia on Tuesday.',
    times: [day('2024-10-29', 'on Tuesday')],
  },
];
const thursday: Report = [
  'wire-thu',
  '2024-10-31',
  {
    text: 'The death toll from the flash floods in eastern Spain rose to 158 on Thursday, authorities said.',
    times: [day('2024-10-31', 'on Thursday')],
  },
];

const monday: Report = [
  'nos-mon',
  '2024-11-04',
  {
    text: 'In de hele regio is het dodental inmiddels opgelopen tot 217, meldde de regering maandag.',
    times: [day('2024-11-04', 'maandag')],
  },
  'nl',
];

describe('a running toll is titled without a count another source tops', () => {
  it.each<[string, Report[], string, { title: string; counts: number[] }[]]>([
    [
      'one report of 40 dead is titled with its count',
      [tuesday],
      'death',
      [{ title: 'At least 40 people killed', counts: [40] }],
    ],
    [
      'the 40 dead of Tuesday and the toll of 158 on Thursday are one event titled with the higher count',
      [tuesday, thursday],
      'death',
      [{ title: '158 people killed', counts: [40, 158] }],
    ],
    [
      'a Dutch toll of 217 tops the English counts: the event claims none of them',
      [tuesday, thursday, monday],
      'death',
      [{ title: 'People killed', counts: [40, 158, 217] }],
    ],
  ])('%s', (_name, reports, kind, expected) => {
    expect(titles(kind, reports)).toEqual(expected);
  });
});
