import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';

describe('“hours later” stays on the day the story was at', () => {
  it.each([
    [
      'en',
      'Hours later, a second earthquake of magnitude 7.5 struck near Elbistan, about 100 km to the north.',
      '2023-02-06T04:17',
    ],
    ['nl', 'Uren later volgde een tweede zware beving bij Elbistan.', '2023-02-06T04:17'],
    ['de', 'Stunden später erschütterte ein zweites Beben die Region um Elbistan.', '2023-02-06T04:17'],
  ])('[%s] “%s” after %s is dated to that day, no time of day invented', (lang, text, anchor) => {
    const [t] = extractTimexes(text, { lang, dct: '2023-02-06', anchor });
    expect(t?.value).toBe('PTXH');
    expect(t?.interval?.start).toBe('2023-02-06');
    expect(t?.precision).toBe('day');
  });

  it.each([
    ['en', 'Rescuers worked for hours in the rain.'],
    ['en', 'Days later, the search was called off.'],
  ])('[%s] “%s” dates nothing', (lang, text) => {
    const [t] = extractTimexes(text, { lang, dct: '2023-02-10', anchor: '2023-02-06' });
    expect(t?.interval ?? null).toBeNull();
  });
});
