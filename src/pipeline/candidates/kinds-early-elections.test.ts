/**
 * A head of government who proposes to bring the elections forward proposes early elections, which
 * a reader expects told as such, not as a statement; a parliament that votes for them approves them.
 * The month the elections are brought forward to is what the proposal announces, never its day.
 */
import { describe, expect, it } from 'vitest';
import { article, day, kindsAndTitles, type MentionSpec } from './test-helpers.ts';
import { extractCandidates } from './stage.ts';

const people: MentionSpec[] = [
  ['Boluarte', 'actor', 'dina-boluarte'],
  ['Hassan Diab', 'actor', 'hassan-diab'],
];
const mentionsIn = (text: string) => people.filter(([name]) => text.includes(name));

describe('early elections proposed', () => {
  it.each([
    ['en', 'On Monday Boluarte proposed bringing forward the elections to April 2024.'],
    ['en', 'On Monday Boluarte wants to bring forward the elections to April 2024.'],
    ['nl', 'Maandag stelde Boluarte vervroegde verkiezingen voor.'],
    [
      'nl',
      'Maandag kondigde Hassan Diab in een televisietoespraak aan dat hij vervroegde verkiezingen zal voorstellen.',
    ],
    ['de', 'Am Montag schlug Boluarte vorgezogene Neuwahlen vor.'],
    ['de', 'Am Montag hat Boluarte vorgeschlagen, die Wahlen auf April 2024 vorzuziehen.'],
  ])('[%s] “%s” is a proposal of early elections', (lang, text) => {
    const titles = kindsAndTitles(lang, text, '2022-12-12', mentionsIn(text)).map((k) => k.title);
    expect(titles.filter((t) => /(Boluarte|Diab) proposes early elections$/.test(t))).toHaveLength(1);
  });

  it.each([
    ['nl', 'Maandag eisten demonstranten nieuwe verkiezingen.'],
    ['de', 'Am Montag forderte die Opposition vorgezogene Neuwahlen.'],
  ])('[%s] “%s” demands elections, proposes none', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2022-12-12').map((k) => k.kind)).not.toContain(
      'early-elections-proposed',
    );
  });

  it('announced in a televised address in the night to Monday, the proposal is dated to that night, not to April 2024, and is no statement of its own', () => {
    const text =
      'In de nacht van zondag op maandag kondigde Boluarte in een toespraak op televisie aan dat ze de verkiezingen wil vervroegen naar april 2024.';
    const doc = article(
      'doc',
      'nl',
      [
        {
          text,
          times: [
            day('2022-12-12', 'In de nacht van zondag op maandag'),
            {
              ...day('2024-04-01', 'april 2024'),
              precision: 'month',
              start: '2024-04-01',
              end: '2024-04-30',
              value: '2024-04',
            },
          ],
          mentions: mentionsIn(text),
        },
      ],
      '2022-12-12',
    );
    const candidates = extractCandidates(doc);
    expect(candidates.map((c) => [c.kind, c.when.start])).toEqual([
      ['early-elections-proposed', '2022-12-12'],
    ]);
  });
});

describe('early elections approved', () => {
  it.each([
    ['nl', 'Het Congres stemde dinsdag in eerste lezing in met vervroegde verkiezingen in april 2024.'],
    ['en', 'On Tuesday Congress voted in a first reading for early elections in April 2024.'],
    ['de', 'Am Dienstag stimmte der Kongress in erster Lesung vorgezogenen Neuwahlen zu.'],
  ])('[%s] “%s” is early elections approved', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2022-12-20').map((k) => k.kind)).toContain('early-elections-approved');
  });
});
