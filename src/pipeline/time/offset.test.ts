import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';
import { applyOffset, offsetAfter, offsetBefore } from './offset.ts';

describe('an offset from the story’s last time dates its sentence', () => {
  it.each([
    [
      'en',
      'A second powerful tremor of magnitude 7.5 struck about nine hours later.',
      '2023-02-06T04:17',
      'PT9H',
      '2023-02-06T13:17',
    ],
    ['en', 'Two days later the government resigned.', '2023-02-06', 'P2D', '2023-02-08'],
    ['en', 'Three weeks later, talks resumed.', '2023-02-06', 'P3W', '2023-02-27'],
    ['de', 'Drei Tage später trat die Regierung zurück.', '2023-02-06', 'P3D', '2023-02-09'],
    ['nl', 'Twee dagen later trad de regering af.', '2023-02-06', 'P2D', '2023-02-08'],
    [
      'nl',
      'Ongeveer negen uur later volgde een tweede beving.',
      '2023-02-06T20:00',
      'PT9H',
      '2023-02-07T05:00',
    ],
    ['en', 'The storm weakened about six hours later.', '2023-02-06', 'PT6H', '2023-02-06'],
  ])('[%s] “%s” after %s keeps %s and reaches %s', (lang, text, anchor, value, reached) => {
    const [t] = extractTimexes(text, { lang, dct: '2023-02-10', anchor });
    expect(t?.value).toBe(value);
    expect(t?.interval?.start).toBe(reached);
  });

  it.each([
    ['en', 'The strike lasted two days.'],
    ['en', 'A few days later the talks failed.'],
  ])('[%s] “%s” dates nothing', (lang, text) => {
    const [t] = extractTimexes(text, { lang, dct: '2023-02-10', anchor: '2023-02-06' });
    expect(t?.interval ?? null).toBeNull();
  });

  it('takes a duration not followed by “later” for no offset', () => {
    expect(offsetAfter('P2D', ' of talks')).toBeUndefined();
  });

  it('rolls hours past midnight over to the next day', () => {
    expect(
      applyOffset(
        { day: { y: 2023, m: 2, d: 6 }, clock: { hour: 22, minute: 30 } },
        offsetAfter('PT3H', ' later') ?? { days: 0, minutes: 0, clock: false },
      ),
    ).toEqual({
      day: { y: 2023, m: 2, d: 7 },
      clock: { hour: 1, minute: 30 },
    });
  });
});

describe('a clause “two days after …” happened that long before the time ahead of it', () => {
  it.each([
    [
      'en',
      'The general declared himself leader on Friday, two days after soldiers detained the president.',
      '2023-07-26',
    ],
    [
      'de',
      'Der General erklärte sich am Freitag zum Staatschef, zwei Tage nachdem Soldaten den Präsidenten festgesetzt hatten.',
      '2023-07-26',
    ],
    [
      'nl',
      'De generaal riep zichzelf vrijdag uit tot leider, twee dagen nadat soldaten de president hadden vastgezet.',
      '2023-07-26',
    ],
    ['en', 'Talks resumed on Friday, a week after the ceasefire collapsed.', '2023-07-21'],
  ])('[%s] “%s” dates the clause %s', (lang, text, day) => {
    const timexes = extractTimexes(text, { lang, dct: '2023-07-29', anchor: '2023-07-20' });
    const back = timexes.find((t) => t.type === 'DURATION');
    expect(back?.interval?.start).toBe(day);
    expect(timexes.find((t) => t.type === 'DATE')?.value).toBe('2023-07-28');
  });

  it.each([
    ['en', 'Two days after the vote, the results were announced.'],
    ['en', 'The talks lasted two days after that.'],
  ])('[%s] “%s” with no time ahead of it in the sentence dates nothing back', (lang, text) => {
    const back = extractTimexes(text, { lang, dct: '2023-07-29', anchor: '2023-07-20' }).find(
      (t) => t.type === 'DURATION',
    );
    expect(back?.interval?.start === '2023-07-18').toBe(false);
  });

  it('takes a duration before “after that” for no clause told before', () => {
    expect(offsetBefore('P2D', ' after that')).toBeUndefined();
  });
});
