import { describe, expect, it } from 'vitest';
import { saidBesideQuotedDay } from './quoted-day.ts';
import { timexAt } from './test-helpers.ts';

/** The span of `words` in `text`. */
function span(text: string, words: string): { start: number; end: number } {
  const start = text.indexOf(words);
  return { start, end: start + words.length };
}

describe('a statement dated only by a day inside the words it quotes', () => {
  it.each<[string, string, string, string, boolean]>([
    [
      '"The attack on the tram in Utrecht yesterday has shocked us all," Aalbersberg told reporters.',
      'told',
      'yesterday',
      'statement',
      true,
    ],
    [
      '„Der Anschlag von gestern hat uns alle erschüttert“, sagte Aalbersberg am Dienstag.',
      'sagte',
      'am Dienstag',
      'statement',
      false,
    ],
    [
      'Aalbersberg said on Tuesday there was no indication of more attackers.',
      'said',
      'on Tuesday',
      'statement',
      false,
    ],
    [
      '"The attack on the tram in Utrecht yesterday has shocked us all," Aalbersberg told reporters.',
      'attack',
      'yesterday',
      'attack',
      false,
    ],
  ])('“%s”: %s, dated by %s (%s) → %s', (text, verb, day, kind, expected) => {
    const dated = [timexAt(text, day, { value: '2019-03-18' })];
    expect(saidBesideQuotedDay(text, kind, span(text, verb), dated, '2019-03-19')).toBe(expected);
  });

  it('a quoted “this morning” of the report’s own day dates the saying: “At 7:35 this morning …,” Farrell said', () => {
    const text =
      '"At 7:35 this morning, the Bishop of Rome, Francis, returned to the house of the Father," Cardinal Kevin Farrell said.';
    const dated = [timexAt(text, 'this morning', { value: '2025-04-21TMO' })];
    expect(saidBesideQuotedDay(text, 'statement', span(text, 'said'), dated, '2025-04-21')).toBe(false);
  });
});
