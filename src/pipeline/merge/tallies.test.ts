/**
 * A death toll reported again on later days ("rose to 158 on Thursday", "opgelopen tot 217, meldde
 * de regering maandag") is the disaster's deaths counted anew: one event, dated to the day they
 * died, its rising counts kept as a conflict of figures. Deaths of different days stay apart.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../candidates/stage.ts';
import { article, day, type SentenceSpec } from '../candidates/test-helpers.ts';
import { mergeCandidates } from './stage.ts';

type Report = [document: string, lang: string, published: string, spec: SentenceSpec];

function deaths(reports: Report[]) {
  const events = mergeCandidates(
    reports.flatMap(([id, lang, published, spec]) => extractCandidates(article(id, lang, [spec], published))),
  ).filter((e) => e.kind === 'death');
  return events.map((e) => ({
    when: e.when.value,
    sources: e.sources.map((s) => s.document),
    counts: e.figures.map((f) => f.value),
  }));
}

const floods: Report = [
  'wire-tue',
  'en',
  '2024-10-29',
  {
    text: 'At least 40 people died when flash floods swept through towns south of Valencia on Tuesday.',
    times: [day('2024-10-29', 'on Tuesday')],
  },
];
const thursday: Report = [
  'wire-thu',
  'en',
  '2024-10-31',
  {
    text: 'The death toll from the flash floods in eastern Spain rose to 158 on Thursday, authorities said.',
    times: [day('2024-10-31', 'on Thursday')],
  },
];
const monday: Report = [
  'nos-mon',
  'nl',
  '2024-11-04',
  {
    text: 'In de hele regio is het dodental inmiddels opgelopen tot 217, meldde de regering maandag.',
    times: [day('2024-11-04', 'maandag')],
  },
];
const saidFriday: Report = [
  'paper-fri',
  'en',
  '2024-11-01',
  {
    text: 'The emergency services said on Friday that 205 people had died.',
    times: [day('2024-11-01', 'on Friday')],
  },
];

describe('a death toll told again on later days', () => {
  it.each<[string, Report[], { when: string; sources: string[]; counts: number[] }[]]>([
    [
      'a toll of Thursday and one of Monday join the deaths of Tuesday, dated Tuesday',
      [floods, thursday, monday],
      [{ when: '2024-10-29', sources: ['nos-mon', 'wire-thu', 'wire-tue'], counts: [40, 158, 217] }],
    ],
    [
      '“said on Friday that 205 had died” is a count of Friday, not deaths of Friday',
      [floods, saidFriday],
      [{ when: '2024-10-29', sources: ['paper-fri', 'wire-tue'], counts: [40, 205] }],
    ],
    [
      'a toll told alone keeps the day it was given',
      [thursday],
      [{ when: '2024-10-31', sources: ['wire-thu'], counts: [158] }],
    ],
    [
      'a toll does not reach back to deaths of two weeks before',
      [
        [
          'wire-old',
          'en',
          '2024-10-15',
          {
            text: 'At least 40 people died when flash floods swept through towns south of Valencia on Tuesday.',
            times: [day('2024-10-15', 'on Tuesday')],
          },
        ],
        thursday,
      ],
      [
        { when: '2024-10-15', sources: ['wire-old'], counts: [40] },
        { when: '2024-10-31', sources: ['wire-thu'], counts: [158] },
      ],
    ],
  ])('%s', (_name, reports, expected) => {
    const got = deaths(reports).map((e) => ({ ...e, sources: [...e.sources].sort() }));
    expect(got).toEqual(expected);
  });

  it('keeps the deaths of Monday’s strikes and of Thursday’s apart, though a toll of Friday meets both', () => {
    const got = deaths([
      [
        'mon',
        'en',
        '2024-07-08',
        {
          text: 'Russian missile strikes on Kyiv killed 31 people on Monday.',
          times: [day('2024-07-08', 'on Monday')],
        },
      ],
      [
        'thu',
        'en',
        '2024-07-11',
        {
          text: 'Russian missile strikes on Kyiv killed 12 people on Thursday.',
          times: [day('2024-07-11', 'on Thursday')],
        },
      ],
      [
        'fri',
        'en',
        '2024-07-12',
        {
          text: 'The death toll in Kyiv rose to 14 on Friday.',
          times: [day('2024-07-12', 'on Friday')],
        },
      ],
    ]);
    const days = got.map((e) => e.when).sort();
    expect(days).toEqual(['2024-07-08', '2024-07-11']);
  });
});

describe('a running toll is titled by the count no other source tops', () => {
  it.each<[string, Report[], string[]]>([
    ['one report of 40 dead is titled with its count', [floods], ['At least 40 people killed']],
    [
      'the 40 dead of Tuesday and the toll of 158 on Thursday are titled with the higher count',
      [floods, thursday],
      ['158 people killed'],
    ],
    [
      'a Dutch toll of 217 tops the English counts: the event is titled by it, all three kept',
      [floods, thursday, monday],
      ['217 people killed'],
    ],
  ])('%s', (_name, reports, titles) => {
    const events = mergeCandidates(
      reports.flatMap(([id, lang, published, spec]) =>
        extractCandidates(article(id, lang, [spec], published)),
      ),
    ).filter((e) => e.kind === 'death');
    expect(events.map((e) => e.title)).toEqual(titles);
  });
});
