import { describe, expect, it } from 'vitest';
import { calledBefore, namesOtherDay } from './called-day.ts';
import { timexAt } from './test-helpers.ts';

/** The call's span in `text`: from `from` to the end of `to`. */
function span(text: string, from: string, to: string): { start: number; end: number } {
  const start = text.indexOf(from);
  return { start, end: text.indexOf(to, start) + to.length };
}

describe('which days a call names are not the call’s', () => {
  it.each<[string, string, string, string, string, boolean]>([
    [
      '"called for nationwide protests on Saturday": the protests’ day',
      'The opposition called for nationwide protests on Saturday.',
      'called',
      'protests',
      'Saturday',
      true,
    ],
    [
      '"riep op tot vreedzame demonstraties in het weekend": the protests’ weekend',
      'Tichanovskaja riep vanuit Litouwen op tot vreedzame demonstraties in het weekend.',
      'riep',
      'demonstraties',
      'het weekend',
      true,
    ],
    [
      '"called for protests at the weekend": the protests’ weekend',
      'Tsikhanouskaya called for peaceful protests at the weekend.',
      'called',
      'protests',
      'the weekend',
      true,
    ],
    [
      '"had called for the protests on Wednesday": the call’s day',
      'The opposition had called for the protests on Wednesday.',
      'called',
      'protests',
      'Wednesday',
      false,
    ],
    [
      '"on Wednesday called for protests": the call’s day',
      'The opposition on Wednesday called for protests.',
      'called',
      'protests',
      'Wednesday',
      false,
    ],
    [
      '"after Sunday’s election": the election’s day',
      "Odinga called for protests after Sunday's election.",
      'called',
      'protests',
      'Sunday',
      true,
    ],
    [
      '"forderten auf, am Montag zu streiken": the strike’s day',
      'Sie forderten ihre Mitglieder auf, am Montag zu streiken.',
      'forderten',
      'streiken',
      'Montag',
      true,
    ],
    [
      '"rief am Mittwoch für Samstag zu Protesten": Wednesday is the call’s',
      'Die Opposition rief am Mittwoch für Samstag zu Protesten auf.',
      'rief',
      'Protesten',
      'Mittwoch',
      false,
    ],
    [
      '"riepen op om maandag te staken": the strike’s day',
      'De bonden riepen hun leden op om maandag te staken.',
      'riepen',
      'staken',
      'maandag',
      true,
    ],
  ])('%s', (_name, text, from, to, dayText, other) => {
    expect(namesOtherDay(timexAt(text, dayText), span(text, from, to), text)).toBe(other);
  });
});

describe('when a call or warning that names only the day it is for was made', () => {
  const TUESDAY = timexAt('warnte für Dienstag', 'Dienstag', {
    value: '2025-01-14',
    interval: { start: '2025-01-14', end: '2025-01-14' },
  });
  const WEDNESDAY = timexAt('a general strike for Wednesday', 'Wednesday', {
    value: '2023-03-08',
    interval: { start: '2023-03-08', end: '2023-03-08' },
  });
  it.each<[string, Parameters<typeof calledBefore>, { start: string; end: string; precision: string }]>([
    [
      '“warnte für Dienstag” in Monday’s paper: that Monday or the Sunday before',
      [{ date: '2025-01-13', precision: 'day', inferred: false }, TUESDAY],
      { start: '2025-01-12', end: '2025-01-13', precision: 'day' },
    ],
    [
      '“warnte für Dienstag” in Tuesday’s paper: that Tuesday or the Monday before',
      [{ date: '2025-01-14', precision: 'day', inferred: false }, TUESDAY],
      { start: '2025-01-13', end: '2025-01-14', precision: 'day' },
    ],
    [
      '“called a general strike for Wednesday” in Sunday’s paper: any day before it',
      [{ date: '2023-03-05', precision: 'day', inferred: false }, WEDNESDAY],
      { start: '2023-02-26', end: '2023-03-05', precision: 'before-publication' },
    ],
  ])('%s', (_name, args, when) => {
    expect(calledBefore(...args)).toMatchObject(when);
  });
});
