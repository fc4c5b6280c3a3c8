import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, toICS } from './ics.ts';
import { sampleFile } from './sample-file.ts';

const stamp = new Date('2022-02-01T12:00:00Z');

/** Undoes folding and splits into content lines, as a calendar app reads the file. */
const unfold = (text: string): string[] =>
  text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);

function vevent(text: string, uid: string): Map<string, string> {
  const lines = unfold(text);
  const start = lines.indexOf(`UID:${uid}`);
  const block = lines.slice(start - 1, lines.indexOf('END:VEVENT', start));
  return new Map(block.map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)]));
}

describe('toICS', () => {
  const text = toICS(sampleFile(), { name: 'Kazakhstan, January 2022', stamp });

  it('wraps one VEVENT per event in a VCALENDAR', () => {
    const lines = unfold(text);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(3);
    expect(lines).toContain('X-WR-CALNAME:Kazakhstan\\, January 2022');
  });

  it('ends every line with CRLF and folds none longer than 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    const physical = text.split('\r\n');
    expect(physical.every((line) => !line.includes('\n') && !line.includes('\r'))).toBe(true);
    expect(Math.max(...physical.map((line) => new TextEncoder().encode(line).length))).toBeLessThanOrEqual(
      75,
    );
  });

  it('makes an all-day event whose exclusive end is the day after the last day', () => {
    const week = vevent(text, 'e-arrest');
    expect(week.get('DTSTART;VALUE=DATE')).toBe('20220103');
    expect(week.get('DTEND;VALUE=DATE')).toBe('20220109');
    const day = vevent(text, 'e-riots');
    expect(day.get('DTSTART;VALUE=DATE')).toBe('20220105');
    expect(day.get('DTEND;VALUE=DATE')).toBe('20220106');
    expect(day.get('DTSTAMP')).toBe('20220201T120000Z');
  });

  it('escapes commas in the summary and lists the sources in the description', () => {
    const arrest = vevent(text, 'e-arrest');
    expect(arrest.get('SUMMARY')).toBe('Former security chief Massimov arrested\\, "a betrayal"');
    expect(arrest.get('DESCRIPTION')).toContain(
      'Sources:\\n- Countries respond to the unrest (2022-01-08): “',
    );
    expect(arrest.get('DESCRIPTION')).toContain('Sources disagree on: when');
    expect(arrest.get('LOCATION')).toBe('Almaty\\, Nur-Sultan');
    expect(arrest.get('GEO')).toBe('43.2567;76.9286');
  });

  it.each([
    ['a;b', 'a\\;b'],
    ['a,b', 'a\\,b'],
    ['back\\slash', 'back\\\\slash'],
    ['two\nlines', 'two\\nlines'],
  ])('escapes %j as %j', (value, expected) => {
    expect(escapeText(value)).toBe(expected);
  });

  it('never splits a multi-byte character when folding', () => {
    const line = 'SUMMARY:' + 'Алматы '.repeat(20);
    const folded = foldLine(line);
    const pieces = folded.split('\r\n ');
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(line);
    for (const piece of pieces) expect(new TextEncoder().encode(piece).length).toBeLessThanOrEqual(75);
  });
});
