/**
 * A bare clock time in the small hours told after an evening is past midnight: "late on Tuesday …
 * shortly after 1 a.m." is Wednesday's 1 a.m., and "dinsdagavond … enkele uren later" may be too.
 */
import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';
import type { Lang } from './lexicon.ts';

const at = (lang: Lang, text: string, expression: string, anchor?: string) =>
  extractTimexes(text, { lang, dct: '2024-12-07', ...(anchor ? { anchor } : {}) }).find(
    (t) => t.text === expression,
  );

describe('the small hours after an evening', () => {
  it.each<[Lang, string, string, string]>([
    [
      'en',
      'Yoon declared martial law late on Tuesday. Shortly after 1 a.m., 190 lawmakers voted to lift it.',
      '1 a.m.',
      '2024-12-04T01:00',
    ],
    [
      'nl',
      'Yoon kondigde dinsdagavond de staat van beleg af. Om 01.00 uur stemde het parlement voor opheffing.',
      '01.00 uur',
      '2024-12-04T01:00',
    ],
    [
      'de',
      'Yoon verhängte am Dienstagabend das Kriegsrecht. Gegen 1 Uhr stimmte das Parlament dagegen.',
      '1 Uhr',
      '2024-12-04T01:00',
    ],
    [
      'en',
      'The quake struck at 10:40 p.m. on Monday. Rescuers reached the village at 4 a.m.',
      '4 a.m.',
      '2024-12-03T04:00',
    ],
  ])('[%s] “%s”: “%s” is %s', (lang, text, expression, value) => {
    expect(at(lang, text, expression)?.value).toBe(value);
  });

  it.each<[Lang, string, string, string]>([
    [
      'en',
      'The quake struck on Monday. Rescuers reached the village at 4 a.m.',
      '4 a.m.',
      '2024-12-02T04:00',
    ],
    ['en', 'Late on Tuesday the minister arrived. He left at 9 p.m.', '9 p.m.', '2024-12-03T21:00'],
  ])('[%s] “%s”: “%s” stays on that day, %s', (lang, text, expression, value) => {
    expect(at(lang, text, expression)?.value).toBe(value);
  });

  it('counts from an evening a sentence before gave: the time stage passes it on as “…TEV”', () => {
    expect(at('en', 'Troops entered parliament after midnight.', 'midnight', '2024-12-03TEV')?.value).toBe(
      '2024-12-04T00:00',
    );
  });

  it.each<[Lang, string, string]>([
    ['en', 'Yoon declared martial law late on Tuesday. Shortly after 1 a.m., lawmakers voted.', '1 a.m.'],
    [
      'nl',
      'Yoon kondigde laat op dinsdag de staat van beleg af. Om 01.00 uur stemde het parlement.',
      '01.00 uur',
    ],
    ['de', 'Yoon verhängte am späten Dienstag das Kriegsrecht. Gegen 1 Uhr stimmte das Parlament.', '1 Uhr'],
  ])('[%s] “%s”: after a late Tuesday, “%s” is Wednesday’s', (lang, text, expression) => {
    expect(at(lang, text, expression)?.value).toBe('2024-12-04T01:00');
  });

  it('“late on Tuesday” keeps its day: it is no evening of its own', () => {
    expect(at('en', 'Yoon declared martial law late on Tuesday.', 'Tuesday')?.value).toBe('2024-12-03');
  });

  it('“dinsdagavond … enkele uren later” may run past midnight: it reaches into Wednesday', () => {
    const later = at(
      'nl',
      'Yoon kondigde dinsdagavond de staat van beleg af. De parlementariërs stemden enkele uren later voor opheffing.',
      'enkele uren',
    );
    expect(later?.interval).toEqual({ start: '2024-12-03', end: '2024-12-04' });
  });
});
