import { describe, expect, it } from 'vitest';
import { namesOtherDay } from './called-day.ts';
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
