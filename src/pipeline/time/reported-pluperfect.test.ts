/**
 * A time in a past perfect reported after a verb of saying dates what was reported, not the
 * saying: "Aoun said he had first learned of the cargo about 20 days ago" was said on the
 * paragraph's day.
 */
import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';
import type { Lang } from './lexicon.ts';
import { reportedPluperfect } from './reported-pluperfect.ts';

/** The reported clause the time `text` lies in, as written, or undefined. */
function clauseOf(lang: Lang, sentence: string, text: string): string | undefined {
  const t = extractTimexes(sentence, { lang, dct: '2020-08-07', dctPrecision: 'day' }).find((x) =>
    x.text.includes(text),
  );
  if (!t) throw new Error(`no “${text}” in "${sentence}"`);
  const clause = reportedPluperfect(lang, sentence, t, '2020-08-07');
  return clause && sentence.slice(clause[0], clause[1]).trim();
}

describe('a time reported in the past perfect belongs to what was reported', () => {
  it.each<[Lang, string, string, string]>([
    [
      'en',
      'Aoun said he had first learned of the dangerous cargo about 20 days ago and had ordered that something be done about it.',
      '20 days ago',
      'he had first learned of the dangerous cargo about 20 days ago and had ordered that something be done about it.',
    ],
    [
      'nl',
      'Aoun zei dat hij drie weken geleden voor het eerst van de lading had gehoord.',
      'drie weken geleden',
      'dat hij drie weken geleden voor het eerst van de lading had gehoord.',
    ],
    [
      'de',
      'Aoun sagte, er habe vor drei Wochen zum ersten Mal von der Ladung erfahren.',
      'vor drei Wochen',
      ', er habe vor drei Wochen zum ersten Mal von der Ladung erfahren.',
    ],
  ])('[%s] “%s”: “%s” dates the reported clause', (lang, sentence, time, clause) => {
    expect(clauseOf(lang, sentence, time)).toBe(clause);
  });

  it.each<[Lang, string, string]>([
    ['en', 'Aoun said on Friday that he had learned of the cargo.', 'Friday'],
    ['nl', 'Aoun zei vrijdag dat hij van de lading had gehoord.', 'vrijdag'],
    ['de', 'Aoun sagte am Freitag, er habe von der Ladung erfahren.', 'Freitag'],
    ['en', 'The blast on Tuesday evening had been the most powerful in years.', 'Tuesday'],
    ['en', 'The monitor said more than 300 people had been killed since Wednesday.', 'Wednesday'],
    [
      'en',
      'Quader said the curfew would take effect on Thursday and that the army had been called in.',
      'Thursday',
    ],
    ['en', 'The mayor said the city had banned demonstrations for the weekend.', 'weekend'],
    ['en', 'The council said shortly after midnight that Maduro had received 51% of the vote.', 'midnight'],
  ])('[%s] “%s”: “%s” stays the sentence’s', (lang, sentence, time) => {
    expect(clauseOf(lang, sentence, time)).toBeUndefined();
  });
});
