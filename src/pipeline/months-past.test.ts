/**
 * An undated report that tells a month as past was written after that month ended; one that tells
 * of "months of protests" that followed its story's start, at least two months after that start.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from './clean.ts';
import { parseHeader } from './header.ts';
import { detectLanguage } from './language.ts';
import { monthConflict, monthsPast } from './months-past.ts';
import { resolvePublished } from './published.ts';
import { segmentArticle } from './segment.ts';
import type { LanguageArticle } from './types.ts';

function prepare(id: string, text: string, lang: string): LanguageArticle {
  return detectLanguage(segmentArticle(cleanArticle(parseHeader({ id, file: `${id}.txt`, text })), lang));
}

function sentences(text: string): { sentences: { text: string }[] } {
  return { sentences: [{ text }] };
}

describe('the months a report tells as past', () => {
  it.each<[string, string, string, string | null]>([
    [
      'a collapse that "killed 15 people in November" was told after November',
      'The collapse of a concrete canopy at a railway station killed 15 people in November.',
      '2024-11-26',
      'the text tells November as past, so that month had ended',
    ],
    [
      'Dutch "in november" told as past',
      'Daarbij kwamen in november vijftien mensen om.',
      '2024-11-26',
      'the text tells November as past, so that month had ended',
    ],
    [
      'German "seit November" told as past',
      'Studierende besetzen seit November die Universitäten.',
      '2024-11-30',
      'the text tells November as past, so that month had ended',
    ],
    [
      'a November told as past fits December',
      'The collapse of a concrete canopy at a railway station killed 15 people in November.',
      '2024-12-02',
      null,
    ],
    [
      '"Anfang Januar" may be told in mid-January',
      'Bei den Unruhen Anfang Januar waren nach offiziellen Angaben 225 Menschen getötet worden.',
      '2022-01-18',
      null,
    ],
    [
      'a month named with its year is no yearless month',
      'The last election was held in November 2023.',
      '2024-11-26',
      null,
    ],
    ['a month ahead is not past', 'Elections will be held in November.', '2024-11-26', null],
  ])('%s', (_name, text, date, conflict) => {
    expect(monthConflict(date, monthsPast(sentences(text)), undefined)).toBe(conflict);
  });

  it.each<[string, string, string, string | null]>([
    [
      '"months of protests that erupted after the collapse" lie two months after the story began',
      'Vucevic resigned following months of anti-corruption protests that erupted after the collapse.',
      '2024-12-20',
      "the text tells of months of what followed the story's start on 2024-11-01",
    ],
    [
      'Dutch "maandenlange protesten …, die begonnen na" likewise',
      'Hij reageerde op maandenlange protesten tegen corruptie, die begonnen na de instorting.',
      '2024-12-20',
      "the text tells of months of what followed the story's start on 2024-11-01",
    ],
    [
      'two months after the start fit',
      'Vucevic resigned following months of anti-corruption protests that erupted after the collapse.',
      '2025-01-28',
      null,
    ],
    [
      '"after months of disputes" tells of months before the story, not since',
      "Scholz's coalition fell apart after months of disputes over the budget.",
      '2024-11-07',
      null,
    ],
  ])('%s', (_name, text, date, conflict) => {
    expect(monthConflict(date, monthsPast(sentences(text)), '2024-11-01')).toBe(conflict);
  });
});

describe('an undated report of the Serbian Prime Minister’s resignation', () => {
  const story = 'src/pipeline/fixtures/stories/novi-sad-collapse';
  const read = (file: string, lang: string) =>
    prepare(file, readFileSync(`${story}/${file}.txt`, 'utf8'), lang);

  it('is put in January 2025, not in the November of the reports it shares its story with', () => {
    const articles = [
      read('en_ap_undated', 'en'),
      read('en_reuters_1101', 'en'),
      read('de_tagesschau_1124', 'de'),
      read('nl_nos_1105', 'nl'),
    ];
    const published = resolvePublished(articles)[0]?.published;
    expect(published).toMatchObject({ date: '2025-01-01', precision: 'month', inferred: true });
    expect(published?.reason).toMatch(/tells November as past/);
  });
});
