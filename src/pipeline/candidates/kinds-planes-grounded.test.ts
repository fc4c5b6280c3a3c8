/**
 * Aircraft grounded by an authority or an airline (the Boeing 737 Max 9, January 2024) in English,
 * Dutch and German; a ship that runs aground is still a ship aground.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('planes grounded', () => {
  it.each([
    [
      'en',
      'Saturday the Federal Aviation Administration ordered the temporary grounding of 171 Boeing 737 Max 9 jets.',
    ],
    ['en', 'Friday Alaska Airlines said it was grounding all 65 of its Max 9 aircraft.'],
    [
      'nl',
      'Zaterdag heeft de FAA 171 toestellen van het type Boeing 737 MAX 9 voorlopig aan de grond gehouden.',
    ],
    [
      'de',
      'Samstag hat die FAA ein vorübergehendes Flugverbot für 171 Maschinen vom Typ Boeing 737 Max 9 verhängt.',
    ],
  ])('[%s] “%s”', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2024-01-06')).toContainEqual({
      kind: 'planes-grounded',
      title: 'Planes grounded',
    });
  });

  it.each([
    ['en', 'Tuesday the container ship ran aground in the Suez Canal.', 'grounding'],
    ['en', 'Saturday the court grounded its ruling in European law.', undefined],
  ])('[%s] “%s” grounds no planes', (lang, text, kind) => {
    const kinds = kindsAndTitles(lang, text, '2024-01-06').map((c) => c.kind);
    expect(kinds).not.toContain('planes-grounded');
    if (kind) expect(kinds).toContain(kind);
  });
});
