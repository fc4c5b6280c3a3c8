import { describe, expect, it } from 'vitest';
import { agencyIdDay } from './agency-id.ts';
import { parseHeader } from './header.ts';

describe('a dpa story id in the footer dates an undated report', () => {
  it.each([
    ['© dpa-infocom, dpa:230225-99-732101/3', '2023-02-25'],
    ['dpa:240719-930-178314/2', '2024-07-19'],
    ['Quelle: dpa:231302-99-1/1', undefined],
    ['Die dpa: berichtete am Montag.', undefined],
  ])('“%s” gives %s', (text, day) => {
    expect(agencyIdDay(text)).toBe(day);
  });

  it('an article with no date of its own is published on the footer’s day', () => {
    const parsed = parseHeader({
      id: 'de_dpa',
      file: 'de_dpa.txt',
      text: 'Türkei: Zahl der Erdbebentoten übersteigt 50.000\n\nKnapp drei Wochen nach den Erdbeben.\n\n© dpa-infocom, dpa:230225-99-732101/3\n',
    });
    expect(parsed.meta.published).toEqual({ date: '2023-02-25', precision: 'day', from: 'agency-id' });
  });

  it('a header date wins over the footer', () => {
    const parsed = parseHeader({
      id: 'de_dpa',
      file: 'de_dpa.txt',
      text: ' date 2023-02-26 Türkei\n\n© dpa-infocom, dpa:230225-99-732101/3\n',
    });
    expect(parsed.meta.published?.date).toBe('2023-02-26');
  });
});
