/** A court's ruling and a dissolved parliament are happenings of their own, in English, Dutch and German news. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const PRESIDENT: MentionSpec[] = [['Mohammed Shahabuddin', 'actor', 'name:mohammed-shahabuddin']];

describe('a parliament dissolved', () => {
  it.each([
    [
      'en',
      'President Mohammed Shahabuddin dissolved parliament on Tuesday, clearing the way for new elections.',
    ],
    [
      'nl',
      'President Mohammed Shahabuddin ontbond dinsdag het parlement om de weg vrij te maken voor verkiezingen.',
    ],
    ['de', 'Am Dienstag löste Präsident Mohammed Shahabuddin das Parlament auf.'],
    ['de', 'Präsident Mohammed Shahabuddin hat am Dienstag das Parlament aufgelöst.'],
  ])('[%s] “%s” is a parliament dissolved by the president', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2024-08-06', PRESIDENT)).toEqual([
      { kind: 'parliament-dissolved', title: 'Mohammed Shahabuddin dissolves parliament' },
    ]);
  });

  it('“Parliament was dissolved on Tuesday” names no one who dissolved it', () => {
    expect(kindsAndTitles('en', 'Parliament was dissolved on Tuesday.', '2024-08-06')).toEqual([
      { kind: 'parliament-dissolved', title: 'Parliament dissolved' },
    ]);
  });

  it('“Yunus was appointed by President Shahabuddin, who dissolved parliament” is dissolved by the one the clause is about', () => {
    expect(
      kindsAndTitles(
        'en',
        'Muhammad Yunus was appointed by President Mohammed Shahabuddin, who dissolved parliament on Tuesday.',
        '2024-08-08',
        [['Muhammad Yunus', 'actor', 'name:muhammad-yunus'], ...PRESIDENT],
      ).map((c) => c.title),
    ).toContain('Mohammed Shahabuddin dissolves parliament');
  });
});

describe('a court ruling', () => {
  it.each([
    [
      'en',
      'The Supreme Court on July 21 scaled back most of the quotas, ordering that 93% of jobs be allocated on merit.',
    ],
    ['en', 'On Sunday the country’s top court struck down the quota system for government jobs.'],
    ['de', 'Das Oberste Gericht hatte die Quoten am 21. Juli weitgehend gekippt.'],
    ['de', 'Am Sonntag kippte das Oberste Gericht die Quote weitgehend.'],
    ['nl', 'Het Hooggerechtshof oordeelde zondag dat het quotum grotendeels moet verdwijnen.'],
  ])('[%s] “%s” is a court ruling', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2024-07-22').map((c) => c.kind)).toEqual(['ruling']);
  });
});
