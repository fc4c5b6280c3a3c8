import { describe, expect, it } from 'vitest';
import { borrowedAhead, boundariesBetween, nearestTimex, sinceUntilPublication } from './time.ts';
import { day, timexAt } from './test-helpers.ts';

describe('boundariesBetween', () => {
  it.each([
    ['Protests, which began on Sunday; spread – and – grew: more', 0, 59, 5],
    ['Protests, which began on Sunday; spread', 9, 30, 0],
    ['a,b,c', 1, 4, 2],
    ['a,b—c', 0, 5, 2],
    ['a,b,c', 4, 1, 0],
    ['a,b,c', 2, 99, 1],
  ])('counts the clause boundaries in "%s" from %i to %i', (text, from, to, count) => {
    expect(boundariesBetween(text, from, to)).toBe(count);
    expect(boundariesBetween(text, from, to)).toBe((text.slice(from, to).match(/[,;:–—]/g) ?? []).length);
  });
});

describe('nearestTimex', () => {
  it.each([
    [
      'en',
      "Kenya's President William Ruto said Wednesday he will not sign a finance bill, a day after protesters stormed parliament.",
      'Wednesday',
      'a day',
      'will not sign',
      'stormed',
    ],
    [
      'de',
      'Ruto kündigte am Mittwoch an, das Gesetz nicht zu unterzeichnen, einen Tag nach dem Sturm auf das Parlament.',
      'Mittwoch',
      'einen Tag',
      'nicht zu unterzeichnen',
      'Sturm',
    ],
  ])(
    'in %s, dates a happening told before "a day after …" by its own day, and the one after it by the span',
    (lang, text, dayText, spanText, before, after) => {
      const day = timexAt(text, dayText, { value: '2024-06-26' });
      const span = timexAt(text, spanText, { type: 'DURATION', value: 'P1D' });
      const timexes = [day, span];
      expect(nearestTimex(timexes, text.indexOf(before), text, lang, true)).toBe(day);
      expect(nearestTimex(timexes, text.indexOf(after), text, lang, true)).toBe(span);
    },
  );
});

describe('a day of saying right before what tells it', () => {
  it('dates the report told “said Thursday in a preliminary report”, not the month its clause names', () => {
    const text =
      'The train that derailed in East Palestine this month was brought down by a wheel bearing, federal investigators said Thursday in a preliminary report.';
    const month = timexAt(text, 'this month', { value: '2023-02' });
    const thursday = timexAt(text, 'Thursday', { value: '2023-02-23' });
    expect(nearestTimex([month, thursday], text.indexOf('in a preliminary'), text, 'en', true)).toBe(
      thursday,
    );
  });

  it('still dates what was said by its own time: “derailed this month, investigators said Thursday”', () => {
    const text = 'The train derailed this month, investigators said Thursday.';
    const month = timexAt(text, 'this month', { value: '2023-02' });
    const thursday = timexAt(text, 'Thursday', { value: '2023-02-23' });
    expect(nearestTimex([month, thursday], text.indexOf('derailed'), text, 'en', true)).toBe(month);
  });
});

describe('a day in the possessive after "of"', () => {
  const text =
    "Protesters took to the streets on Monday after the electoral authority declared Maduro the winner of Sunday's presidential election.";
  const monday = timexAt(text, 'Monday', { value: '2024-07-29' });
  const sunday = timexAt(text, 'Sunday', { value: '2024-07-28' });

  it.each([
    ['the declaration, told before it, takes the day of the protests', 'declared', monday],
    ['the election it describes takes its own day', 'election', sunday],
  ])('%s', (_name, word, expected) => {
    expect(nearestTimex([monday, sunday], text.indexOf(word), text, 'en', false)).toBe(expected);
  });

  it("'killed during this month's unrest' is still dated by the possessive month", () => {
    const unrest =
      'Officials said 225 people had been killed during this month’s unrest, the largest toll since 1991.';
    const month = timexAt(unrest, 'this month', { value: '2022-01' });
    const year = timexAt(unrest, '1991', { value: '1991' });
    expect(nearestTimex([month, year], unrest.indexOf('killed'), unrest, 'en', false)).toBe(month);
  });
});

describe('a day in the possessive after a verb', () => {
  const text =
    "Sviatlana Tsikhanouskaya has left the country for Lithuania, Lithuania's foreign minister said on Tuesday, after protesters accused Alexander Lukashenko of rigging Sunday's election.";
  const tuesday = timexAt(text, 'Tuesday', { value: '2020-08-11' });
  const sunday = timexAt(text, 'Sunday', { value: '2020-08-09' });

  it.each([
    [
      'her departure takes the day it was said, not the day of the election "rigging" governs',
      'left',
      tuesday,
    ],
    ['the election it describes takes its own day', 'election', sunday],
  ])('%s', (_name, word, expected) => {
    expect(nearestTimex([tuesday, sunday], text.indexOf(word), text, 'en', false)).toBe(expected);
  });

  it("protests that erupted after Sunday's election are still dated by it", () => {
    const erupted = "Protests erupted across Belarus after Sunday's election.";
    const day = timexAt(erupted, 'Sunday', { value: '2020-08-09' });
    expect(nearestTimex([day], erupted.indexOf('Protests'), erupted, 'en', false)).toBe(day);
  });
});

describe('the year a state began, in a clause of its own', () => {
  const text =
    'The election commission said on Monday that Lukashenko, who has ruled Belarus since 1994, had won 80.1% of the vote.';
  const monday = timexAt(text, 'Monday', { value: '2020-08-10' });
  const year = timexAt(text, '1994', { value: '1994' });

  it.each([
    ['the result told after the clause takes the day it was said, not 1994', 'won', monday],
    ['the rule the clause tells keeps its year', 'ruled', year],
  ])('%s', (_name, word, expected) => {
    expect(nearestTimex([monday, year], text.indexOf(word), text, 'en', true)).toBe(expected);
  });

  it('a year after "since" in the clause of its happening still dates it', () => {
    const cut = 'Internet access has been cut in the region since 2019, the group said on Monday.';
    const since = timexAt(cut, '2019', { value: '2019' });
    const said = timexAt(cut, 'Monday', { value: '2020-08-10' });
    expect(nearestTimex([since, said], cut.indexOf('cut'), cut, 'en', true)).toBe(since);
  });
});

describe('a saying that borrows a day ahead from the sentence before', () => {
  const published = { date: '2022-07-09', precision: 'day' as const, inferred: false };

  it.each<[string, 'own' | 'context' | 'publication', string, boolean]>([
    [
      '"Premier Kishida zei …" after "De verkiezingen gaan morgen gewoon door"',
      'context',
      '2022-07-10',
      true,
    ],
    ['a saying that borrows yesterday', 'context', '2022-07-08', false],
    ['a saying of its own day ahead', 'own', '2022-07-10', false],
  ])('%s (%s, %s): before publication: %s', (_name, timeFrom, date, before) => {
    const when = borrowedAhead({ timeFrom, when: day(date) }, published);
    expect(when?.precision === 'before-publication').toBe(before);
  });
});

describe('a happening told after "since <time>, when"', () => {
  const year2019 = {
    start: '2019-01-01',
    end: '2019-12-31',
    precision: 'year' as const,
    value: '2019',
    confidence: 0.8,
  };
  it.each([
    [
      'the step down told in the "when" clause happened in 2019, not from 2019 to the report',
      'Kassym-Jomart Tokayev has been president since 2019, when Nursultan Nazarbayev stepped down after nearly three decades in power.',
      'stepped down',
      '2019-12-31',
    ],
    [
      'arrests told before the "when" clause still run from the day up to the report',
      'Police have arrested 300 people since 2019, when the protests began.',
      'arrested',
      '2022-01-07',
    ],
  ])('%s', (_, text, trigger, end) => {
    const since = timexAt(text, '2019', { value: '2019' });
    const when = sinceUntilPublication(year2019, since, text, '2022-01-07', text.indexOf(trigger));
    expect(when.end).toBe(end);
  });
});
