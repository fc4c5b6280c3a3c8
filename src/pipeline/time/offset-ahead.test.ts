import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';

describe('a duration ahead ("over twee dagen", "will … in two days") dates what is to happen', () => {
  it.each([
    ['nl', 'De troepen beginnen over twee dagen met hun vertrek.', 'P2D', '2023-02-08'],
    ['nl', 'Het leger trekt zich over drie weken terug.', 'P3W', '2023-02-27'],
    ['en', 'The troops will begin to leave the country in two days.', 'P2D', '2023-02-08'],
    ['de', 'Die Truppen werden das Land in zwei Tagen verlassen.', 'P2D', '2023-02-08'],
  ])('[%s] “%s” told on 6 February keeps %s and reaches %s', (lang, text, value, reached) => {
    const [t] = extractTimexes(text, { lang, dct: '2023-02-06', anchor: '2023-02-06' });
    expect(t?.value).toBe(value);
    expect(t?.interval?.start).toBe(reached);
  });

  it.each([
    ['en', 'It was the worst violence in two weeks.'],
    ['en', 'Twenty people were killed in two days of clashes.'],
    ['de', 'In zwei Tagen wurden 50 Menschen festgenommen.'],
    ['nl', 'Het festival is verspreid over twee dagen.'],
  ])('[%s] “%s” dates nothing', (lang, text) => {
    const [t] = extractTimexes(text, { lang, dct: '2023-02-06', anchor: '2023-02-06' });
    expect(t?.interval ?? null).toBeNull();
  });
});
