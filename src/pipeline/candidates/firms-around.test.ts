/**
 * A takeover told only with the two companies' names ("Die UBS übernimmt die Credit Suisse", March
 * 2023): a 'firms' trigger reports with two named firms, one of them its object, and with no other.
 */
import { describe, expect, it } from 'vitest';
import { article, day } from './test-helpers.ts';
import { extractCandidates } from './stage.ts';
import { companyName } from './firms-around.ts';

const FIRMS = new Set(['ubs', 'credit-suisse']);
const kindOf = (id: string): string | undefined => (FIRMS.has(id) ? 'organisation' : undefined);

function titlesOf(lang: string, text: string, names: [string, string][]): string[] {
  const doc = article('doc', lang, [
    {
      text,
      times: [day('2023-03-19', text.split(/\s+/)[0])],
      mentions: names.map(([name, id]) => [name, 'actor', id]),
    },
  ]);
  const nameOf = (id: string): string | undefined => names.find(([, n]) => n === id)?.[0];
  return extractCandidates(doc, { kindOf, nameOf })
    .filter((c) => c.kind === 'takeover')
    .map((c) => c.title);
}

const BOTH: [string, string][] = [
  ['UBS', 'ubs'],
  ['Credit Suisse', 'credit-suisse'],
];

describe('a takeover between two named firms', () => {
  it.each([
    ['de', 'Sonntag: Die UBS übernimmt die angeschlagene Credit Suisse.'],
    ['en', 'Sunday: UBS agreed on Sunday to buy Credit Suisse for 3 billion Swiss francs.'],
    ['en', 'Sunday: The takeover of Credit Suisse by UBS was announced in Bern.'],
    ['nl', 'Zondag: UBS neemt Credit Suisse over.'],
  ])('[%s] “%s” is UBS taking over Credit Suisse', (lang, text) => {
    expect(titlesOf(lang, text, BOTH)).toEqual(['UBS takes over Credit Suisse']);
  });

  it.each([
    ['de', 'Sonntag: Die UBS übernimmt die Verantwortung.', [BOTH[0]]],
    ['en', 'Sunday: UBS agreed on Sunday to buy more time.', [BOTH[0]]],
  ] as [string, string, [string, string][]][])(
    '[%s] “%s” names one firm: no takeover',
    (lang, text, names) => {
      expect(titlesOf(lang, text, names)).toEqual([]);
    },
  );
});

describe('a takeover between two firms nobody listed', () => {
  it.each([
    ['de', 'Sonntag: Die BHPX übernimmt die angeschlagene Globex Holdings.'],
    ['en', 'Sunday: BHPX agreed on Monday to buy Globex Holdings for 2 billion pounds.'],
    ['nl', 'Zondag: Het Britse BHPX neemt Globex Holdings over voor 2 miljard pond.'],
  ])('[%s] “%s” is BHPX taking over Globex Holdings', (lang, text) => {
    const doc = article('doc', lang, [
      {
        text,
        times: [day('2023-05-01', text.split(/\s+/)[0])],
        mentions: [
          ['BHPX', 'unknown', 'name:bhpx'],
          ['Globex Holdings', 'unknown', 'name:globex-holdings'],
        ],
      },
    ]);
    const nameOf = (id: string): string | undefined => (id === 'name:bhpx' ? 'BHPX' : 'Globex Holdings');
    const titles = extractCandidates(doc, { nameOf })
      .filter((c) => c.kind === 'takeover')
      .map((c) => c.title);
    expect(titles).toEqual(['BHPX takes over Globex Holdings']);
  });
});

describe('a name nobody listed that reads as a company’s', () => {
  it.each(['UBS', 'BHPX', 'Globex Holdings', 'Wirecard AG', 'Shell plc'])(
    '“%s” is a company’s name',
    (name) => {
      expect(companyName(name)).toBe(true);
    },
  );
  it.each(['Axel Lehmann', 'Credit', 'Colm Kelleher'])('“%s” is no company’s name by its look', (name) => {
    expect(companyName(name)).toBe(false);
  });
});
