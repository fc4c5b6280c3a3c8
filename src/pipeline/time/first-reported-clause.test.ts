/**
 * A time in the first of two reported clauses joined by "and that" dates that clause's happening
 * only: "Darmanin said 130 people had been arrested since Monday and that 1,000 additional police
 * officers were being sent" sent no officers on Monday.
 */
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom } from '../test-articles.ts';
import { extractTimexes } from './extract.ts';
import { firstReportedClause } from './first-reported-clause.ts';
import type { Lang } from './lexicon.ts';

/** The first reported clause the time `text` lies in, as written, or undefined. */
function clauseOf(lang: Lang, sentence: string, text: string): string | undefined {
  const t = extractTimexes(sentence, { lang, dct: '2024-05-15', dctPrecision: 'day' }).find((x) =>
    x.text.includes(text),
  );
  if (!t) throw new Error(`no “${text}” in "${sentence}"`);
  const clause = firstReportedClause(lang, sentence, t);
  return clause && sentence.slice(clause[0], clause[1]).trim();
}

describe('a time in the first of two reported clauses', () => {
  it.each<[Lang, string, string, string]>([
    [
      'en',
      'Interior Minister Gerald Darmanin said 130 people had been arrested since Monday and that 1,000 additional police officers were being sent to the archipelago.',
      'Monday',
      '130 people had been arrested since Monday',
    ],
    [
      'nl',
      'Darmanin zei dat er sinds maandag 130 mensen waren opgepakt en dat duizend extra agenten naar de eilanden worden gestuurd.',
      'maandag',
      'dat er sinds maandag 130 mensen waren opgepakt',
    ],
    [
      'de',
      'Darmanin sagte, seit Montag seien 130 Menschen festgenommen worden und dass 1000 weitere Polizisten geschickt würden.',
      'Montag',
      ', seit Montag seien 130 Menschen festgenommen worden',
    ],
  ])('[%s] “%s”: “%s” dates “%s” only', (lang, sentence, time, clause) => {
    expect(clauseOf(lang, sentence, time)).toBe(clause);
  });

  it.each<[Lang, string, string]>([
    [
      'en',
      'Greater Tehran police chief Hossein Rahimi said on Monday that Amini’s death was an "unfortunate incident" and that the accusations against the police were unfair.',
      'Monday',
    ],
    [
      'en',
      'Obaidul Quader said the curfew would take effect at midnight and that the army had been called in to help civilian authorities.',
      'midnight',
    ],
    [
      'en',
      'On Monday, Darmanin said 130 people had been arrested and that 1,000 officers were being sent.',
      'Monday',
    ],
    ['en', 'Darmanin said 130 people had been arrested since Monday.', 'Monday'],
  ])('[%s] “%s”: “%s” is no time of the first reported clause alone', (lang, sentence, time) => {
    expect(clauseOf(lang, sentence, time)).toBeUndefined();
  });
});

describe('the reinforcement reported after an arrest count since Monday', () => {
  it('is not dated to Monday, while the arrests are counted from it', async () => {
    const sentence =
      'Interior Minister Gerald Darmanin said 130 people had been arrested since Monday and that 1,000 additional police officers were being sent to the archipelago.';
    const file = await eventFileOf({
      'en_reuters_0515.txt': ` date 2024-05-15 France declares state of emergency in New Caledonia\n\n${sentence}\n`,
    });
    const events = eventsFrom(file, sentence);
    const arrests = events.find((e) => e.kind === 'arrest');
    const sent = events.find((e) => e.kind === 'troops');
    expect(arrests?.when.start).toBe('2024-05-13');
    expect(arrests?.figures.map((f) => f.counts)).toEqual(['people arrested']);
    expect(sent?.when.start).not.toBe('2024-05-13');
    expect(sent?.figures.map((f) => [f.value, f.counts])).toEqual([[1000, 'more police and soldiers']]);
  });
});
