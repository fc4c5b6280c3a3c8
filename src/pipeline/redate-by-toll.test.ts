import { describe, expect, it } from 'vitest';
import type { ChronologyDocument } from '../schema/events.ts';
import { day, sentence } from './candidates/test-helpers.ts';
import { cleanArticle } from './clean.ts';
import { parseHeader } from './header.ts';
import { detectLanguage } from './language.ts';
import { redateByToll } from './redate-by-toll.ts';
import { segmentArticle } from './segment.ts';
import type { Candidate, Published, PublishedArticle } from './types.ts';

const NRC = `Frankrijk heft noodtoestand in Nieuw-Caledonië op

De Franse regering heft de noodtoestand in Nieuw-Caledonië op. Dat maakte het kantoor van president Macron maandagavond bekend. De noodtoestand, die sinds 16 mei gold, wordt dinsdagochtend lokale tijd beëindigd.

Bij de onrust kwamen zeven mensen om het leven, onder wie twee gendarmes.`;

function report(published: Published, month = true): PublishedArticle {
  const text = month ? ` date 2024-05 ${NRC}` : NRC;
  const article = detectLanguage(
    segmentArticle(cleanArticle(parseHeader({ id: 'nl_nrc_05', file: 'nl_nrc_05.txt', text })), 'nl'),
  );
  return { ...article, published };
}

function dated(id: string, date: string): ChronologyDocument {
  return {
    id,
    file: `${id}.txt`,
    title: id,
    language: 'en',
    published: { date, precision: 'day', inferred: false },
    paragraphs: [],
  };
}

function killed(document: string, value: number): Candidate {
  return {
    document,
    language: 'en',
    sentence: sentence({ text: `${value} people killed` }),
    kind: 'death',
    title: 'People killed',
    when: day('2024-05-15'),
    actors: [],
    places: [],
    figures: [{ value, counts: 'people killed', text: String(value), qualifier: 'exact' }],
  };
}

const DOCUMENTS = [
  dated('en_reuters_0515', '2024-05-15'),
  dated('de_tagesschau_0519', '2024-05-19'),
  dated('en_ap_0521', '2024-05-21'),
];
const CANDIDATES = [
  killed('en_reuters_0515', 4),
  killed('de_tagesschau_0519', 6),
  killed('en_ap_0521', 6),
  killed('nl_nrc_05', 7),
];

/** The day a report is dated again, if it is. */
function redated(article: PublishedArticle): string | undefined {
  const [redone] = redateByToll([article], DOCUMENTS, CANDIDATES, (a) => ({
    document: { ...dated(a.id, a.published.date), published: a.published },
    candidates: [],
  }));
  return redone?.document.published.date;
}

describe('dating a report again by the count it tops', () => {
  it.each<[string, PublishedArticle, string | undefined]>([
    [
      'the month-only NRC report of seven dead, first read on 16 May, is read from Monday the 27th: the first day after the six of 21 May on which its "maandagavond" is past and its "dinsdagochtend" ahead, and the one the day after the other',
      report({ date: '2024-05-16', precision: 'day', inferred: true }),
      '2024-05-27',
    ],
    [
      'a report first read after the last that counted fewer stays where it was read',
      report({ date: '2024-05-24', precision: 'day', inferred: true }),
      undefined,
    ],
    [
      'a report read in a later month is never dated earlier by a count',
      report({ date: '2024-06-01', precision: 'month', inferred: true }, false),
      undefined,
    ],
  ])('%s', (_, article, day) => {
    expect(redated(article)).toBe(day);
  });

  it('keeps the day first read when a dated report counted more before any day the weekdays fit: the seven dead were told by 24 May, when "acht Tote" were counted', () => {
    const [redone] = redateByToll(
      [report({ date: '2024-05-16', precision: 'day', inferred: true })],
      [...DOCUMENTS, dated('de_dpa_0524', '2024-05-24')],
      [...CANDIDATES, killed('de_dpa_0524', 8)],
      (a) => ({ document: { ...dated(a.id, a.published.date), published: a.published }, candidates: [] }),
    );
    expect(redone).toBeUndefined();
  });
});

describe('a toll runs within one story', () => {
  /** The NRC report of seven dead beside a dated report of `other`'s story, each apart or not. */
  function redatedBeside(other: ChronologyDocument, count: number, apart: boolean): string | undefined {
    const [redone] = redateByToll(
      [report({ date: '2024-05-16', precision: 'day', inferred: true })],
      [...DOCUMENTS, other],
      [...CANDIDATES, killed(other.id, count)],
      (a) => ({ document: { ...dated(a.id, a.published.date), published: a.published }, candidates: [] }),
      (a, b) => apart && (a === other.id || b === other.id),
    );
    return redone?.document.published.date;
  }

  it.each<[string, ChronologyDocument, number, boolean, string | undefined]>([
    [
      "Bangladesh's six dead of 16 July are no count of New Caledonia's: its report apart, the seven follow the six of 21 May, not Bangladesh's",
      dated('bangladesh__en_reuters_0716', '2024-07-16'),
      6,
      true,
      '2024-05-27',
    ],
    [
      'two dead Venezuela counted on 3 September fall more than a season after the report was first read: they break no rise',
      dated('venezuela__de_spiegel_0903', '2024-09-03'),
      2,
      false,
      '2024-05-27',
    ],
    [
      'a report of 18 May of its own story counting two dead, not apart, breaks the rise: no toll runs',
      dated('fr_report_0518', '2024-05-18'),
      2,
      false,
      undefined,
    ],
  ])('%s', (_, other, count, apart, day) => {
    expect(redatedBeside(other, count, apart)).toBe(day);
  });
});
