import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../candidates/stage.ts';
import { article, day, week, year, type SentenceSpec } from '../candidates/test-helpers.ts';
import type { AnnotatedArticle } from '../types.ts';
import { paragraphNumber } from './sources.ts';
import { mergeCandidates } from './stage.ts';

const KZ: [string, 'place', string] = ['Kazakhstan', 'place', 'kazakhstan'];
const MASSIMOV: [string, 'actor', string] = ['Karim Massimov', 'actor', 'karim-massimov'];

const en = article('000_en', 'en', [
  {
    text: 'Germany has temporarily halted arms exports to Kazakhstan, report German media based on a report from German news agency DPA.',
    mentions: [['Germany', 'place', 'germany'], KZ, ['DPA', 'actor', 'dpa']],
  },
  {
    text: 'Last year, Germany issued twenty-five export licenses for weapons worth €2.2 million in total.',
    times: [year('2021', 'Last year')],
    mentions: [['Germany', 'place', 'germany']],
  },
  {
    text: 'As of Friday morning, the government estimates that more than 3,000 people who took to the streets were arrested.',
    times: [day('2022-01-07', 'As of Friday morning')],
    paragraph: 'p5',
  },
  {
    text: 'On Saturday, Kazakh authorities arrested the former head of the security service, Karim Massimov.',
    times: [day('2022-01-08', 'On Saturday')],
    mentions: [MASSIMOV],
    paragraph: 'p5',
  },
]);

const nl = article('004_nl', 'nl', [
  {
    text: 'Duitsland heeft de export van wapens aan Kazachstan voorlopig stopgezet, melden Duitse media op basis van een bericht van Duits persbureau DPA.',
    mentions: [
      ['Duitsland', 'place', 'germany'],
      ['Kazachstan', 'place', 'kazakhstan'],
      ['DPA', 'actor', 'dpa'],
    ],
  },
  {
    text: 'Vorig jaar gaf Duitsland nog vijfentwintig exportlicenties af voor wapens die bij elkaar 2,2 miljoen euro waard waren.',
    times: [year('2021', 'Vorig jaar')],
    mentions: [['Duitsland', 'place', 'germany']],
  },
  {
    text: 'Tot vrijdagochtend werden naar schatting van de regering meer dan drieduizend mensen die de straat op gingen gearresteerd.',
    times: [day('2022-01-07', 'vrijdagochtend')],
    paragraph: 'p5',
  },
  {
    text: 'Zaterdag hebben de Kazachstaanse autoriteiten het voormalige hoofd van de veiligheidsdienst, Karim Massimov, opgepakt.',
    times: [day('2022-01-08', 'Zaterdag')],
    mentions: [MASSIMOV],
    paragraph: 'p5',
  },
]);

const spiegel = article('002_en', 'en', [
  {
    text: 'Because of the ongoing conflict, the German government is now stopping exports of armaments to Kazakhstan.',
    mentions: [KZ],
  },
  {
    text: 'Foreigners are currently not allowed into the ex-Soviet republic.',
  },
  {
    text: 'Karim Massimov is suspected of treason, said the National Security Committee (KNB) on Saturday.',
    times: [day('2022-01-08', 'on Saturday')],
    mentions: [MASSIMOV, ['National Security Committee', 'actor', 'knb']],
  },
  {
    text: 'In addition, there have been more than 4,000 arrests across the country.',
  },
]);

const short = article('003_en', 'en', [
  {
    text: 'Massimov was arrested earlier this week, along with several other senior officials.',
    times: [week('2022-01-03', '2022-01-08', '2022-W01', 'earlier this week')],
    mentions: [['Massimov', 'actor', 'karim-massimov']],
  },
  {
    text: 'Germany has temporarily restricted arms exports to Kazakhstan.',
    mentions: [['Germany', 'place', 'germany'], KZ],
  },
]);

const german: SentenceSpec[] = [
  {
    text: 'Die Bundesregierung hat einen Exportstopp für Rüstungsgüter nach Kasachstan verhängt.',
    mentions: [['Kasachstan', 'place', 'kazakhstan']],
  },
];

function events(...articles: AnnotatedArticle[]) {
  return mergeCandidates(articles.flatMap((a) => extractCandidates(a)));
}

function find(list: ReturnType<typeof events>, title: string) {
  const e = list.find((x) => x.title === title);
  if (!e) throw new Error(`no event "${title}" in ${list.map((x) => x.title).join(' | ')}`);
  return e;
}

describe('mergeCandidates: one event per happening, every report cited', () => {
  const all = events(en, nl, spiegel, short, article('005_de', 'de', german));

  it.each<[string, string, string[], string]>([
    [
      'the arms-export halt reported in English, Dutch and German is one event',
      'Germany halts arms exports to Kazakhstan',
      ['000_en', '002_en', '003_en', '004_nl', '005_de'],
      '',
    ],
    [
      'the Dutch original and the English translation of the Massimov arrest merge with the KNB suspicion',
      'Karim Massimov arrested',
      ['000_en', '002_en', '003_en', '004_nl'],
      '2022-01-08',
    ],
    [
      'last year’s licences merge across languages by their figures',
      'Germany issues 25 licences for arms exports',
      ['000_en', '004_nl'],
      '2021-01-01',
    ],
    [
      'the mass arrests merge although the counts differ',
      'More than 3,000 people arrested',
      ['000_en', '002_en', '004_nl'],
      '2022-01-07',
    ],
  ])('%s', (_name, title, documents, start) => {
    const e = find(all, title);
    expect([...new Set(e.sources.map((s) => s.document))]).toEqual(documents);
    if (start) expect(e.when.start).toBe(start);
  });

  it('keeps an entry ban for foreigners apart from the arms-export halt', () => {
    const ban = find(all, 'Foreigners barred from entering the country');
    expect(ban.sources).toHaveLength(1);
  });

  it('keeps the arrest of one man apart from the arrest of thousands', () => {
    const massimov = find(all, 'Karim Massimov arrested');
    expect(massimov.figures).toEqual([]);
    expect(massimov.sources.some((s) => s.sentence.includes('3,000'))).toBe(false);
  });

  it('records "more than 3,000" against "more than 4,000" arrests with the sources of each', () => {
    const e = find(all, 'More than 3,000 people arrested');
    expect(e.conflicts).toEqual([
      {
        field: 'figures.people arrested',
        values: [
          {
            value: 3000,
            reported: '2022-01-07',
            sources: [
              expect.objectContaining({ document: '000_en' }),
              expect.objectContaining({ document: '004_nl' }),
            ],
          },
          { value: 4000, sources: [expect.objectContaining({ document: '002_en' })] },
        ],
      },
    ]);
  });

  it('records "on Saturday" against "earlier this week" and dates the event to the day', () => {
    const e = find(all, 'Karim Massimov arrested');
    expect(e.when).toMatchObject({ start: '2022-01-08', precision: 'day' });
    const when = e.conflicts.find((c) => c.field === 'when');
    expect(when?.values.map((v) => [v.value, v.sources.map((s) => s.document)])).toEqual([
      ['2022-W01', ['003_en']],
      ['2022-01-08', ['000_en', '002_en', '004_nl']],
    ]);
  });

  it('cites sources in document, paragraph and offset order', () => {
    for (const e of all) {
      const keys = e.sources.map(
        (s) => `${s.document}|${s.paragraph.padStart(4, '0')}|${String(s.start).padStart(6, '0')}`,
      );
      expect(keys).toEqual([...keys].sort());
    }
  });
});

describe('mergeCandidates: stable ids', () => {
  it('gives the same ids whatever the order of the candidates', () => {
    const candidates = [en, nl, spiegel, short].flatMap((a) => extractCandidates(a));
    const ids = mergeCandidates(candidates).map((e) => e.id);
    const reversed = mergeCandidates([...candidates].reverse()).map((e) => e.id);
    expect(reversed).toEqual(ids);
  });

  it('keeps an event’s id when an unrelated article is added', () => {
    const before = find(events(en, nl), 'Karim Massimov arrested').id;
    const after = find(
      events(
        en,
        nl,
        article(
          '009_en',
          'en',
          german.map((g) => ({
            ...g,
            text: 'The internet was at least temporarily switched off.',
            mentions: [],
          })),
        ),
      ),
      'Karim Massimov arrested',
    ).id;
    expect(after).toBe(before);
    expect(before).toMatch(/^ev-[0-9a-f]{12}$/);
  });
});

describe('paragraphNumber: paragraphs in reading order', () => {
  it.each([
    ['p12', 12],
    ['p1', 1],
    ['p007', 7],
    ['section-3-p4', 3],
    ['intro', 0],
    ['', 0],
  ])('reads %s as %i', (id, n) => {
    expect(paragraphNumber(id)).toBe(n);
  });
});
