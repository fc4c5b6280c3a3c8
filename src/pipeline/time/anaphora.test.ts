import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';

describe('days told relative to the story', () => {
  it.each([
    ['en', 'Protests began on Tuesday. The next day, the government resigned.', 'The next day', '2022-01-05'],
    ['en', 'Troops arrived on Thursday and that night shots were heard.', 'that night', '2022-01-06TNI'],
    ['nl', 'Op dinsdag begonnen de protesten. De dag erna trad de regering af.', 'De dag erna', '2022-01-05'],
    [
      'de',
      'Am Mittwoch trat die Regierung zurück, am Vortag hatten die Proteste begonnen.',
      'Vortag',
      '2022-01-04',
    ],
  ])('[%s] “%s” reads “%s” as %s', (lang, text, expression, value) => {
    const found = extractTimexes(text, { lang, dct: '2022-01-08' });
    expect(found.find((t) => t.text === expression)?.value, found.map((t) => t.text).join(', ')).toBe(value);
  });

  it('counts from the anchor the caller gives when the text names no day before', () => {
    const [found] = extractTimexes('A day later the curfew was lifted.', {
      lang: 'en',
      dct: '2022-01-08',
      anchor: '2022-01-05',
    });
    expect(found).toMatchObject({ text: 'A day later', value: '2022-01-06' });
  });

  it('falls back to the publication day without any anchor', () => {
    const [found] = extractTimexes('The curfew was lifted the same day.', { lang: 'en', dct: '2022-01-08' });
    expect(found?.value).toBe('2022-01-08');
  });
});
