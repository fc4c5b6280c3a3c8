import { describe, expect, it } from 'vitest';
import { csvField, toCSV } from './csv.ts';
import { sampleFile } from './sample-file.ts';

/** Minimal RFC 4180 reader, to check what a spreadsheet would see. */
function parseCSV(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('toCSV', () => {
  const rows = parseCSV(toCSV(sampleFile()));
  const header = rows[0] ?? [];
  const byId = (id: string) => {
    const row = rows.find((r) => r[0] === id) ?? [];
    return Object.fromEntries(header.map((name, i) => [name, row[i]]));
  };

  it('writes a header and one row per event, every line ending in CRLF', () => {
    const text = toCSV(sampleFile());
    expect(rows).toHaveLength(4);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '').includes('\r')).toBe(false);
    expect(header).toEqual([
      'id',
      'start',
      'end',
      'precision',
      'timex3',
      'date_text',
      'title',
      'kind',
      'places',
      'actors',
      'figures',
      'sources',
      'conflicts',
      'edited',
    ]);
  });

  it('gives the date, its precision and the TIMEX3 value as the text said them', () => {
    expect(byId('e-arrest')).toMatchObject({
      start: '2022-01-03',
      end: '2022-01-08',
      precision: 'week',
      timex3: '2022-W01',
      date_text: 'earlier this week',
    });
  });

  it('names places and actors instead of giving their ids', () => {
    expect(byId('e-arrest')).toMatchObject({ places: 'Almaty; Nur-Sultan', actors: 'Karim Massimov' });
  });

  it('keeps a title with quotes intact through RFC 4180 quoting', () => {
    expect(byId('e-arrest').title).toBe('Former security chief Massimov arrested, "a betrayal"');
  });

  it('cites each source with its document and the sentence', () => {
    expect(byId('e-exports').sources).toBe(
      'Countries respond to the unrest (2022-01-08): “Germany has temporarily halted arms exports to Kazakhstan, report German media.”',
    );
  });

  it('gives each figure as written, with its value and what it counts', () => {
    expect(byId('e-exports').figures).toBe('twenty-five (25 export licenses)');
  });

  it('flags events whose sources disagree', () => {
    expect([byId('e-arrest').conflicts, byId('e-riots').conflicts]).toEqual(['yes', 'no']);
  });

  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['-12', '-12'],
    ['@cmd', "'@cmd"],
  ])('writes the cell %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});
