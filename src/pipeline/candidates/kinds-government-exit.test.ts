/** Who is dismissed and who dismisses, ministers who leave a government, and what a statement looks ahead to. */
import { describe, expect, it } from 'vitest';
import { article, candidatesOf, day, type MentionSpec } from './test-helpers.ts';
import { extractCandidates } from './stage.ts';

const PEOPLE: MentionSpec[] = [
  ['Olaf Scholz', 'actor', 'name:olaf-scholz'],
  ['Christian Lindner', 'actor', 'name:christian-lindner'],
  ['Frank-Walter Steinmeier', 'actor', 'name:frank-walter-steinmeier'],
];

describe('a dismissal names the one dismissed, not the one who dismisses', () => {
  it.each([
    [
      'en',
      'Wednesday: Chancellor Olaf Scholz fired his finance minister Christian Lindner.',
      'name:christian-lindner',
    ],
    ['de', 'Kanzler Olaf Scholz entließ seinen Finanzminister Christian Lindner.', 'name:christian-lindner'],
    [
      'de',
      'Am Mittwoch entließ Kanzler Olaf Scholz seinen Finanzminister Christian Lindner.',
      'name:christian-lindner',
    ],
    ['nl', 'Zaterdag ontsloeg premier Olaf Scholz minister Christian Lindner.', 'name:christian-lindner'],
    [
      'nl',
      'Woensdag: Olaf Scholz ontsloeg die avond minister van Financiën Christian Lindner na een ruzie.',
      'name:christian-lindner',
    ],
    ['nl', 'Donderdag: bondspresident Frank-Walter Steinmeier ontsloeg hen dezelfde dag.', undefined],
  ])('[%s] “%s” befalls %s', (lang, text, patient) => {
    const mentions = PEOPLE.filter(([name]) => text.includes(name));
    const dismissal = candidatesOf(lang, text, '2024-11-06', mentions).find((c) => c.kind === 'dismissal');
    expect(dismissal?.patient).toBe(patient);
  });
});

describe('ministers who leave a government resign', () => {
  it.each([
    ['de', 'Am Donnerstag zogen sich auch die übrigen FDP-Minister aus der Regierung zurück.'],
    ['nl', 'Afgelopen donderdag trokken ook de andere FDP-ministers zich uit het kabinet terug.'],
  ])('[%s] “%s” is a resignation', (lang, text) => {
    expect(candidatesOf(lang, text, '2024-11-07').map((c) => c.kind)).toEqual(['resignation']);
  });

  it('[nl] “De regeringscoalitie is vorige week woensdag uit elkaar gevallen” is a government collapse', () => {
    const text =
      'De Duitse regeringscoalitie van SPD, Groenen en FDP is vorige week woensdag uit elkaar gevallen.';
    expect(candidatesOf('nl', text, '2024-11-06').map((c) => c.kind)).toEqual(['government-collapse']);
  });
});

describe('a statement is not dated by what it says lies ahead', () => {
  const said = (text: string, phrase: string, date: string) =>
    extractCandidates(
      article(
        'doc',
        'en',
        [{ text, times: [day(date, phrase)], mentions: [['Scholz', 'actor', 'scholz']] }],
        '2024-11-07',
      ),
    ).find((c) => c.kind === 'statement');

  it('“Scholz said he would call a confidence vote on January 15” was said before publication', () => {
    const statement = said(
      'Scholz said he would call a confidence vote in parliament on January 15.',
      'January 15',
      '2025-01-15',
    );
    expect(statement?.when.precision).toBe('before-publication');
    expect(statement?.when.end).toBe('2024-11-07');
  });

  it('“On Wednesday, Scholz said …” keeps the day it was said', () => {
    const statement = said('On Wednesday, Scholz said he would stay in office.', 'Wednesday', '2024-11-06');
    expect(statement?.when.start).toBe('2024-11-06');
  });
});

describe('a person after the verb who is no object', () => {
  it('“Christian Lindner resigned after criticism from Olaf Scholz” is the resignation of Lindner', () => {
    const [resignation] = candidatesOf(
      'en',
      'Tuesday Christian Lindner resigned after criticism from Olaf Scholz.',
      '2024-11-06',
      PEOPLE.filter(([name]) => name !== 'Frank-Walter Steinmeier'),
    );
    expect(resignation?.patient).toBe('name:christian-lindner');
  });
});
